#!/usr/bin/env python3
"""Deterministic generator of the benchmark graph: the AI industry at scale S, M or L.

Writes into OUT_DIR (same bytes for the same scale and seed, on any machine):
  stargraph/  neo4j-admin CSVs for `stargraph import` (one file per label and per relationship
              type and label pair; plan.json lists them with their --nodes/--relationships names)
  kuzu/       the CSVs Kuzu's COPY FROM takes (node primary key = name) and schema.cypher
  params.json the names the queries use (a hub, a mid-degree company, a shortest-path pair, ...)

Shape: Company, Person, Product, Facility nodes; INVESTED_IN, DEAL_WITH, SUPPLIES, COMPETES_WITH,
DEPENDS_ON relationships with numeric and date properties. Endpoints are drawn with Zipf-like
weights (rank r has weight 1/(r+1)^a), so a few companies are hubs. Every relationship between two
nodes of one label runs from the lower to the higher position of a fixed random order, and edges
between labels go Person->Company, Product->Facility, Company->Facility: the graph is a DAG, so
Cypher's "no relationship twice in a match" and Kuzu's walk semantics give the same counts on
directed patterns. COMPETES_WITH has no parallel pairs (the triangle query runs on it, and Kuzu
0.11.3 counts parallel closing edges of a triangle once).

Usage: gen_graph.py {S|M|L} OUT_DIR [--seed N]
"""
import argparse
import bisect
import datetime
import itertools
import json
import os
import random

SCALES = {"S": 10_000, "M": 100_000, "L": 1_000_000}
RELS_PER_NODE = 10
LABEL_SHARE = [("Company", 0.30), ("Person", 0.40), ("Product", 0.20), ("Facility", 0.10)]
# (type, from label, to label, share of all relationships)
REL_SHARE = [
    ("INVESTED_IN", "Person", "Company", 0.09),
    ("INVESTED_IN", "Company", "Company", 0.06),
    ("DEAL_WITH", "Company", "Company", 0.25),
    ("SUPPLIES", "Company", "Company", 0.25),
    ("COMPETES_WITH", "Company", "Company", 0.15),
    ("DEPENDS_ON", "Product", "Product", 0.10),
    ("DEPENDS_ON", "Product", "Facility", 0.06),
    ("DEPENDS_ON", "Company", "Facility", 0.04),
]
# Kuzu column types of every property, in CSV column order (name first: the primary key).
NODE_PROPS = {
    "Company": [("founded", "INT64"), ("valuation", "DOUBLE"), ("country", "STRING"),
                ("kind", "STRING")],
    "Person": [("born", "INT64"), ("role", "STRING")],
    "Product": [("category", "STRING"), ("released", "DATE")],
    "Facility": [("capacity_mw", "DOUBLE"), ("opened", "DATE"), ("region", "STRING")],
}
REL_PROPS = {
    "INVESTED_IN": [("amount", "INT64"), ("date", "DATE")],
    "DEAL_WITH": [("value", "INT64"), ("date", "DATE"), ("years", "INT64")],
    "SUPPLIES": [("volume", "INT64"), ("since", "DATE")],
    "COMPETES_WITH": [("overlap", "DOUBLE")],
    "DEPENDS_ON": [("weight", "DOUBLE"), ("since", "DATE")],
}
# Competitors are a set of pairs; deals, supplies and investments may repeat between two nodes.
UNIQUE_PAIR_TYPES = {"COMPETES_WITH"}
NEO4J_TYPE = {"INT64": "long", "DOUBLE": "double", "STRING": "string", "DATE": "date"}
SOURCE_SKEW, TARGET_SKEW = 0.6, 0.9

SYLLABLES = ["ne", "ro", "va", "qu", "an", "tum", "si", "li", "co", "ar", "ix", "or", "ze",
             "ta", "lum", "ka", "pe", "dra", "on", "mi"]
COMPANY_SUFFIX = ["Labs", "Systems", "AI", "Compute", "Semiconductor", "Cloud", "Energy",
                  "Robotics", "Networks", "Capital"]
FIRST = ["Ada", "Alan", "Grace", "Jensen", "Lisa", "Sam", "Satya", "Fei", "Yann", "Demis",
         "Mira", "Ilya", "Andrej", "Daniela", "Mustafa", "Noam", "Jeff", "Sundar", "Masayoshi", "Lip"]
LAST = ["Chen", "Huang", "Su", "Altman", "Nadella", "Li", "LeCun", "Hassabis", "Murati", "Wang",
        "Sutskever", "Amodei", "Zhang", "Shazeer", "Dean", "Pichai", "Son", "Tan", "Kim", "Patel"]
