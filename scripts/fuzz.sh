#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 60). Seeds come from the built-in corpus; the working corpus is kept in
# build-fuzz/corpus/ between runs, and a crashing input is written to build-fuzz/crashes/ —
# copy it into tests/data/fuzz/TARGET/ so the normal test suite replays it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SECONDS_EACH="${1:-60}"
TARGETS=(article dates manifest codebook)
pe_install_missing "${PE_FUZZ_PACKAGES[@]}"
DIR="$ROOT/build-fuzz"
pe_configure_fuzz
cmake --build "$DIR" --target "${TARGETS[@]/#/fuzz_}" >&2

# Seeds: the articles whole, their paragraphs that name a month (for the date parser), the
# manifest, the codebook, and the crash inputs kept as regression tests.
seed() { mkdir -p "$DIR/seeds/$1"; cat > "$DIR/seeds/$1/$2"; }
rm -rf "$DIR/seeds"
for f in "$ROOT"/resources/corpus/*.txt; do
    seed article "$(basename "$f")" < "$f"
    n=0
    while IFS= read -r line; do
        n=$((n + 1))
        printf '\001%s' "$line" | seed dates "$(basename "$f" .txt)-$n"
    done < <(grep -E 'January|February|March|April|May|June|July|August|September|October|November|December' "$f" | cut -c1-400)
done
seed manifest manifest.json < "$ROOT/resources/corpus/manifest.json"
seed codebook codebook.json < "$ROOT/resources/codebook.json"
for t in "${TARGETS[@]}"; do
    if [ -d "$ROOT/tests/data/fuzz/$t" ]; then
        cp "$ROOT/tests/data/fuzz/$t"/* "$DIR/seeds/$t/" 2>/dev/null || true
    fi
done

# Qt's own allocations live until exit: leaks are not what these runs look for.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for t in "${TARGETS[@]}"; do
    mkdir -p "$DIR/corpus/$t" "$DIR/crashes/$t"
    echo "== fuzz_$t for ${SECONDS_EACH}s" >&2
    if ! "$DIR/fuzz/fuzz_$t" -max_total_time="$SECONDS_EACH" -max_len=65536 -timeout=25 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$DIR/crashes/$t/" \
        "$DIR/corpus/$t" "$DIR/seeds/$t" 2> "$DIR/fuzz_$t.log"; then
        status=1
        echo "fuzz_$t found a problem: see $DIR/fuzz_$t.log and $DIR/crashes/$t/" >&2
    fi
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|^#[0-9]+ +DONE' \
        "$DIR/fuzz_$t.log" >&2 || true
done
exit $status
