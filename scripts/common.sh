# Shared by run.sh and test.sh (and .ci/run): the Debian 12 packages Bevilling needs, and the build.
# Source it; it defines functions and BEVILLING_ROOT / BEVILLING_BUILD_DIR and changes nothing else.
# shellcheck shell=bash

BEVILLING_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BEVILLING_BUILD_DIR="${BEVILLING_BUILD_DIR:-$BEVILLING_ROOT/build}"

# Debian 12 (bookworm) package names.
BEVILLING_PACKAGES=(
    cmake ninja-build g++ file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libgl-dev
    libqt6sql6-sqlite qt6-qpa-plugins qt6-wayland
    # The tests read the text of generated PDF letters with pdftotext and pdfinfo.
    poppler-utils
)

bevilling_say() {
    printf '==> %s\n' "$*"
}

# Prints the packages of the list that are not installed, one a line.
bevilling_missing_packages() {
    local package status
    for package in "${BEVILLING_PACKAGES[@]}"; do
        status="$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)"
        if [ "$status" != "installed" ]; then
            printf '%s\n' "$package"
        fi
    done
}

# Installs what is missing with apt-get (through sudo when not root); does nothing otherwise.
bevilling_install_packages() {
    local missing
    mapfile -t missing < <(bevilling_missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local -a as_root=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and sudo is not available to install them: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ${missing[*]}) and run this command again." >&2
            return 1
        fi
        as_root=(sudo)
    fi
    bevilling_say "Installing missing packages: ${missing[*]}"
    "${as_root[@]}" apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# Configures (Release, Ninja) and builds the given targets, or everything when none are named.
bevilling_build() {
    local -a configure=(-S "$BEVILLING_ROOT" -B "$BEVILLING_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release)
    # A build folder keeps the generator it was made with; only a new one is told to use Ninja.
    if [ ! -f "$BEVILLING_BUILD_DIR/CMakeCache.txt" ]; then
        configure+=(-G Ninja)
    fi
    bevilling_say "Configuring in $BEVILLING_BUILD_DIR"
    cmake "${configure[@]}" >/dev/null
    local -a targets=()
    local target
    for target in "$@"; do
        targets+=(--target "$target")
    done
    bevilling_say "Building${*:+ $*}"
    cmake --build "$BEVILLING_BUILD_DIR" --parallel "$(nproc)" "${targets[@]}"
}
