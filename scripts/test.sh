#!/usr/bin/env bash
# Builds Position Explorer with its tests (incrementally) and runs the whole suite.
#   scripts/test.sh [CTEST ARGS]             into build/
#   scripts/test.sh --sanitize [CTEST ARGS]  the same suite built with AddressSanitizer and
#                                            UndefinedBehaviorSanitizer into build-asan/; any
#                                            sanitizer report fails the test that caused it
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pe_install_missing
dir="$ROOT/build"
options=()
if [ "${1:-}" = "--sanitize" ]; then
    shift
    dir="$ROOT/build-asan"
    options=(-DPE_SANITIZE=ON -DPE_BUILD_BENCH=OFF)
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
fi
pe_build "$dir" "${options[@]}"
export QT_QPA_PLATFORM=offscreen
cd "$dir"
ctest --output-on-failure -j2 "$@"
