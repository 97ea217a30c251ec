"""The comparison table of run.py: per workload the medians, the ratio stargraph/Kuzu and the
cross-check of results; then import time, peak memory and size on disk."""
import math
import os
import platform

SYSTEMS = ("stargraph", "kuzu")


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = int(open("/proc/meminfo").readline().split()[1])
    distro = "Linux"
    if os.path.exists("/etc/os-release"):
        fields = dict(l.rstrip().split("=", 1) for l in open("/etc/os-release") if "=" in l)
        distro = fields.get("PRETTY_NAME", distro).strip('"')
    return f"{os.cpu_count()} cores ({cpu}), {mem_kb / 2**20:.0f} GiB, {distro}, {platform.machine()}"


def plain(value):
    """CONTRACT.md JSON ({"_date": ...}) and Kuzu's JSON both reduced to comparable values."""
    if isinstance(value, dict) and len(value) == 1:
        return plain(next(iter(value.values())))
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def same(a, b):
    a, b = plain(a), plain(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b


def check(sg, kz):
    if "error" in sg or "error" in kz:
        return "error: " + (sg.get("error") or kz.get("error"))[:60]
    if sg["rows"] != kz["rows"] or not same(sg["first"], kz["first"]):
        return f"MISMATCH {sg['first']} vs {kz['first']}"
    return "same"


def pairs(results, section):
    kz = {line["name"]: line for line in results["systems"]["kuzu"][section]}
    for sg in results["systems"]["stargraph"][section]:
        yield sg["name"], sg, kz.get(sg["name"], {"error": "missing"})


def mismatches(results):
    """Workloads where the results differ or stargraph failed (Kuzu timing out is not one)."""
    return [name for section in ("reads", "writes") for name, sg, kz in pairs(results, section)
            if "error" in sg or check(sg, kz).startswith("MISMATCH")]


def geomean(ratios):
    return math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else float("nan")


def ms(line):
    return f"{line['median_ms']:.2f}" if "median_ms" in line else "—"


def workload_rows(results, section, traversal):
    rows, ratios, traversal_ratios = [], [], []
    for name, sg, kz in pairs(results, section):
        ratio = sg["median_ms"] / kz["median_ms"] if "median_ms" in sg and "median_ms" in kz else None
        if ratio:
            ratios.append(ratio)
            if name in traversal:
                traversal_ratios.append(ratio)
        mark = " *" if name in traversal else ""
        rows.append(f"| {name}{mark} | {ms(sg)} | {ms(kz)} | "
                    f"{'%.2f' % ratio if ratio else '—'} | {sg.get('rows', '—')} | {check(sg, kz)} |")
    return rows, ratios, traversal_ratios


def table(results, traversal=None):
    traversal = traversal or set()
    systems = results["systems"]
    out = [f"Scale {results['scale']} on {results['machine']}", "",
           "| workload | stargraph ms | Kuzu ms | stargraph/Kuzu | rows | results |",
           "|---|---:|---:|---:|---:|---|"]
    reads, ratios, traversal_ratios = workload_rows(results, "reads", traversal)
    writes, write_ratios, _ = workload_rows(results, "writes", set())
    out += reads
    out.append(f"| **geometric mean, reads** | | | **{geomean(ratios):.2f}** | | |")
    if traversal_ratios:
        out.append(f"| geometric mean, traversals (*) | | | {geomean(traversal_ratios):.2f} | | |")
    out += writes
    out += ["", "| | stargraph | Kuzu | stargraph/Kuzu |", "|---|---:|---:|---:|"]
    for label, key, scale, unit in [("import time", "import_s", 1, "s"),
                                    ("import peak memory", "import_rss_kb", 1 / 1024, "MiB"),
                                    ("size on disk", "disk_bytes", 1 / 2**20, "MiB"),
                                    ("reads peak memory", "reads_rss_kb", 1 / 1024, "MiB"),
                                    ("writes peak memory", "writes_rss_kb", 1 / 1024, "MiB")]:
        a, b = systems["stargraph"][key] * scale, systems["kuzu"][key] * scale
        out.append(f"| {label} | {a:.1f} {unit} | {b:.1f} {unit} | {a / b:.2f} |")
    return "\n".join(out) + "\n"
