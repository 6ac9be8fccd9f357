#!/usr/bin/env bash
# Runs the test suite (installs libopenblas-dev first when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh
exec swift test "$@"
