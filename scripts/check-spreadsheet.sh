#!/usr/bin/env bash
# Opens CSV files of notebooks-out/ in LibreOffice Calc (headless), saves them as .xlsx and checks
# that every column whose name says it holds numbers (amounts, counts, per cents) was read as
# numbers, and every text cell came through unchanged. Needs libreoffice-calc-nogui:
#   apt-get install -y libreoffice-calc-nogui
# Usage: bash scripts/check-spreadsheet.sh [FILE.csv ...]   (default: every CSV in notebooks-out/)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(notebooks-out/*.csv)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# 44 = comma, 34 = double quote, 76 = UTF-8, 1 = start at line 1
soffice --headless --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir "$work" "${files[@]}" >/dev/null 2>&1
python3 - "$work" "${files[@]}" <<'PY'
import csv, re, sys, zipfile, os
work, files = sys.argv[1], sys.argv[2:]
plain = re.compile(r'-?[0-9]+(\.[0-9]+)?')
numeric = re.compile(r'(_usd|_percent|_posts|^staff$|^lower$|^midpoint$|^upper$|^population$|^appointments$|^women$|^men$|^total$|^not_recorded$|^member_states$|^to_|^posts_|^official_lower$|^official_upper$|^scenario_lower$|^scenario_upper$|^status_changes$|^rate_percent$|^midpoint_exact$|^unrepresented$|^underrepresented$|^overrepresented$|^within-range)')
failures = 0
for path in files:
    name = os.path.splitext(os.path.basename(path))[0]
    z = zipfile.ZipFile(os.path.join(work, name + '.xlsx'))
    strings = [re.sub(r'<[^>]+>', '', s) for s in re.findall(r'<si>(.*?)</si>', z.read('xl/sharedStrings.xml').decode(), re.S)]
    unescape = lambda s: s.replace('&amp;', '&').replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"').replace('&apos;', "'")
    sheet = z.read('xl/worksheets/sheet1.xml').decode()
    with open(path, newline='', encoding='utf-8-sig') as f:
        rows = list(csv.reader(f))
    header = rows[0]
    for r, row in enumerate(re.findall(r'<row [^>]*>(.*?)</row>', sheet, re.S)[1:], start=1):
        for m in re.finditer(r'<c r="([A-Z]+)\d+"([^>]*?)(?:/>|>(.*?)</c>)', row, re.S):
            col = ord(m.group(1)[-1]) - 65 + 26 * (len(m.group(1)) - 1) * (ord(m.group(1)[0]) - 64)
            value = re.search(r'<v>(.*?)</v>', m.group(3) or '')
            expected = rows[r][col]
            if value is not None and 't="s"' not in m.group(2) and re.fullmatch(r'[0-9]{4}-[0-9]{2}-[0-9]{2}', expected):
                continue  # an ISO date, which a spreadsheet stores as a date serial: as it should
            if 't="s"' in m.group(2):
                got = unescape(strings[int(value.group(1))])
                if numeric.search(header[col]) or got != expected.lstrip("'") and got != expected:
                    print(f'{path}:{r + 1}:{col + 1}: {header[col]} read as text {got!r}, file has {expected!r}'); failures += 1
            elif value is not None and not numeric.search(header[col]) and not plain.fullmatch(expected):
                # A number is expected where the column holds numbers, or where the file wrote a
                # plain unquoted number (a year, a count in a newer table); anything else is text.
                print(f'{path}:{r + 1}:{col + 1}: {header[col]} read as a number {value.group(1)}, file has {expected!r}'); failures += 1
            elif value is not None and abs(float(value.group(1)) - float(expected)) > 1e-9 * max(1, abs(float(expected))):
                print(f'{path}:{r + 1}:{col + 1}: {header[col]} is {value.group(1)}, file has {expected}'); failures += 1
print(f'{len(files)} files checked in LibreOffice Calc, {failures} problems')
sys.exit(1 if failures else 0)
PY
