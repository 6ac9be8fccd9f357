#!/usr/bin/env bash
# Runs the streaming and ingest tests under ThreadSanitizer, in its own build folder
# (.build-tsan): the tests where workers decode windows of one file at once (FingovIngest, the
# accumulators fed from files, the ledger cells and PSC tallies merged across workers, and the
# report run in processes with different worker counts). The whole suite runs under
# AddressSanitizer instead (scripts/test-asan.sh).
#   bash scripts/test-tsan.sh [--filter REGEX]   (default: the streaming and ingest tests)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh
# The Swift crash handler's own memory reads look like races to TSan; let TSan report instead.
export SWIFT_BACKTRACE=enable=no
# Any report fails the run (exit status 66), and the child fingov processes inherit this.
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1 second_deadlock_stack=1}
filter='FingovIngestTests|AccumulatorsTests|LedgerCellsTests|PSCStatementTests|StreamingFuzzRegressionTests|ReportDeterminismTests'
if [ $# -eq 0 ]; then set -- --filter "$filter"; fi
exec swift test --sanitize=thread --scratch-path .build-tsan "$@"
