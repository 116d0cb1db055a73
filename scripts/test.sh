#!/usr/bin/env bash
# Builds Position Explorer with its tests (incrementally) and runs the whole suite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pe_install_missing
pe_build "$ROOT/build"
export QT_QPA_PLATFORM=offscreen
cd "$ROOT/build"
ctest --output-on-failure -j2 "$@"
