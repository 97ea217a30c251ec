#!/usr/bin/env python3
"""Runs the Kuzu comparison at one scale and prints the table (run.sh builds and installs first).

Steps: generate the graph (once per scale and generator version), import it into stargraph
(`stargraph import`) and Kuzu (COPY FROM) timing each and recording peak memory (the child's
max RSS), measure size on disk, run the read queries in-process in each system, run the write
workloads on fresh databases, cross-check result counts and print the table. Results also go to
WORK/results.json and WORK/table.md.

The reads run in rounds, the systems taking turns (stargraph, Kuzu, stargraph, ...), and each
query's median is over the timed runs of every round: a machine that is slower for a while
then weighs on both systems alike instead of on whichever ran at the time.

Usage: run.py SCALE --build BUILD_DIR --kuzu-modules DIR [--work DIR] [--runs N] [--warmup N]
              [--rounds N] [--write-runs N] [--write-limit SECONDS]
"""
import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import report

HERE = os.path.dirname(os.path.abspath(__file__))


def run_measured(cmd, env=None, limit_s=None):
    """Runs cmd; returns (stdout, wall seconds, peak RSS in KiB). After limit_s seconds the
    command is killed and its output so far returned. Exits when the command fails."""
    start = time.monotonic()
    with tempfile.TemporaryFile("w+") as out:
        proc = subprocess.Popen(cmd, stdout=out, env=env, text=True)
        timer = threading.Timer(limit_s, proc.kill) if limit_s else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        killed = timer is not None and not timer.is_alive()
        if timer:
            timer.cancel()
        code = os.waitstatus_to_exitcode(status)
        if code != 0 and not killed:
            sys.exit(f"failed ({code}): {' '.join(cmd)}")
        out.seek(0)
        return out.read(), time.monotonic() - start, usage.ru_maxrss


