#!/usr/bin/env bash
# Writes the report's tables both as CSV files and as one workbook (`fingov export` and
# `fingov export --xlsx`), has LibreOffice Calc (headless) convert every sheet of the workbook to
# CSV, and compares every cell with the CSV export: the same rows and columns, numbers equal (to
# 1e-12 relative, LibreOffice prints up to 15 significant digits), text unchanged (the CSV's
# formula guard, a leading apostrophe, aside). Needs libreoffice-calc-nogui:
#   apt-get install -y libreoffice-calc-nogui
# Usage: bash scripts/check-workbook.sh [DATA_DIR]   (default: data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-data}"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
source scripts/ensure-openblas.sh
swift build --product fingov >/dev/null
fingov="$(swift build --show-bin-path)/fingov"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$fingov" export --data "$data" --out "$work/csv" 2>/dev/null
"$fingov" export --data "$data" --xlsx "$work/report.xlsx" 2>/dev/null
# Every sheet to its own CSV file (token 12 = -1): comma, double quote, UTF-8, from line 1,
# values in full rather than as shown (token 9 = false).
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$work/sheets" "$work/report.xlsx" >/dev/null 2>&1
python3 - "$work" <<'PY'
import csv, os, re, sys, zipfile
work = sys.argv[1]
book = zipfile.ZipFile(os.path.join(work, 'report.xlsx'))
unescape = lambda s: s.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'").replace('&amp;', '&')
sheets = [unescape(n) for n in re.findall(r'<sheet name="([^"]*)"', book.read('xl/workbook.xml').decode())]
files = sorted(f for f in os.listdir(os.path.join(work, 'csv')) if f.endswith('.csv'))
failures, cells = 0, 0
if len(sheets) != len(files):
    print(f'{len(sheets)} sheets for {len(files)} CSV files'); sys.exit(1)
def number(s):
    try: return float(s)
    except ValueError: return None
for sheet, name in zip(sheets, files):
    with open(os.path.join(work, 'csv', name), newline='', encoding='utf-8') as f: expected = list(csv.reader(f))
    with open(os.path.join(work, 'sheets', f'report-{sheet}.csv'), newline='', encoding='utf-8') as f: got = list(csv.reader(f))
    if len(got) != len(expected):
        print(f'{name}: {len(got)} rows in sheet {sheet!r}, {len(expected)} in the CSV file'); failures += 1; continue
    for r, (want_row, got_row) in enumerate(zip(expected, got), start=1):
        got_row = got_row + [''] * (len(want_row) - len(got_row))
        for c, (want, have) in enumerate(zip(want_row, got_row), start=1):
            cells += 1
            a, b = number(want), number(have)
            if r > 1 and a is not None and b is not None:
                if abs(a - b) > 1e-12 * max(1.0, abs(a)):
                    print(f'{name}:{r}:{c}: sheet has {have}, CSV has {want}'); failures += 1
            elif have != want and not (want.startswith("'") and have == want[1:]):
                print(f'{name}:{r}:{c}: sheet has {have!r}, CSV has {want!r}'); failures += 1
print(f'{len(sheets)} sheets, {cells} cells compared with the CSV export in LibreOffice Calc, {failures} problems')
sys.exit(1 if failures else 0)
PY
