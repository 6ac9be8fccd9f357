#!/usr/bin/env bash
# The benchmark in one command, from a fresh clone: builds Fingov (release), makes a Python
# virtual environment with polars, duckdb, pandas and numpy from PyPI, generates the data with
# `fingov generate` into bench/out/, runs every tool on the same files and prints the table.
#   bash bench/run.sh [--runs N] [--large] [--huge] [--no-pandas-large] [--no-report]
#                     [--report-ledger-rows N] [--report-roster-rows N] [--keep-report-data] [--only TASKS]
# --large also times the transaction ledger, the floor (bench/floor.c, built with gcc) and the
# report over a 1e8-row ledger and a 1e7-row roster (about 10 GB of disk, removed afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-openblas.sh
swift build -c release --product fingov >&2
if [ ! -x bench/.venv/bin/python ]; then
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install -q polars duckdb pandas numpy >&2
fi
command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2; exit 1; }
command -v gcc >/dev/null || { echo "bench: gcc is missing (it builds bench/floor.c): apt-get install -y gcc" >&2; exit 1; }
exec bench/.venv/bin/python bench/bench.py "$@"