KINDS = ["lab", "chip", "cloud", "energy", "app", "fund"]
COUNTRIES = ["US", "CN", "UK", "FR", "DE", "JP", "KR", "TW", "IN", "CA"]
ROLES = ["founder", "ceo", "cto", "researcher", "investor", "engineer"]
CATEGORIES = ["model", "gpu", "asic", "api", "framework", "dataset", "agent"]
REGIONS = ["us-east", "us-west", "eu-north", "asia-east", "me-central", "latam"]
EPOCH = datetime.date(2000, 1, 1)


def word(i):
    a, b, c = i % 20, (i // 20) % 20, (i // 400) % 20
    return (SYLLABLES[a] + SYLLABLES[b] + SYLLABLES[c]).capitalize()


def node_name(label, i):
    if label == "Company":
        return f"{word(i)} {COMPANY_SUFFIX[i % 10]} {i}"
    if label == "Person":
        return f"{FIRST[i % 20]} {LAST[(i // 20) % 20]} {i}"
    if label == "Product":
        return f"{word(i * 7)}-{i}"
    return f"{REGIONS[i % 6]} campus {i}"


def day(rng, first_year, last_year):
    start = (datetime.date(first_year, 1, 1) - EPOCH).days
    end = (datetime.date(last_year, 12, 31) - EPOCH).days
    return (EPOCH + datetime.timedelta(days=rng.randint(start, end))).isoformat()


def node_props(label, rng):
    if label == "Company":
        return [rng.randint(1950, 2025), round(rng.lognormvariate(19, 2.5), 2),
                rng.choice(COUNTRIES), rng.choice(KINDS)]
    if label == "Person":
        return [rng.randint(1940, 2005), rng.choice(ROLES)]
    if label == "Product":
        return [rng.choice(CATEGORIES), day(rng, 2010, 2026)]
    return [round(rng.uniform(5, 5000), 1), day(rng, 2005, 2026), rng.choice(REGIONS)]


def rel_props(rel_type, rng):
    if rel_type == "INVESTED_IN":
        return [rng.randint(1, 20_000) * 1_000_000, day(rng, 2012, 2026)]
    if rel_type == "DEAL_WITH":
        return [rng.randint(1, 30_000) * 1_000_000, day(rng, 2015, 2026), rng.randint(1, 10)]
    if rel_type == "SUPPLIES":
        return [rng.randint(1, 1_000_000), day(rng, 2010, 2026)]
    if rel_type == "COMPETES_WITH":
        return [round(rng.random(), 3)]
    return [round(rng.random(), 3), day(rng, 2015, 2026)]


class Graph:
    """Node ids per label (global ids are contiguous per label) and a fixed random order."""

    def __init__(self, total, rng):
        self.first, self.count = {}, {}
        next_id = 0
        for label, share in LABEL_SHARE:
            self.first[label], self.count[label] = next_id, int(total * share)
            next_id += self.count[label]
        self.total = next_id
        self.position = list(range(self.total))
        rng.shuffle(self.position)
        self.cumulative = {}

    def weights(self, label, skew):
        key = (label, skew)
        if key not in self.cumulative:
            self.cumulative[key] = list(itertools.accumulate(
                1.0 / (r + 1) ** skew for r in range(self.count[label])))
        return self.cumulative[key]

    def pick(self, rng, label, skew):
        cum = self.weights(label, skew)
        return self.first[label] + bisect.bisect(cum, rng.random() * cum[-1])

    def label_index(self, label, node):
        return node - self.first[label]


def edges(graph, rng, from_label, to_label, n, parallel):
    """n (start, end) pairs without self loops, same-label pairs oriented by position; with
    parallel=False no pair twice."""
    seen = set()
    for _ in range(n):
        while True:
            a, b = graph.pick(rng, from_label, SOURCE_SKEW), graph.pick(rng, to_label, TARGET_SKEW)
            if from_label == to_label and graph.position[a] > graph.position[b]:
                a, b = b, a
            if a != b and (parallel or (a, b) not in seen):
                break
        if not parallel:
            seen.add((a, b))
        yield a, b


def write_nodes(graph, rng, out, plan, kuzu_schema):
    names = {}
    for label, _ in LABEL_SHARE:
        props = NODE_PROPS[label]
        sg = f"stargraph/nodes_{label}.csv"
        kz = f"kuzu/nodes_{label}.csv"
        with open(os.path.join(out, sg), "w") as fs, open(os.path.join(out, kz), "w") as fk:
            fs.write(",".join([":ID", "name"] + [f"{p}:{NEO4J_TYPE[t]}" for p, t in props]) + "\n")
            fk.write(",".join(["name"] + [p for p, _ in props]) + "\n")
            for i in range(graph.count[label]):
                name = node_name(label, i)
                row = ",".join(str(v) for v in node_props(label, rng))
                fs.write(f"{graph.first[label] + i},{name},{row}\n")
                fk.write(f"{name},{row}\n")
        columns = ", ".join(f"{p} {t}" for p, t in props)
        kuzu_schema.append(f"CREATE NODE TABLE {label}(name STRING, {columns}, PRIMARY KEY(name))")
        plan["nodes"].append({"label": label, "stargraph": sg, "kuzu": kz})
        names[label] = [node_name(label, i) for i in range(graph.count[label])]
    return names


def write_rels(graph, rng, out, plan, kuzu_schema, total_rels):
    global_name = {}
    for label, _ in LABEL_SHARE:
        for i in range(graph.count[label]):
            global_name[graph.first[label] + i] = node_name(label, i)
    adjacency = {}
    for rel_type, from_label, to_label, share in REL_SHARE:
        props = REL_PROPS[rel_type]
        stem = f"rels_{rel_type}_{from_label}_{to_label}.csv"
        sg, kz = f"stargraph/{stem}", f"kuzu/{stem}"
        with open(os.path.join(out, sg), "w") as fs, open(os.path.join(out, kz), "w") as fk:
            fs.write(",".join([":START_ID", ":END_ID"] +
                              [f"{p}:{NEO4J_TYPE[t]}" for p, t in props]) + "\n")
            fk.write(",".join(["from", "to"] + [p for p, _ in props]) + "\n")
            pairs = edges(graph, rng, from_label, to_label, int(total_rels * share),
                          parallel=rel_type not in UNIQUE_PAIR_TYPES)
            for a, b in pairs:
                row = ",".join(str(v) for v in rel_props(rel_type, rng))
                fs.write(f"{a},{b},{row}\n")
                fk.write(f"{global_name[a]},{global_name[b]},{row}\n")
                if rel_type == "DEAL_WITH":
                    adjacency.setdefault(a, []).append(b)
        plan["relationships"].append({"type": rel_type, "from": from_label, "to": to_label,
                                      "stargraph": sg, "kuzu": kz})
    for rel_type, props in REL_PROPS.items():
        pairs = ", ".join(f"FROM {f} TO {t}" for r, f, t, _ in REL_SHARE if r == rel_type)
        columns = "".join(f", {p} {t}" for p, t in props)
        kuzu_schema.append(f"CREATE REL TABLE {rel_type}({pairs}{columns})")
    return adjacency


def shortest_path_pair(graph, deals):
    """A source among companies ranked 100..999 that reaches far over DEAL_WITH, and a target
    at BFS depth min(max depth, 4) (the lowest-degree one), with that depth."""
    first = graph.first["Company"]
    ranks = range(100, min(1000, graph.count["Company"]))
    source = min((first + r for r in ranks), key=lambda n: graph.position[n])
    depth, frontier, seen = 0, [source], {source}
    levels = [[source]]
    while frontier and depth < 4:
        nxt = []
        for n in frontier:
            for m in deals.get(n, ()):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        if not nxt:
            break
        depth += 1
        levels.append(nxt)
        frontier = nxt
    target = max(levels[depth])
    return source, target, depth


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scale", choices=SCALES)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=20261128)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    total = SCALES[args.scale]
    for sub in ("stargraph", "kuzu"):
        os.makedirs(os.path.join(args.out_dir, sub), exist_ok=True)
    graph = Graph(total, rng)
    plan, kuzu_schema = {"scale": args.scale, "nodes": [], "relationships": []}, []
    names = write_nodes(graph, rng, args.out_dir, plan, kuzu_schema)
    deals = write_rels(graph, rng, args.out_dir, plan, kuzu_schema, total * RELS_PER_NODE)
    source, target, depth = shortest_path_pair(graph, deals)
    company = names["Company"]
    params = {
        "hub": company[0], "mid": company[20], "src": company[source - graph.first["Company"]],
        "dst": company[target - graph.first["Company"]], "dst_depth": depth,
        "product": names["Product"][50],
        "people": [names["Person"][(i * 7919) % graph.count["Person"]] for i in range(100)],
    }
    with open(os.path.join(args.out_dir, "params.json"), "w") as f:
        json.dump(params, f, indent=1)
    with open(os.path.join(args.out_dir, "plan.json"), "w") as f:
        json.dump(plan, f, indent=1)
    with open(os.path.join(args.out_dir, "kuzu", "schema.cypher"), "w") as f:
        f.write(";\n".join(kuzu_schema) + ";\n")


if __name__ == "__main__":
    main()
