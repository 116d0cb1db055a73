#!/usr/bin/env bash
# Shared by the scripts: installs missing Debian packages, configures and builds.
# Everything here writes to stderr, so the app's stdout stays clean.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Every package the build, the tests and the benchmarks need, named here or pulled in by the
# hard dependencies (Depends, Pre-Depends) of what is named: never by Recommends, which
# pe_install_missing does not install. scripts/check-packages.sh proves it after configuring.
#   libqt6opengl6-dev  Qt6ChartsDependencies.cmake needs Qt6OpenGL (qt6-base-dev only
#                      recommends it)
#   libpcre2-dev       PCRE2's header and 16-bit library, which the extraction matches with
#                      directly (app/corpus/pcre_pattern.h); Qt brings only the runtime
PE_PACKAGES=(cmake ninja-build g++ qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
             libqt6sql6-sqlite libgl-dev libgtest-dev libbenchmark-dev
             libpoppler-qt6-dev libquazip1-qt6-dev qt6-5compat-dev zlib1g-dev libbz2-dev
             libpcre2-dev)
# What scripts/fuzz.sh adds: clang++ itself comes only with the clang package (clang-14 has
# clang++-14), the sanitizer and libFuzzer runtimes with libclang-rt-14-dev; CMake's clang
# toolchain takes llvm's ar, ranlib, nm, strip and lld's linker where they are installed, so
# they are named too, and every machine builds the fuzzers with the same tools.
PE_FUZZ_PACKAGES=(clang clang-14 libclang-rt-14-dev llvm lld)
# What scripts/bench.sh adds: ripgrep, the baseline the ingest is measured against, and GNU
# time (/usr/bin/time), which reports a whole process's peak memory.
PE_BENCH_PACKAGES=(ripgrep time)

# pe_install_missing [PACKAGE...]: installs those of PE_PACKAGES (and of the arguments) that
# are not installed, with their hard dependencies only.
pe_install_missing() {
    local missing=()
    for pkg in "${PE_PACKAGES[@]}" "$@"; do
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

# pe_configure BUILD_DIR [extra cmake args...]: configures BUILD_DIR, again from a fresh cache
# whenever the arguments differ from those it was last configured with (they are kept in
# BUILD_DIR/pe-configure-args), so a folder never silently keeps its first options.
pe_configure() {
    local dir="$1"; shift
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    local args=(-G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPE_WERROR="$werror" "$@")
    local stamp="$dir/pe-configure-args"
    local wanted
    wanted="$(printf '%s\n' "${args[@]}")"
    if [ -f "$dir/build.ninja" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
        return 0
    fi
    local fresh=()
    if [ -f "$dir/CMakeCache.txt" ]; then
        echo "Configuring $dir anew: called with other options than it was configured with" >&2
        fresh=(--fresh)
    fi
    rm -f "$stamp"
    cmake "${fresh[@]}" -S "$ROOT" -B "$dir" "${args[@]}" >&2 || return 1
    printf '%s\n' "$wanted" > "$stamp"
}

# pe_build BUILD_DIR [extra cmake args...]: configures as pe_configure does, then builds all.
pe_build() {
    local dir="$1"
    pe_configure "$@" || return 1
    cmake --build "$dir" >&2
}

# pe_configure_fuzz: the libFuzzer build (clang, ASan + UBSan) in build-fuzz/.
pe_configure_fuzz() {
    pe_configure "$ROOT/build-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DPE_FUZZ=ON \
        -DBUILD_TESTING=OFF -DPE_BUILD_BENCH=OFF
}
