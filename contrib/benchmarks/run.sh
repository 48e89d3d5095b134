#!/usr/bin/env bash
# Benchmarks the forcebench runner on a synthetic corpus: N copies of the seed documents.
#
#   contrib/benchmarks/run.sh [N] [REPEATS]        (defaults: N=20, REPEATS=3)
#
# Builds a release binary (own scratch folder, .build-bench), then measures, taking the median
# of REPEATS runs each:
#   baseline   full run on the seed corpus (1 copy)
#   full       full run on N copies (--force)
#   no-op      a second run with nothing changed (every stage "up to date")
#   ingest     ingest alone on N copies (--stage ingest --force), as documents per second
# and prints the ratios against the baseline measured in the same invocation, so numbers from
# different machines compare. Nothing is written outside a temporary folder.
set -euo pipefail

N="${1:-20}"
REPEATS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/forcebench-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

echo "building release binary..." >&2
swift build -c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT" --product forcebench >&2
BIN="$(swift build -c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT" --show-bin-path)/forcebench"

# make_corpus DIR COPIES: a project folder whose Inputs/documents holds COPIES of each seed document.
make_corpus() {
  local dir="$1" copies="$2"
  mkdir -p "$dir/Inputs/documents"
  cp -R "$ROOT/Pipelines" "$dir/"
  for item in "$ROOT"/Inputs/*; do
    [ "$(basename "$item")" = documents ] || cp -R "$item" "$dir/Inputs/"
  done
  local doc name ext k
  for doc in "$ROOT"/Inputs/documents/*; do
    name="$(basename "$doc")"; ext="${name##*.}"; name="${name%.*}"
    for ((k = 1; k <= copies; k++)); do
      cp "$doc" "$dir/Inputs/documents/$name-c$(printf %04d "$k").$ext"
    done
  done
}

# seconds CMD...: wall-clock seconds of one command run in the current folder.
seconds() {
  local start end
  start="$(date +%s.%N)"
  "$@" >/dev/null
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }'
}

# median_of DIR CMD...: median seconds of REPEATS runs of CMD inside DIR.
median_of() {
  local dir="$1"; shift
  local times=()
  for ((r = 0; r < REPEATS; r++)); do
    times+=("$(cd "$dir" && seconds "$@")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

make_corpus "$WORK/base" 1
make_corpus "$WORK/big" "$N"
docs_base="$(ls "$WORK/base/Inputs/documents" | wc -l)"
docs_big="$(ls "$WORK/big/Inputs/documents" | wc -l)"

baseline="$(median_of "$WORK/base" "$BIN" run --force --quiet)"
full="$(median_of "$WORK/big" "$BIN" run --force --quiet)"
noop="$(median_of "$WORK/big" "$BIN" run --quiet)"
ingest_base="$(median_of "$WORK/base" "$BIN" run --stage ingest --force --quiet)"
ingest_big="$(median_of "$WORK/big" "$BIN" run --stage ingest --force --quiet)"

awk -v n="$N" -v db="$docs_base" -v dn="$docs_big" -v b="$baseline" -v f="$full" \
  -v z="$noop" -v ib="$ingest_base" -v ig="$ingest_big" -v r="$REPEATS" 'BEGIN {
  printf "forcebench benchmark: %d seed documents, %d copies (%d documents), median of %d\n\n", db, n, dn, r
  printf "%-34s %10s %12s\n", "measurement", "seconds", "ratio"
  printf "%-34s %10.3f %12s\n", "baseline: full run, seed corpus", b, "1.00x"
  printf "%-34s %10.3f %11.2fx  (corpus is %dx)\n", "full run, " dn " documents", f, f / b, n
  printf "%-34s %10.3f %11.3fx  of the full run\n", "no-op rerun, " dn " documents", z, z / f
  printf "%-34s %10.3f %11.2fx  of baseline ingest\n", "ingest alone, " dn " documents", ig, ig / ib
  printf "\ningest throughput: %.1f documents/s (seed corpus: %.1f documents/s)\n", dn / ig, db / ib
}'
