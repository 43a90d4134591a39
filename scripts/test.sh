#!/usr/bin/env bash
# Installs what is missing, builds Bevilling with its tests (Release, in build/) and runs the whole
# test suite through ctest. Arguments are passed to ctest (e.g. -L storage). Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

bevilling_install_packages
bevilling_build
bevilling_say "Running the tests"
ctest --test-dir "$BEVILLING_BUILD_DIR" --output-on-failure -j2 "$@"
