#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer, in its own build folder (.build-asan).
#   bash scripts/test-asan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh
# The Swift crash handler's own memory reads look like errors to ASan; let ASan report instead.
export SWIFT_BACKTRACE=enable=no
# Leak checking is off: XCTest's own runner and the Swift runtime's weak-reference side tables
# allocate objects they never free, which LeakSanitizer reports at exit (seen on Swift 6.3.1);
# every memory-error check (overflows, use after free, stack and heap) stays on.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec swift test --sanitize=address --scratch-path .build-asan "$@"
