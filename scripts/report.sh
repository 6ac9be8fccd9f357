#!/usr/bin/env bash
# The main job: builds Fingov and writes the full report of the default data in data/ into
# notebooks-out/ (installs libopenblas-dev first when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh
swift build --product fingov >&2
exec .build/debug/fingov report --data data --out notebooks-out "$@"
