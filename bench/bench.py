#!/usr/bin/env python3
"""Fingov against polars, DuckDB, pandas and numpy, side by side on the same files.

For each task every tool runs several times on the same file with the page cache warm; the
table gives the median time, the ratio to Fingov, the peak memory (/usr/bin/time -v) and
whether the tool's answer equals Fingov's (totals to the cent, every group, every status).
Fingov is timed as a whole process (start-up, reading, output); the peers are timed inside
Python after their imports, their best case.

    python bench/bench.py [--runs N] [--large] [--huge] [--no-pandas-large]
                          [--report-ledger-rows N] [--report-roster-rows N] [--no-report] [--keep-report-data]
                          [--only TASKS]

With --large it also times the transaction ledger (1e7 rows with a distinct description on every
row), the floor (bench/floor.c: every line end found with memchr on every core, nothing else,
on each file) and `fingov report` over a data folder with a 1e8-row ledger and a 1e7-row roster
(sizes set by --report-ledger-rows and --report-roster-rows; the files are removed afterwards).
"""
import argparse
import csv
import hashlib
import io
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "bench", "out")
FINGOV = os.environ.get("FINGOV_BIN") or os.path.join(ROOT, ".build", "release", "fingov")  # FINGOV_BIN: another build, to compare
FLOOR = os.path.join(OUT, "floor")
PYTHON = sys.executable
PEERS = os.path.join(ROOT, "bench", "peers.py")
sys.path.insert(0, os.path.join(ROOT, "bench"))
import peers  # noqa: E402  (the canonical result helpers)


def run(cmd, env=None):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak RSS in MB, stdout)."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if p.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr).group(1)) / 1024
    return wall, rss, p.stdout


def ensure(path, cmd):
    if not os.path.exists(path):
        print(f"  generating {os.path.relpath(path, ROOT)} ...", file=sys.stderr, flush=True)
        subprocess.run(cmd, check=True)


def warm(path):
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


def fingov_ledger(path):
    wall, rss, out = run([FINGOV, "summary", "--ledger", path, "--by", "office,funding_source", "--period", "all", "--format", "csv"])
    rows = [(r[0], r[1], int(r[2].replace(".", ""))) for r in csv.reader(io.StringIO(out, newline="")) if r and r[0] not in ("office", "Total")]
    return wall, rss, peers.ledger_result(rows)


def floor(path):
    """The floor on `path`: one process that maps the file and finds every line end with memchr on every core."""
    wall, rss, out = run([FLOOR, path])
    return wall, rss, int(out.strip())


def build_floor():
    source = os.path.join(ROOT, "bench", "floor.c")
    if not os.path.exists(FLOOR) or os.path.getmtime(FLOOR) < os.path.getmtime(source):
        subprocess.run(["gcc", "-O2", "-pthread", "-o", FLOOR, source], check=True)


def floor_time(path, runs):
    times = []
    for _ in range(runs):
        wall, _, _ = floor(path)
        times.append(wall)
    return statistics.median(times)


def report_at_size(ledger_rows, roster_rows, keep):
    """`fingov report --data DIR` over a folder with a ledger of `ledger_rows` and a roster of
    `roster_rows`: (wall seconds, peak MB, bytes of input); the folder is removed afterwards
    unless `keep` (then a later run with the same sizes reuses its files)."""
    folder = os.path.join(OUT, f"report-data-{ledger_rows}-{roster_rows}")
    out = os.path.join(OUT, "report-out")
    subprocess.run(["rm", "-rf", out], check=True)
    os.makedirs(folder, exist_ok=True)
    try:
        data = os.path.join(ROOT, "data")
        for name in os.listdir(data):
            if name not in ("ledger.csv", "staff.csv") and not os.path.lexists(os.path.join(folder, name)):
                os.symlink(os.path.join(data, name), os.path.join(folder, name))
        ensure(os.path.join(folder, "ledger.csv"), [FINGOV, "generate", "ledger", "--rows", str(ledger_rows), "--seed", "1", "--out", os.path.join(folder, "ledger.csv")])
        ensure(os.path.join(folder, "staff.csv"), [FINGOV, "generate", "staff", "--count", str(roster_rows), "--seed", "1", "--hostile-text",
                                                   "--out", os.path.join(folder, "staff.csv")])
        size = sum(os.path.getsize(os.path.join(folder, n)) for n in ("ledger.csv", "staff.csv"))
        for n in ("ledger.csv", "staff.csv"):
            warm(os.path.join(folder, n))
        wall, rss, _ = run([FINGOV, "report", "--data", folder, "--out", out, "--color", "never"])
        return wall, rss, size
    finally:
        subprocess.run(["rm", "-rf", out] + ([] if keep else [folder]), check=True)


