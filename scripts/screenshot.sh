#!/usr/bin/env bash
# Renders the main window (offscreen) to docs/: the default state, Kazakhstan with a claim open
# in the source viewer, the timeline, sources, charts and comparison tabs, and the search pane,
# in the light theme at 1280x800 (pass "dark" or a size to vary).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pe_install_missing
pe_build "$ROOT/build"
"$ROOT/build/main/pe-screenshot" "$ROOT/docs" "$@" 2>/dev/null
