#!/usr/bin/env bash
# Runs the pipeline on each evaluation corpus here and scores it against its hand-coded gold.
#
#   contrib/evaluation/score.sh [path/to/score-facts]
#
# The corpora are answers written for evaluation in other forces' styles (not the seed
# documents), each with a gold.json coded by the conventions of the seed facts. They measure
# how the ingest rules and the classification rules generalise; a change that helps the
# seeds but loses here is overfitting. The scorer is the project's shared score-facts tool
# (default: ../shared/tools/score-facts beside the repository).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SCORER="${1:-$ROOT/../shared/tools/score-facts}"
[ -x "$SCORER" ] || { echo "score.sh: no scorer at $SCORER" >&2; exit 2; }
swift build --package-path "$ROOT" --product forcebench >&2
BIN="$(swift build --package-path "$ROOT" --show-bin-path)/forcebench"
for corpus in "$ROOT"/contrib/evaluation/*/; do
  name="$(basename "$corpus")"
  work="$(mktemp -d "${TMPDIR:-/tmp}/forcebench-eval-$name.XXXXXX")"
  mkdir -p "$work/Inputs/coded"
  cp -R "$ROOT/Pipelines" "$work/"
  cp -R "$ROOT/Inputs/reference" "$ROOT/Inputs/overrides.csv" "$work/Inputs/"
  cp -R "$corpus/documents" "$work/Inputs/documents"
  (cd "$work" && "$BIN" run --quiet)
  echo "== $name"
  python3 "$SCORER" "$work/Outputs/report/facts.csv" "$corpus/gold.json" | tail -n 1 || true
  rm -rf "$work"
done