def fingov_representation(path):
    wall, rss, out = run([FINGOV, "representation", "--staff", path, "--format", "csv"])
    counts, ranges = {}, {}
    for r in csv.DictReader(io.StringIO(out, newline="")):
        if r["iso3"] == "Total":
            continue
        counts[r["iso3"]] = int(r["staff"])
        ranges[r["iso3"]] = (int(r["lower"]), int(r["midpoint"]), int(r["upper"]))
    return wall, rss, peers.representation_result(counts, ranges)


def fingov_sweep(sets_path):
    wall, rss, out = run([FINGOV, "sweep", "--sets-file", sets_path, "--format", "json"])
    doc = json.loads(out)
    note = next(n for n in doc["notes"] if n.startswith("Checksums"))
    lower, mid, upper = map(int, re.search(r"lower (\d+), midpoint (\d+), upper (\d+)", note).groups())
    table = doc["tables"][0]
    shares = {r["iso3"]: [r[k] for k in table["columns"][3:]] for r in table["rows"]}
    return wall, rss, {"lower": lower, "midpoint": mid, "upper": upper, "shares": shares}


def sweep_matches(mine, theirs):
    if (mine["lower"], mine["midpoint"], mine["upper"]) != (theirs["lower"], theirs["midpoint"], theirs["upper"]):
        return False
    for iso, counts in theirs["counts"].items():
        expected = [c / theirs["sets"] * 100 for c in counts]
        if any(abs(a - b) > 0.006 for a, b in zip(mine["shares"][iso], expected)):
            return False
    return True


def peer(tool, task, *files):
    wall, rss, out = run([PYTHON, PEERS, tool, task, *files])
    doc = json.loads(out.strip().splitlines()[-1])
    return doc["seconds"], wall, rss, doc["result"]


