#!/usr/bin/env bash
# pe_configure (scripts/common.sh) configures a folder again, from a fresh cache, when the
# options it is called with change, and leaves it alone when they are the same. Runs on a tiny
# project of its own so that it takes seconds.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"
unset CI # the test turns it on itself
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ROOT="$work/project"
mkdir -p "$ROOT"
cat > "$ROOT/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(OptionProbe NONE)
set(PROBE "none" CACHE STRING "a value the test sets")
file(WRITE "${CMAKE_BINARY_DIR}/probe.txt" "${PROBE}")
CMAKE
dir="$work/build"
failures=0
expect_probe() {
    local got
    got="$(cat "$dir/probe.txt" 2>/dev/null)"
    if [ "$got" != "$1" ]; then
        echo "FAIL: $2: PROBE is '$got', expected '$1'"
        failures=$((failures + 1))
    fi
}

pe_configure "$dir" -DPROBE=first 2>/dev/null || { echo "FAIL: first configure"; exit 1; }
expect_probe first "configured with -DPROBE=first"

rm "$dir/probe.txt"
pe_configure "$dir" -DPROBE=first 2>/dev/null
[ -f "$dir/probe.txt" ] && { echo "FAIL: the same options configured again"; failures=$((failures + 1)); }
pe_configure "$dir" -DPROBE=second 2>/dev/null
expect_probe second "called again with -DPROBE=second"

# Dropping an option goes back to its default: the old cache value does not linger.
pe_configure "$dir" 2>/dev/null
expect_probe none "called again without -DPROBE"

# CI's -Werror is one of the options: turning CI on configures again.
grep -q '^PE_WERROR:UNINITIALIZED=OFF$' "$dir/CMakeCache.txt" \
    || { echo "FAIL: without CI, PE_WERROR is not OFF"; failures=$((failures + 1)); }
CI=true pe_configure "$dir" 2>/dev/null
grep -q '^PE_WERROR:UNINITIALIZED=ON$' "$dir/CMakeCache.txt" \
    || { echo "FAIL: CI=true did not reconfigure with PE_WERROR=ON"; failures=$((failures + 1)); }

if [ $failures -eq 0 ]; then
    echo "pe_configure follows its options: 6 checks passed"
    exit 0
fi
exit 1
