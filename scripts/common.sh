#!/usr/bin/env bash
# Shared by run.sh and test.sh: installs missing Debian packages, configures and builds.
# Everything here writes to stderr, so the app's stdout stays clean.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

PE_PACKAGES=(cmake ninja-build g++ qt6-base-dev qt6-charts-dev qt6-svg-dev
             libqt6sql6-sqlite libgl-dev libgtest-dev libbenchmark-dev)

pe_install_missing() {
    local missing=()
    for pkg in "${PE_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >&2
}

# pe_build BUILD_DIR [extra cmake args...]
pe_build() {
    local dir="$1"; shift
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DPE_WERROR="$werror" "$@" >&2
    fi
    cmake --build "$dir" >&2
}
