#!/usr/bin/env bash
# Benchmarks forcebench on a synthetic national corpus against peers measured in the same run.
#
#   contrib/benchmarks/run.sh [N] [REPEATS] [BIN]      (defaults: N=1000, REPEATS=3)
#
# Writes N documents with make-corpus.py (deterministic), builds a release binary in its own
# scratch folder (.build-bench) unless BIN is given, then takes REPEATS rounds, each round
# running every measurement once, interleaved, so a noisy neighbour hits them all alike:
#   cat        cat of every document (the I/O floor)
#   grep       LC_ALL=C grep -E -o of a money pattern over them (the peer scan)
#   full       forcebench run --force (every stage, every document)
#   no-op      forcebench run with nothing changed
#   one        forcebench run after one document changed
# and prints the median seconds, the ratio of each to grep, documents per second and the
# peak resident memory of a full run. Nothing is written outside a temporary folder.
set -euo pipefail

N="${1:-1000}"
REPEATS="${2:-3}"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/forcebench-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [ -n "${3:-}" ]; then
  BIN="$3"
else
  echo "building release binary..." >&2
  swift build -c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT" --product forcebench >&2
  BIN="$(swift build -c release --scratch-path "$ROOT/.build-bench" --package-path "$ROOT" --show-bin-path)/forcebench"
fi

echo "writing $N documents..." >&2
python3 "$ROOT/contrib/benchmarks/make-corpus.py" "$N" "$WORK/study"
DOCS="$WORK/study/Inputs/documents"
BYTES="$(find "$DOCS" -type f -exec cat {} + | wc -c)"
FILES=("$DOCS"/*)
CHANGED="${FILES[0]}"
PEAK="$WORK/peak"

# seconds CMD...: wall-clock seconds of one command, run inside the study folder.
seconds() {
  local start end
  start="$(date +%s.%N)"
  (cd "$WORK/study" && "$@") >/dev/null
  end="$(date +%s.%N)"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }'
}

scan_cat() { find Inputs/documents -type f -exec cat {} + ; }
scan_grep() { find Inputs/documents -type f -exec env LC_ALL=C grep -E -o -h '£ ?[0-9][0-9,]*(\.[0-9]+)?(m|k|bn)?' {} + ; }
full_run() { /usr/bin/time -f %M -o "$PEAK.$1" "$BIN" run --force --quiet; }
touch_one() { printf '\nAdded on rerun %s.\n' "$1" >>"$CHANGED"; "$BIN" run --quiet; }

echo "first run (not timed)..." >&2
(cd "$WORK/study" && "$BIN" run --quiet)
for ((r = 0; r < REPEATS; r++)); do
  echo "round $((r + 1)) of $REPEATS..." >&2
  echo "cat $(seconds scan_cat)" >>"$WORK/times"
  echo "grep $(seconds scan_grep)" >>"$WORK/times"
  echo "full $(seconds full_run "$r")" >>"$WORK/times"
  echo "noop $(seconds "$BIN" run --quiet)" >>"$WORK/times"
  echo "one $(seconds touch_one "$r")" >>"$WORK/times"
done
peak_kb="$(cat "$PEAK".* | sort -n | tail -n 1)"

median() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/times" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
awk -v n="$N" -v bytes="$BYTES" -v r="$REPEATS" -v peak="$peak_kb" -v cat="$(median cat)" \
  -v grep="$(median grep)" -v full="$(median full)" -v noop="$(median noop)" -v one="$(median one)" 'BEGIN {
  printf "forcebench benchmark: %d documents (%.1f MB), median of %d interleaved rounds\n\n", n, bytes / 1e6, r
  printf "%-36s %10s %12s\n", "measurement", "seconds", "x grep"
  printf "%-36s %10.3f %12.2f\n", "cat of every document", cat, cat / grep
  printf "%-36s %10.3f %12.2f\n", "grep -E -o money pattern (peer)", grep, 1
  printf "%-36s %10.3f %12.2f   %.0f documents/s\n", "full run (--force)", full, full / grep, n / full
  printf "%-36s %10.3f %12.2f\n", "no-op rerun", noop, noop / grep
  printf "%-36s %10.3f %12.2f\n", "rerun after one document changed", one, one / grep
  printf "\npeak resident memory of a full run: %.0f MB\n", peak / 1024
}'
