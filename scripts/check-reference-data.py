#!/usr/bin/env python3
"""Check the reference data of data/ (standard library only).

- every file read here: UTF-8 without BOM, one line-end style (LF or CRLF) throughout, the
  expected header row;
- iso3166.csv: 249 officially assigned ISO 3166-1 codes, iso3/iso2/numeric unique and well
  formed, every Member State's iso3 present with the same iso2;
- regional_groups.csv: each of the 193 Member States exactly once, nothing else, group one of the
  five keys or empty;
- development_groups.csv: every iso3 a Member State, group ldc/lldc/sids, no row twice.

Usage: python3 scripts/check-reference-data.py [DATA_DIR]   (default: data/ beside scripts/)
Prints what it counted and one line per failure; exits 1 if anything failed.
"""
import collections
import csv
import io
import os
import re
import sys

REGIONAL_KEYS = {"african", "asia-pacific", "eastern-european", "latin-american-caribbean",
                 "western-european-others"}
DEVELOPMENT_KEYS = {"ldc", "lldc", "sids"}

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def read(data_dir, name, header):
    path = os.path.join(data_dir, name)
    try:
        raw = open(path, "rb").read()
    except OSError as error:
        fail(f"{name}: cannot read ({error})")
        return []
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: starts with a byte-order mark")
    crlf = raw.count(b"\r\n")
    if crlf and crlf != raw.count(b"\n"):
        fail(f"{name}: mixes CRLF and LF line ends")
    if raw.count(b"\r") != crlf:
        fail(f"{name}: has a CR outside a CRLF line end")
    if raw and not raw.endswith(b"\n"):
        fail(f"{name}: last line has no line end")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        fail(f"{name}: not UTF-8 ({error})")
        return []
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or rows[0] != header:
        fail(f"{name}: header is {rows[0] if rows else None}, expected {header}")
        return []
    body = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            fail(f"{name} line {number}: {len(row)} fields, expected {len(header)}")
            continue
        body.append(dict(zip(header, row)))
    return body


def duplicates(values):
    return sorted(v for v, n in collections.Counter(values).items() if n > 1)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data")

    members = read(data_dir, "member_states.csv",
                   ["iso3", "iso2", "name", "short_name", "continent", "un_subregion",
                    "member_since"])
    member_iso3 = [m["iso3"] for m in members]
    member_set = set(member_iso3)
    if len(member_set) != 193 or len(member_iso3) != 193:
        fail(f"member_states.csv: {len(member_iso3)} rows, {len(member_set)} distinct iso3, "
             "expected 193")

    # ISO 3166-1
    iso = read(data_dir, "iso3166.csv", ["iso3", "iso2", "numeric", "name"])
    print(f"iso3166.csv: {len(iso)} codes")
    if len(iso) != 249:
        fail(f"iso3166.csv: {len(iso)} rows, expected 249")
    for column, pattern in (("iso3", r"[A-Z]{3}"), ("iso2", r"[A-Z]{2}"), ("numeric", r"[0-9]{3}")):
        values = [r[column] for r in iso]
        bad = [v for v in values if not re.fullmatch(pattern, v)]
        if bad:
            fail(f"iso3166.csv: malformed {column}: {bad}")
        if duplicates(values):
            fail(f"iso3166.csv: {column} not unique: {duplicates(values)}")
    if [r for r in iso if not r["name"].strip()]:
        fail("iso3166.csv: empty name")
    iso_by_iso3 = {r["iso3"]: r for r in iso}
    missing = sorted(member_set - set(iso_by_iso3))
    if missing:
        fail(f"iso3166.csv: Member States missing: {missing}")
    else:
        print(f"iso3166.csv: all {len(member_set)} Member States present")
    mismatched = [(m["iso3"], m["iso2"], iso_by_iso3[m["iso3"]]["iso2"]) for m in members
                  if m["iso3"] in iso_by_iso3 and m["iso2"] != iso_by_iso3[m["iso3"]]["iso2"]]
    if mismatched:
        fail(f"member_states.csv: iso2 differs from iso3166.csv (iso3, member, iso): {mismatched}")
    non_members = sorted(set(iso_by_iso3) - member_set)
    print(f"iso3166.csv: {len(non_members)} codes of non-member States and territories "
          f"(e.g. {', '.join(c for c in ('PSE', 'VAT', 'TWN') if c in non_members)})")

    # Regional groups
    groups = read(data_dir, "regional_groups.csv", ["iso3", "group", "note"])
    iso3s = [r["iso3"] for r in groups]
    if duplicates(iso3s):
        fail(f"regional_groups.csv: listed more than once: {duplicates(iso3s)}")
    if sorted(set(iso3s) - member_set):
        fail(f"regional_groups.csv: not Member States: {sorted(set(iso3s) - member_set)}")
    if sorted(member_set - set(iso3s)):
        fail(f"regional_groups.csv: Member States missing: {sorted(member_set - set(iso3s))}")
    bad = sorted({r["group"] for r in groups} - REGIONAL_KEYS - {""})
    if bad:
        fail(f"regional_groups.csv: unknown group keys: {bad}")
    counts = collections.Counter(r["group"] for r in groups)
    print(f"regional_groups.csv: {len(groups)} rows")
    for key in sorted(REGIONAL_KEYS):
        print(f"  {key}: {counts.get(key, 0)}")
    print(f"  (no group): {counts.get('', 0)} "
          f"{[r['iso3'] for r in groups if r['group'] == '']}")

    # Development groups
    development = read(data_dir, "development_groups.csv", ["iso3", "group"])
    pairs = [(r["iso3"], r["group"]) for r in development]
    if duplicates(pairs):
        fail(f"development_groups.csv: rows listed twice: {duplicates(pairs)}")
    if sorted({r["iso3"] for r in development} - member_set):
        fail(f"development_groups.csv: not Member States: "
             f"{sorted({r['iso3'] for r in development} - member_set)}")
    bad = sorted({r["group"] for r in development} - DEVELOPMENT_KEYS)
    if bad:
        fail(f"development_groups.csv: unknown group keys: {bad}")
    counts = collections.Counter(r["group"] for r in development)
    print(f"development_groups.csv: {len(development)} rows, "
          + ", ".join(f"{k} {counts.get(k, 0)}" for k in sorted(DEVELOPMENT_KEYS)))

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all reference-data checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
