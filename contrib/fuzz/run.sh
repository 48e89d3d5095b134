#!/usr/bin/env bash
# The long fuzz run: 1,000,000 generated and mutated CSV inputs through the CSV reader and
# 100,000 random and mutated documents through the document reader (no crash, no document over
# 5 s, every quote equal to the text at its offsets). `swift test` runs the same tests with
# 20,000 and 300 inputs; the seeds are fixed, so a failure is made again by the same command.
#
#   contrib/fuzz/run.sh [CSV_INPUTS] [DOCUMENT_INPUTS]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
export FORCEBENCH_FUZZ_CSV="${1:-1000000}"
export FORCEBENCH_FUZZ_DOCUMENTS="${2:-100000}"
echo "fuzzing: $FORCEBENCH_FUZZ_CSV CSV inputs, $FORCEBENCH_FUZZ_DOCUMENTS documents" >&2
cd "$ROOT"
started=$(date +%s)
if swift test --filter 'CSVFuzzTests|DocumentFuzzTests' >"${TMPDIR:-/tmp}/forcebench-fuzz.log" 2>&1; then
  echo "fuzz: passed: $FORCEBENCH_FUZZ_CSV CSV inputs and $FORCEBENCH_FUZZ_DOCUMENTS documents, no crash, hang or inexact quote ($(( $(date +%s) - started )) s)"
else
  grep -E '✘|error' "${TMPDIR:-/tmp}/forcebench-fuzz.log" | head -20
  echo "fuzz: FAILED (full log: ${TMPDIR:-/tmp}/forcebench-fuzz.log)"
  exit 1
fi
