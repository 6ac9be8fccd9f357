"""The peer tools' side of the benchmark: each task done with polars, DuckDB, pandas or numpy.

Run as: python peers.py TOOL TASK FILES...   Prints one JSON line: {"seconds": s, "result": r}
where `seconds` times the work after the imports (the peers' best case) and `result` is the
canonical answer that bench.py compares across tools.
"""
import hashlib
import json
import sys
import time

PROFESSIONAL = ["USG", "ASG", "D-2", "D-1", "P-5", "P-4", "P-3", "P-2", "P-1"]
AS_OF = "2025-12-31"


def digest(lines):
    return hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()[:16]


def ledger_result(rows):
    """rows: (office, funding_source, cents) -> total, group count and digest."""
    rows = list(rows)
    return {"total_cents": sum(int(c) for _, _, c in rows), "groups": len(rows),
            "digest": digest(f"{o}\t{s}\t{int(c)}" for o, s, c in rows)}


def ledger(tool, path):
    if tool == "polars":
        import polars as pl
        t = time.perf_counter()
        df = (pl.scan_csv(path, infer_schema=False)
              .group_by(["office", "funding_source"])
              .agg(pl.col("amount_usd").str.replace(".", "", literal=True).cast(pl.Int64).sum().alias("cents"))
              .collect())
        rows = df.rows()
    elif tool == "duckdb":
        import duckdb
        t = time.perf_counter()
        rows = duckdb.sql(f"""select office, funding_source, sum(cast(replace(amount_usd, '.', '') as bigint))
                              from read_csv('{path}', all_varchar = true, header = true)
                              group by all""").fetchall()
    elif tool == "pandas":
        import pandas as pd
        t = time.perf_counter()
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        df["cents"] = df["amount_usd"].str.replace(".", "", regex=False).astype("int64")
        rows = list(df.groupby(["office", "funding_source"])["cents"].sum().reset_index().itertuples(index=False, name=None))
    else:
        raise SystemExit(f"no {tool} for ledger")
    return time.perf_counter() - t, ledger_result(rows)


def status(n, lower, midpoint, upper):
    if n == 0: return "unrepresented"
    if n < lower: return "underrepresented"
    if n < midpoint: return "within-range-below-midpoint"
    if n <= upper: return "within-range-at-or-above-midpoint"
    return "overrepresented"


def representation_result(counts, ranges):
    lines = [f"{iso}\t{counts.get(iso, 0)}\t{status(counts.get(iso, 0), lo, mid, up)}" for iso, (lo, mid, up) in ranges.items()]
    return {"staff": sum(counts.get(iso, 0) for iso in ranges), "digest": digest(lines)}


def read_ranges(path):
    import csv
    with open(path, newline="", encoding="utf-8") as f:
        return {r["iso3"]: (int(r["lower"]), int(r["midpoint"]), int(r["upper"])) for r in csv.DictReader(f) if r["iso3"] != "Total"}


def representation(tool, staff_path, ranges_path):
    ranges = read_ranges(ranges_path)
    if tool == "polars":
        import polars as pl
        t = time.perf_counter()
        df = (pl.scan_csv(staff_path, infer_schema=False)
              .filter(pl.col("grade").is_in(PROFESSIONAL) & (pl.col("post_funding") == "RB") & (pl.col("language_post") == "no")
                      & (pl.col("appointment_date") <= AS_OF)
                      & (pl.col("separation_date").is_null() | (pl.col("separation_date") == "") | (pl.col("separation_date") >= AS_OF)))
              .group_by("nationality").len().collect())
        counts = dict(df.rows())
    elif tool == "duckdb":
        import duckdb
        t = time.perf_counter()
        grades = ",".join(f"'{g}'" for g in PROFESSIONAL)
        counts = dict(duckdb.sql(f"""select nationality, count(*) from read_csv('{staff_path}', all_varchar = true, header = true)
                                   where grade in ({grades}) and post_funding = 'RB' and language_post = 'no'
                                   and appointment_date <= '{AS_OF}' and (separation_date is null or separation_date = '' or separation_date >= '{AS_OF}')
                                   group by all""").fetchall())
    elif tool == "pandas":
        import pandas as pd
        t = time.perf_counter()
        df = pd.read_csv(staff_path, dtype=str, keep_default_na=False)
        mask = (df["grade"].isin(PROFESSIONAL) & (df["post_funding"] == "RB") & (df["language_post"] == "no")
                & (df["appointment_date"] <= AS_OF) & ((df["separation_date"] == "") | (df["separation_date"] >= AS_OF)))
        counts = df[mask].groupby("nationality").size().to_dict()
    else:
        raise SystemExit(f"no {tool} for representation")
    result = representation_result({k: int(v) for k, v in counts.items()}, ranges)
    return time.perf_counter() - t, result


