#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and runs each for
# SECONDS (default 60). Seeds come from the built-in corpus; the working corpus is kept in
# build-fuzz/corpus/ between runs, and a crashing input is written to build-fuzz/crashes/ —
# copy it into tests/data/fuzz/TARGET/ so the normal test suite replays it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
SECONDS_EACH="${1:-60}"
TARGETS=(article dates manifest codebook import query)
pe_install_missing "${PE_FUZZ_PACKAGES[@]}"
DIR="$ROOT/build-fuzz"
pe_configure_fuzz
cmake --build "$DIR" --target "${TARGETS[@]/#/fuzz_}" >&2

# Seeds: the articles whole, their paragraphs that name a month (for the date parser), the
# manifest, the codebook, each article as a web page and as plain text (the importers' first
# byte picks the format: 0 html, 1 pdf, 2 docx, 3 txt, 4 md), a small PDF, search queries,
# and the crash inputs kept as regression tests.
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
for f in "$ROOT"/resources/corpus/*.txt; do
    { printf '\000<html><head><title>%s</title><script>var x = 1;</script></head><body><nav>Home</nav><p>' \
        "$(head -n 1 "$f")"; sed 's/$/<\/p><p>/' "$f"; printf '</p></body></html>'; } |
        seed import "$(basename "$f" .txt).html"
    { printf '\003'; cat "$f"; } | seed import "$(basename "$f")"
done
printf '\001%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n4 0 obj << /Length 60 >> stream\nBT /F1 11 Tf 72 720 Td (On 2 March 2022, Moldova voted.) Tj ET\nendstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' |
    seed import small.pdf
n=0
for q in 'abstained' '"did not take part"' 'abstain*' 'Moldova "candidate status" EU*' '"unclosed' '*'; do
    n=$((n + 1))
    printf '%s' "$q" | seed query "query-$n"
done
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
