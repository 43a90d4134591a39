#!/usr/bin/env bash
# Installs what is missing, builds Bevilling (Release, in build/) and starts it on its default
# register. Arguments are passed to the program (e.g. --database FILE). Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "Bevilling needs a graphical desktop, but no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so run this command in a desktop session." >&2
    exit 1
fi

bevilling_install_packages
bevilling_build bevilling
# shellcheck source=/dev/null
source "$BEVILLING_BUILD_DIR/bevilling-programs.sh"
bevilling_say "Starting $BEVILLING_PATH_BEVILLING"
exec "$BEVILLING_PATH_BEVILLING" "$@"
