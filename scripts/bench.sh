#!/bin/sh
# Builds bevilling-cli and bench_reports (Release), generates a register the size of Oslo
# (2 000 licences, 10 years, 60 000 inspections) into /tmp and times the annual reports on it.
# Usage: scripts/bench.sh [BUILD_DIR]   (default: build-bench beside this script's folder)
# docs/benchmarks.md explains the figures.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$ROOT/build-bench}
REGISTER=/tmp/bevilling-oslo-seed1.sqlite

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DBEVILLING_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$BUILD" --target bevilling-cli bench_reports

rm -f "$REGISTER" "$REGISTER-wal" "$REGISTER-shm" "$REGISTER-journal"
echo "Generating $REGISTER ..."
START=$(date +%s)
"$BUILD/app/cli/bevilling-cli" generate --out "$REGISTER" --seed 1
END=$(date +%s)
echo "generate took $((END - START)) s in all"
echo
"$BUILD/benchmarks/bench_reports" "$REGISTER" --runs 5