def merge_runs(lines, steps, limit_s):
    """One line per write step: the median of its runs, or the error (a timeout when missing)."""
    merged = []
    for step in steps:
        runs = [l for l in lines if l["name"] == step]
        failed = [l for l in runs if "error" in l]
        if failed or not runs:
            merged.append(failed[0] if failed else {"name": step,
                                                    "error": f"not done in {limit_s:.0f} s"})
            continue
        ms = sorted(l["median_ms"] for l in runs)
        merged.append(dict(runs[-1], ms=ms, median_ms=ms[(len(ms) - 1) // 2]))
    return merged


def merge_rounds(rounds):
    """One line per read query: the median over the timed runs of every round, or an error."""
    merged = []
    for first in rounds[0]:
        lines = [l for r in rounds for l in r if l["name"] == first["name"]]
        failed = [l for l in lines if "error" in l]
        if failed:
            merged.append(failed[0])
            continue
        ms = sorted(m for l in lines for m in l["ms"])
        merged.append(dict(first, ms=ms, median_ms=statistics.median(ms), rounds=len(lines)))
    return merged


def json_lines(text):
    return [json.loads(line) for line in text.splitlines() if line.startswith("{")]


def disk_bytes(path):
    """Bytes under a directory, or of a file and its write-ahead log (Kuzu: kuzu.db{,.wal})."""
    if os.path.isfile(path):
        wal = path + ".wal"
        return os.path.getsize(path) + (os.path.getsize(wal) if os.path.exists(wal) else 0)
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)


def generate(scale, data):
    with open(os.path.join(HERE, "gen_graph.py"), "rb") as f:
        stamp = hashlib.sha256(f.read()).hexdigest()
    stamp_file = os.path.join(data, "generator.sha256")
    if os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return
    shutil.rmtree(data, ignore_errors=True)
    print(f"== generating scale {scale}", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_graph.py"), scale, data], check=True)
    with open(stamp_file, "w") as f:
        f.write(stamp)


def fresh(path):
    for p in [path] + [f"{path}.{suffix}" for suffix in ("wal", "shadow", "tmp")]:
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)


def import_both(args, data, kuzu_env):
    plan = json.load(open(os.path.join(data, "plan.json")))
    sg_db, kz_db = os.path.join(args.work, "stargraph.db"), os.path.join(args.work, "kuzu.db")
    fresh(sg_db)
    fresh(kz_db)
    cmd = [os.path.join(args.build, "tools/stargraph/stargraph"), "import", "--db", sg_db]
    cmd += [f"--nodes={n['label']}={os.path.join(data, n['stargraph'])}" for n in plan["nodes"]]
    cmd += [f"--relationships={r['type']}={os.path.join(data, r['stargraph'])}"
            for r in plan["relationships"]]
    print("== import: stargraph", flush=True)
    _, sg_s, sg_rss = run_measured(cmd)
    print("== import: kuzu", flush=True)
    _, kz_s, kz_rss = run_measured(["node", os.path.join(HERE, "kuzu_bench.js"), "import", data,
                                    kz_db], env=kuzu_env)
    return {"stargraph": {"import_s": sg_s, "import_rss_kb": sg_rss,
                          "disk_bytes": disk_bytes(sg_db), "db": sg_db},
            "kuzu": {"import_s": kz_s, "import_rss_kb": kz_rss,
                     "disk_bytes": disk_bytes(kz_db), "db": kz_db}}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale", choices=["S", "M", "L"])
    parser.add_argument("--build", required=True)
    parser.add_argument("--kuzu-modules", required=True)
    parser.add_argument("--work")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3,
                        help="turns each system takes at the reads (runs and warm-up per turn)")
    parser.add_argument("--write-runs", type=int, default=3)
    parser.add_argument("--write-limit", type=float, default=300,
                        help="seconds each system's write workloads may take in all")
    args = parser.parse_args()
    args.work = os.path.abspath(args.work or os.path.join(args.build, "bench", args.scale))
    data = os.path.join(args.work, "data")
    os.makedirs(args.work, exist_ok=True)
    kuzu_env = dict(os.environ, KUZU_MODULES=args.kuzu_modules)
    queries, params = os.path.join(HERE, "queries.json"), os.path.join(data, "params.json")

    generate(args.scale, data)
    systems = import_both(args, data, kuzu_env)
    drivers = {
        "stargraph": [os.path.join(args.build, "tools/bench/stargraph_bench")],
        "kuzu": ["node", os.path.join(HERE, "kuzu_bench.js")],
    }
    rounds = {name: [] for name in drivers}
    for round_number in range(1, args.rounds + 1):
        for name, driver in drivers.items():
            print(f"== reads: {name}, round {round_number} of {args.rounds}", flush=True)
            out, _, rss = run_measured(driver + ["reads", systems[name]["db"], queries, params,
                                                 str(args.runs), str(args.warmup)], env=kuzu_env)
            rounds[name].append(json_lines(out))
            systems[name]["reads_rss_kb"] = max(rss, systems[name].get("reads_rss_kb", 0))
    for name in drivers:
        systems[name]["reads"] = merge_rounds(rounds[name])
    for name, driver in drivers.items():
        print(f"== writes: {name}", flush=True)
        base = os.path.join(args.work, f"{name}-writes.db")
        for run in range(args.write_runs):
            fresh(f"{base}.{run}")
        out, _, rss = run_measured(driver + ["writes", base, queries, str(args.write_runs)],
                                   env=kuzu_env, limit_s=args.write_limit)
        steps = [s["name"] for s in json.load(open(queries))["writes"]["steps"]]
        systems[name]["writes"] = merge_runs(json_lines(out), steps, args.write_limit)
        systems[name]["writes_rss_kb"] = rss
        for run in range(args.write_runs):
            fresh(f"{base}.{run}")

    results = {"scale": args.scale, "machine": report.machine(), "systems": systems}
    with open(os.path.join(args.work, "results.json"), "w") as f:
        json.dump(results, f, indent=1)
    traversal = {q["name"] for q in json.load(open(queries))["reads"] if q.get("traversal")}
    table = report.table(results, traversal)
    with open(os.path.join(args.work, "table.md"), "w") as f:
        f.write(table)
    print(table)
    sys.exit(1 if report.mismatches(results) else 0)


if __name__ == "__main__":
    main()
