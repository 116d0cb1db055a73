#!/usr/bin/env bash
# Builds Position Explorer (incrementally) and starts it with the given arguments.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pe_install_missing
pe_build "$ROOT/build"
exec "$ROOT/build/main/position-explorer" "$@"
