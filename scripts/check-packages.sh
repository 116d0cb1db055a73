#!/usr/bin/env bash
# Proves that a fresh Debian 12 machine gets every package the scripts rely on: configures the
# normal build (build/) and the fuzzing build (build-fuzz/, clang), maps every CMake package
# configuration, tool and library their caches record to the Debian package that owns it, and
# fails naming each one that the install lists in common.sh neither name nor pull in by hard
# dependencies. A machine that already has everything installed still catches a missing name.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$ROOT/scripts/package_check.sh"
pe_install_missing "${PE_FUZZ_PACKAGES[@]}"
status=0
pe_configure "$ROOT/build"
pe_check_packages "$ROOT/build" "${PE_PACKAGES[@]}" || status=1
pe_configure_fuzz
pe_check_packages "$ROOT/build-fuzz" "${PE_PACKAGES[@]}" "${PE_FUZZ_PACKAGES[@]}" || status=1
exit $status
