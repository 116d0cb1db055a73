#!/usr/bin/env bash
# Exports every chart of the built-in corpus to docs/charts/ (PNG), as the README's gallery.
# The charts built for countries show Kazakhstan and Belarus, whose positions differ most; the
# overviews show every country.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
pe_install_missing
pe_build "$ROOT/build"
mkdir -p "$ROOT/docs/charts"
for id in $("$ROOT/build/main/position-explorer" --list-charts | awk '{print $1}'); do
    countries=()
    case "$id" in event-types|events-per-month|comparison) countries=(--country KAZ,BLR) ;; esac
    "$ROOT/build/main/position-explorer" --export-chart "$id" "${countries[@]}" \
        --out "$ROOT/docs/charts/$id.png" --size 1200x800 --force
    echo "wrote docs/charts/$id.png"
done