def measure(name, runs, fingov, peer_tools, peer_args, task, match=lambda a, b: a == b, rows=None):
    results = []
    times, rsss, answer = [], [], None
    for _ in range(runs):
        wall, rss, answer = fingov()
        times.append(wall)
        rsss.append(rss)
    base = statistics.median(times)
    results.append((name, "fingov", base, None, max(rsss), "reference"))
    print(f"  {name}: fingov {base:.3f} s", file=sys.stderr, flush=True)
    for tool, tool_runs in peer_tools:
        inside, rsss, theirs = [], [], None
        for _ in range(tool_runs):
            seconds, wall, rss, theirs = peer(tool, task, *peer_args)
            inside.append(seconds)
            rsss.append(rss)
        median = statistics.median(inside)
        same = match(answer, theirs)
        results.append((name, tool, median, median / base, max(rsss), "same" if same else f"DIFFERENT: {theirs} vs {answer}"))
        print(f"  {name}: {tool} {median:.3f} s", file=sys.stderr, flush=True)
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--large", action="store_true", help="also the 1e7-row ledger (about 0.9 GB)")
    ap.add_argument("--huge", action="store_true", help="also Fingov alone on a 1e8-row ledger (about 9 GB), for memory")
    ap.add_argument("--no-pandas-large", action="store_true", help="skip pandas on the 1e7-row ledgers")
    ap.add_argument("--report-ledger-rows", type=int, default=100_000_000, help="with --large: the report's ledger rows (default 1e8, about 8.7 GB)")
    ap.add_argument("--report-roster-rows", type=int, default=10_000_000, help="with --large: the report's roster rows (default 1e7)")
    ap.add_argument("--no-report", action="store_true", help="with --large: skip the report at size")
    ap.add_argument("--keep-report-data", action="store_true", help="keep the report's generated folder in bench/out for the next run (about 10 GB)")
    ap.add_argument("--only", default="", help="comma-separated subset of: ledger6, ledger7, transactions7, staff, sweep, report (default: all)")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    def wanted(task):
        return not only or task in only
    os.makedirs(OUT, exist_ok=True)

    ledger6 = os.path.join(OUT, "ledger-1e6.csv")
    ensure(ledger6, [FINGOV, "generate", "ledger", "--rows", "1000000", "--seed", "1", "--out", ledger6])
    staff6 = os.path.join(OUT, "staff-1e6.csv")
    ensure(staff6, [FINGOV, "generate", "staff", "--count", "1000000", "--seed", "1", "--hostile-text", "--out", staff6])
    ranges = os.path.join(OUT, "ranges.csv")
    subprocess.run([FINGOV, "ranges", "--format", "csv"], check=True, stdout=open(ranges, "w"))
    sets = os.path.join(OUT, "sets-1e5.csv")
    ensure(sets, [FINGOV, "sweep", "--sets", "100000", "--seed", "1", "--write-sets", sets, "--format", "csv"])
    staff_counts = os.path.join(OUT, "staff-counts.csv")
    subprocess.run([FINGOV, "representation", "--format", "csv"], check=True, stdout=open(staff_counts, "w"))

    results = []
    floors = []  # (task, file, fingov's median, the floor's median)
    build_floor()
    for path in (ledger6, staff6, sets):
        warm(path)
    def with_floor(name, path, rows, runs):
        results.extend(rows)
        fingov_median = rows[0][2]
        floors.append((name, os.path.basename(path), fingov_median, floor_time(path, runs)))
    if wanted("ledger6"):
        with_floor("ledger summary, 1e6 rows", ledger6, measure("ledger summary, 1e6 rows", args.runs, lambda: fingov_ledger(ledger6),
                   [("polars", args.runs), ("duckdb", args.runs), ("pandas", max(1, args.runs // 2))], [ledger6], "ledger"), args.runs)
    if args.large and wanted("ledger7"):
        ledger7 = os.path.join(OUT, "ledger-1e7.csv")
        ensure(ledger7, [FINGOV, "generate", "ledger", "--rows", "10000000", "--seed", "1", "--out", ledger7])
        warm(ledger7)
        tools = [("polars", 3), ("duckdb", 3)] + ([] if args.no_pandas_large else [("pandas", 1)])
        with_floor("ledger summary, 1e7 rows", ledger7, measure("ledger summary, 1e7 rows", 3, lambda: fingov_ledger(ledger7), tools, [ledger7], "ledger"), 3)
    if args.large and wanted("transactions7"):
        # A transaction ledger: the same rows with a description before the amount, distinct on
        # every row (a document number and free text, some quoted with commas inside).
        trans7 = os.path.join(OUT, "transactions-1e7.csv")
        ensure(trans7, [FINGOV, "generate", "ledger", "--rows", "10000000", "--seed", "1", "--with-description", "--out", trans7])
        warm(trans7)
        tools = [("polars", 3), ("duckdb", 3)] + ([] if args.no_pandas_large else [("pandas", 1)])
        with_floor("transaction ledger summary, 1e7 rows", trans7,
                   measure("transaction ledger summary, 1e7 rows", 3, lambda: fingov_ledger(trans7), tools, [trans7], "ledger"), 3)
    if wanted("staff"):
        with_floor("representation, 1e6 staff", staff6, measure("representation, 1e6 staff", args.runs, lambda: fingov_representation(staff6),
                   [("polars", args.runs), ("duckdb", args.runs), ("pandas", max(1, args.runs // 2))], [staff6, ranges], "representation"), args.runs)
    if wanted("sweep"):
        results += measure("sweep, 100,000 parameter sets", args.runs, lambda: fingov_sweep(sets),
                           [("numpy", args.runs)], [sets, os.path.join(ROOT, "data"), staff_counts], "sweep", match=sweep_matches)
    if args.huge:
        ledger8 = os.path.join(OUT, "ledger-1e8.csv")
        ensure(ledger8, [FINGOV, "generate", "ledger", "--rows", "100000000", "--seed", "1", "--out", ledger8])
        warm(ledger8)  # 8.7 GB: the page cache holds it on a 24 GiB machine, as for the others
        wall, rss, answer = fingov_ledger(ledger8)
        results.append(("ledger summary, 1e8 rows", "fingov", wall, None, rss, f"total {answer['total_cents']} cents"))

    report = None
    if args.large and not args.no_report and wanted("report"):
        report = report_at_size(args.report_ledger_rows, args.report_roster_rows, args.keep_report_data)

    print()
    print(f"| task | tool | median time (s) | time / Fingov's | peak memory (MB) | answer |")
    print(f"| --- | --- | ---: | ---: | ---: | --- |")
    for name, tool, seconds, ratio, rss, check in results:
        print(f"| {name} | {tool} | {seconds:.3f} | {'1.00' if ratio is None else f'{ratio:.2f}'} | {rss:.0f} | {check} |")
    if floors:
        print()
        print("| task | file | fingov (s) | floor: memchr for line ends on every core (s) | Fingov / floor |")
        print("| --- | --- | ---: | ---: | ---: |")
        for name, file, mine, low in floors:
            print(f"| {name} | {file} | {mine:.3f} | {low:.3f} | {mine / low:.1f} |")
    if report:
        wall, rss, size = report
        print()
        print(f"Report at size: `fingov report --data DIR` over a {args.report_ledger_rows}-row ledger and a "
              f"{args.report_roster_rows}-row roster ({size / 1e9:.1f} GB): {wall:.1f} s, peak memory {rss:.0f} MB "
              f"(target 256 MB: {'met' if rss <= 256 else 'MISSED'}).")
    with open("/proc/cpuinfo") as f:
        model = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "unknown")
    print(f"\nMachine: {os.cpu_count()} cores, {model}; Fingov with {os.environ.get('FINGOV_WORKERS', os.cpu_count())} workers.")


if __name__ == "__main__":
    main()