def factor_shares(data_dir, scale="2025-2027", year="2024"):
    """F (N x 3): membership 1/N, population share, contribution share, in member_states.csv order."""
    import csv
    with open(f"{data_dir}/member_states.csv", newline="", encoding="utf-8") as f:
        states = [r["iso3"] for r in csv.DictReader(f)]
    with open(f"{data_dir}/scale_of_assessments.csv", newline="", encoding="utf-8") as f:
        rates = {r["iso3"]: float(r["rate_percent"]) for r in csv.DictReader(f) if r["period"] == scale}
    with open(f"{data_dir}/population_worldbank.csv", newline="", encoding="utf-8") as f:
        pops = {r["iso3"]: int(r["population"]) for r in csv.DictReader(f) if r["year"] == year}
    states = [s for s in states if s in rates and s in pops]
    rate_total, pop_total = sum(rates[s] for s in states), sum(pops[s] for s in states)
    return states, [[1 / len(states), pops[s] / pop_total, rates[s] / rate_total] for s in states]


def sweep(tool, sets_path, data_dir, staff_path):
    """Ranges of every State under every parameter set, with numpy: M = F W, then the limits."""
    import numpy as np
    states, f_rows = factor_shares(data_dir)
    staff_by_state = {}
    import csv
    with open(staff_path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["iso3"] != "Total":
                staff_by_state[r["iso3"]] = int(r["staff"])
    t = time.perf_counter()
    factors = np.array(f_rows)
    staff = np.array([staff_by_state.get(s, 0) for s in states], dtype=np.int64)
    sets = np.loadtxt(sets_path, delimiter=",", skiprows=1, ndmin=2)
    base, wm, wp, wc, flex, minflex, minup = sets.T
    w = np.vstack([base * wm / 100, base * wp / 100, base * wc / 100])  # 3 x K
    lower_total = mid_total = upper_total = 0
    counts = np.zeros((factors.shape[0], 5), dtype=np.int64)
    for start in range(0, sets.shape[0], 8192):
        stop = min(start + 8192, sets.shape[0])
        m = factors @ w[:, start:stop]                       # N x k
        fx = np.maximum(flex[start:stop] / 100 * m, minflex[start:stop])
        lower = np.maximum(0, np.floor(m - fx + 0.5 + 1e-9)).astype(np.int64)
        mid = np.floor(m + 0.5 + 1e-9).astype(np.int64)
        upper = np.floor(np.maximum(m + fx, minup[start:stop]) + 0.5 + 1e-9).astype(np.int64)
        lower_total += int(lower.sum()); mid_total += int(mid.sum()); upper_total += int(upper.sum())
        h = staff[:, None]
        status = np.where(h == 0, 0, np.where(h < lower, 1, np.where(h < mid, 2, np.where(h <= upper, 3, 4))))
        for s in range(5):
            counts[:, s] += (status == s).sum(axis=1)
    seconds = time.perf_counter() - t
    return seconds, {"lower": lower_total, "midpoint": mid_total, "upper": upper_total, "sets": int(sets.shape[0]),
                     "counts": {s: [int(c) for c in row] for s, row in zip(states, counts)}}


if __name__ == "__main__":
    tool, task, *files = sys.argv[1:]
    seconds, result = {"ledger": ledger, "representation": representation, "sweep": sweep}[task](tool, *files)
    print(json.dumps({"seconds": seconds, "result": result}))
