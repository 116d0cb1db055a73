#!/usr/bin/env bash
# The package check (scripts/package_check.sh) on the configured build folder given as $1:
# it passes with the install list of scripts/common.sh, and fails, naming the package, when a
# name the build relies on is taken out of the list, although this machine has it installed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/common.sh"
source "$ROOT/scripts/package_check.sh"
dir="${1:?usage: package_check_test.sh BUILD_DIR}"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The owner of a tool reached through /etc/alternatives is the package behind the last link
# (on Debian, c++ leads to g++ through /etc/alternatives/c++).
owner="$(pe_owner /usr/bin/c++)"
[ "$owner" = g++ ] || fail "c++ (through the alternatives) is owned by '$owner', not g++"
opengl="$(sed -n 's/^Qt6OpenGL_DIR:PATH=//p' "$dir/CMakeCache.txt")"
[ "$(pe_owner "$opengl/Qt6OpenGLConfig.cmake")" = libqt6opengl6-dev ] \
    || fail "Qt6OpenGLConfig.cmake (in '$opengl') is not owned by libqt6opengl6-dev"

if ! pe_check_packages "$dir" "${PE_PACKAGES[@]}" 2>"$dir/package-check.log"; then
    cat "$dir/package-check.log"
    fail "the full install list does not pass"
fi

without() { local name="$1"; for p in "${PE_PACKAGES[@]}"; do [ "$p" = "$name" ] || echo "$p"; done; }
# Each of these is no hard dependency of the others: Qt Charts' OpenGL, GoogleTest, Google
# Benchmark, the compiler, the build tool and CMake itself. Each one this folder relies on (a
# folder built without benchmarks has no benchmark_DIR) must fail the check when taken out.
relied="$(pe_relied_on "$dir" | cut -f1 | sort -u)"
grep -qx libqt6opengl6-dev <<< "$relied" || fail "the folder does not rely on libqt6opengl6-dev"
tried=0
for name in libqt6opengl6-dev libgtest-dev libbenchmark-dev g++ ninja-build cmake; do
    grep -qx "$name" <<< "$relied" || continue
    tried=$((tried + 1))
    mapfile -t list < <(without "$name")
    if pe_check_packages "$dir" "${list[@]}" 2>"$dir/package-check.log"; then
        fail "the check passes with $name taken out of the list"
    elif ! grep -q "from the Debian package $name," "$dir/package-check.log"; then
        cat "$dir/package-check.log"
        fail "with $name taken out, the message does not name it"
    fi
done

[ $tried -ge 5 ] || fail "only $tried of the names to take out are relied on by $dir"
if [ $failures -eq 0 ]; then
    echo "the package check passes the install list and catches each of $tried missing names"
    exit 0
fi
exit 1
