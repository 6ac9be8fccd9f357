#!/usr/bin/env bash
# Renders every SVG picture in a folder (default notebooks-out/, searched recursively) to PNG with
# rsvg-convert and checks each one: well-formed XML (xmllint when installed, else python3's XML
# parser), a <title> and a <desc>, rendered without error, and not blank (at least two colours,
# and at least 0.5 % of the pixels not the background). Installs rsvg-convert (Debian's
# librsvg2-bin) with apt-get when it is missing, as scripts/ensure-openblas.sh does for OpenBLAS.
# The PNG files are kept in a temporary folder named in the output (for a look by eye).
# Usage: bash scripts/check-svg.sh [DIR]
# Make pictures with, e.g.:
#   fingov representation --chart-format svg --chart-out pictures/representation.svg
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-notebooks-out}"

if ! command -v rsvg-convert >/dev/null 2>&1; then
    echo "fingov: rsvg-convert (librsvg2-bin) is missing; installing it with apt-get..." >&2
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "fingov: not root and no sudo; run: apt-get install -y librsvg2-bin" >&2; exit 1; }
        SUDO="sudo"
    fi
    command -v apt-get >/dev/null 2>&1 || { echo "fingov: no apt-get; install librsvg (rsvg-convert) with your package manager" >&2; exit 1; }
    { $SUDO apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q librsvg2-bin >/dev/null; } \
        || { echo "fingov: apt-get could not install librsvg2-bin (see the messages above)" >&2; exit 1; }
fi

[ -d "$dir" ] || { echo "check-svg: $dir is not a folder" >&2; exit 1; }
mapfile -t files < <(find "$dir" -name '*.svg' -type f | LC_ALL=C sort)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-svg: no SVG files in $dir" >&2
    exit 1
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/fingov-svg.XXXXXX")
failures=0
for svg in "${files[@]}"; do
    png="$out/$(basename "${svg%.svg}").png"
    if command -v xmllint >/dev/null 2>&1; then
        xmllint --noout "$svg" || { echo "$svg: not well-formed XML"; failures=$((failures + 1)); continue; }
    else
        python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$svg" \
            || { echo "$svg: not well-formed XML"; failures=$((failures + 1)); continue; }
    fi
    if ! rsvg-convert --format=png --output="$png" "$svg"; then
        echo "$svg: rsvg-convert failed"; failures=$((failures + 1)); continue
    fi
    if ! python3 - "$svg" "$png" <<'PY'
import struct, sys, zlib
import xml.dom.minidom
svg, png = sys.argv[1], sys.argv[2]
root = xml.dom.minidom.parse(svg).documentElement
titles = [n for n in root.childNodes if n.nodeType == n.ELEMENT_NODE and n.tagName in ('title', 'desc')]
if sorted(n.tagName for n in titles) != ['desc', 'title'] or any(not n.firstChild or not n.firstChild.data.strip() for n in titles):
    sys.exit(f'{svg}: needs a non-empty <title> and <desc> under <svg>')
data = open(png, 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    sys.exit(f'{png}: not a PNG file')
# Read the chunks, inflate the image data and undo the scanline filters (PNG spec, section 9).
pos, idat, header = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR': header = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT': idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = header
if depth != 8 or colour not in (2, 6) or interlace:
    sys.exit(f'{png}: unexpected PNG format (depth {depth}, colour type {colour}, interlace {interlace})')
bpp = 4 if colour == 6 else 3
raw, stride = zlib.decompress(idat), width * bpp
previous, pixels = bytearray(stride), {}
background = None
for y in range(height):
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = previous[i], previous[i - bpp] if i >= bpp else 0
        if kind == 1: line[i] = (line[i] + a) & 255
        elif kind == 2: line[i] = (line[i] + b) & 255
        elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        px = bytes(line[x:x + bpp])
        pixels[px] = pixels.get(px, 0) + 1
    previous = line
total = width * height
background, count = max(pixels.items(), key=lambda kv: kv[1])
drawn = total - count
if len(pixels) < 2 or drawn < total * 0.005:
    sys.exit(f'{png}: blank ({len(pixels)} colours, {drawn} of {total} pixels drawn)')
print(f'{svg}: {width}x{height} px, {len(pixels)} colours, {100 * drawn / total:.1f} % drawn')
PY
    then failures=$((failures + 1)); fi
done
echo "${#files[@]} SVG files rendered to $out, $failures problems"
[ "$failures" -eq 0 ]
