#!/usr/bin/env python3
"""Scores `stargraph load --dry-run --format json` against gold annotations.

Implements the scoring rules of shared/articles/README.md: name normalization, one-to-one entity
matching (Concepts left out), relations at the pair and pair+type+direction levels, and property
accuracy over matched gold relations. Prints per-article and micro-averaged P/R/F1.

With --seed, scores the seed article against the curated seed graph instead (tools/seed_gold.py).

usage: tools/score_loader.py [--stargraph BIN] [--articles DIR] [--gold DIR] [--seed] [--verbose]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

from seed_gold import seed_gold

SYMMETRIC = {"COMPETES_WITH", "PARTNERS_WITH"}
NUMERIC = ["amount", "value", "percent", "duration_years", "capacity_mw", "capacity_gw"]
QUOTES = "《》“”\"'‘’「」"
ROLE_SYNONYMS = {
    "chief executive": "ceo", "chief executive officer": "ceo", "首席执行官": "ceo",
    "chief financial officer": "cfo", "首席财务官": "cfo", "chief technology officer": "cto",
    "首席技术官": "cto", "chair": "chairman", "chairwoman": "chairman", "董事长": "chairman",
    "主席": "chairman", "总裁": "president", "总统": "president", "创始人": "founder",
    "联合创始人": "founder", "执行副总裁": "executive vice president", "副总裁": "vice president",
}


def norm(name):
    s = unicodedata.normalize("NFKC", name or "").casefold().strip()
    s = re.sub(r"\s+", " ", s)
    while s and s[0] in QUOTES and s[-1] in QUOTES:
        s = s[1:-1].strip()
    return s


def forms(entity):
    return {norm(entity["name"])} | {norm(a) for a in entity.get("aliases", [])}


def match_entities(pred, gold):
    """One-to-one matching (maximum bipartite matching); returns {pred_index: gold_index}."""
    edges = [[g for g, ge in enumerate(gold) if forms(pe) & forms(ge)] for pe in pred]
    owner = {}

    def augment(p, seen):
        for g in edges[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = p
                return True
        return False

    for p in range(len(pred)):
        augment(p, set())
    return {p: g for g, p in owner.items()}


def resolver(pred, gold, matching):
    """Maps a predicted name to a gold entity index: first through the entity matching, then by
    the name-or-alias rule."""
    by_name = {}
    for p, g in matching.items():
        by_name[pred[p]["name"]] = g
    def resolve(name):
        if name in by_name:
            return by_name[name]
        for g, ge in enumerate(gold):
            if norm(name) in forms(ge):
                return g
        for pe in pred:
            if pe["name"] == name:
                for g, ge in enumerate(gold):
                    if forms(pe) & forms(ge):
                        return g
        return None
    return resolve


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def split_roles(role):
    parts = re.split(r"\s+and\s+|兼|,|/|、", str(role).lower())
    out = set()
    for part in parts:
        part = part.strip()
        if part.startswith("co-"):
            part = part[3:]
        part = ROLE_SYNONYMS.get(part, part)
        if part:
            out.add(part)
    return out


def date_ok(pred, gold):
    pred, gold = str(pred), str(gold)
    return pred[: len(gold)] == gold and (len(pred) == len(gold) or pred[len(gold)] == "-")


def prop_ok(key, pv, gv, pprops):
    if key in ("capacity_mw", "capacity_gw"):
        def mw(props):
            if "capacity_mw" in props:
                return float(props["capacity_mw"])
            if "capacity_gw" in props:
                return float(props["capacity_gw"]) * 1000
            return None
        g = float(gv) * (1000 if key == "capacity_gw" else 1)
        p = mw(pprops)
        return p is not None and abs(p - g) <= 0.01 * abs(g)
    if pv is None:
        return False
    if key in NUMERIC:
        try:
            return abs(float(pv) - float(gv)) <= 0.01 * abs(float(gv))
        except (TypeError, ValueError):
            return False
    if key == "date":
        return date_ok(pv, gv)
    if key == "role":
        return bool(split_roles(pv) & split_roles(gv))
    return str(pv).lower() == str(gv).lower()


def scored_keys(rel):
    keys = [k for k in rel.get("properties", {}) if k in NUMERIC or k in ("date", "currency", "kind", "role")]
    if rel["type"] == "SUPPLIES" and "what" in rel.get("properties", {}):
        keys.append("what")
    return keys


def score_article(pred, gold):
    gold_entities = gold["entities"]
    pred_entities = [e for e in pred["entities"] if e.get("label") != "Concept"]
    concept_names = {e["name"] for e in pred["entities"] if e.get("label") == "Concept"}
    matching = match_entities(pred_entities, gold_entities)
    resolve = resolver(pred_entities, gold_entities, matching)
    out = {"ent": (len(matching), len(pred_entities), len(gold_entities))}

    def pair_key(t, a, b, level):
        if level == "pair" or t in SYMMETRIC:
            return (t if level != "pair" else None, frozenset((a, b)))
        return (t, a, b)

    gold_index = {g["name"]: i for i, g in enumerate(gold_entities)}
    gold_rels = [(r["type"], gold_index[r["from"]], gold_index[r["to"]], r) for r in gold["relations"]]
    pred_rels = []
    for r in pred["relations"]:
        if r["from"] in concept_names or r["to"] in concept_names:
            continue
        pred_rels.append((r["type"], resolve(r["from"]), resolve(r["to"]), r))
    for level in ("pair", "typed"):
        gset = {pair_key(t, a, b, level) for t, a, b, _ in gold_rels}
        pset = set()
        unmatched = 0
        for t, a, b, _ in pred_rels:
            if a is None or b is None:
                unmatched += 1
                pset.add(("unmatched", unmatched))
            else:
                pset.add(pair_key(t, a, b, level))
        out[level] = (len(gset & pset), len(pset), len(gset))
    correct = total = 0
    details = []
    for t, a, b, g in gold_rels:
        key = pair_key(t, a, b, "typed")
        cands = [r for pt, pa, pb, r in pred_rels if pa is not None and pb is not None
                 and pair_key(pt, pa, pb, "typed") == key]
        if not cands:
            continue
        keys = scored_keys(g)
        best = max((sum(prop_ok(k, c["properties"].get(k), g["properties"][k], c["properties"]) for k in keys), c)
                   for c in cands for _ in [0]) if keys else (0, cands[0])
        best_n = max(sum(prop_ok(k, c["properties"].get(k), g["properties"][k], c["properties"]) for k in keys)
                     for c in cands) if keys else 0
        correct += best_n
        total += len(keys)
        if keys and best_n < len(keys):
            details.append((t, g["from"], g["to"], g["properties"], [c["properties"] for c in cands]))
    out["props"] = (correct, total)
    out["prop_details"] = details
    out["matching"] = matching
    out["pred_rels"] = pred_rels
    out["gold_rels"] = gold_rels
    out["pred_entities"] = pred_entities
    return out


def run_loader(binary, path, db_dir):
    proc = subprocess.run([binary, "load", "--db", db_dir, "--dry-run", "--format", "json", path],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{path}: stargraph load failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout.strip().splitlines()[0])


def show_verbose(name, res, gold):
    ge = gold["entities"]
    matched_g = set(res["matching"].values())
    for i, p in enumerate(res["pred_entities"]):
        if i not in res["matching"]:
            print(f"    FP entity: {p['name']} {p['label']} {p['aliases']}")
    for g, e in enumerate(ge):
        if g not in matched_g:
            print(f"    FN entity: {e['name']} {e['aliases']}")
    name = lambda i: ge[i]["name"] if i is not None else "?"
    gset = {(t, a, b) for t, a, b, _ in res["gold_rels"]}
    for t, a, b, r in res["pred_rels"]:
        ok = (t, a, b) in gset or (t in SYMMETRIC and (t, b, a) in gset)
        if not ok:
            print(f"    FP rel: {t} {r['from']} -> {r['to']} {r['properties']}")
    pset = {(t, a, b) for t, a, b, _ in res["pred_rels"]}
    for t, a, b, _ in res["gold_rels"]:
        if (t, a, b) not in pset and not (t in SYMMETRIC and (t, b, a) in pset):
            print(f"    FN rel: {t} {name(a)} -> {name(b)}")
    for d in res["prop_details"]:
        print(f"    property miss: {d[0]} {d[1]} -> {d[2]} gold {d[3]} pred {d[4]}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stargraph", default=os.environ.get("STARGRAPH_BIN", os.path.join(root, "build/tools/stargraph/stargraph")))
    parser.add_argument("--articles", default="/work/shared/articles/dev")
    parser.add_argument("--gold", default="/work/shared/articles/dev-gold")
    parser.add_argument("--seed", action="store_true",
                        help="score the seed article against seed/graph.cypher")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    if args.seed:
        article = os.path.join(root, "seed", "article", "2026-01-02-openai-compute-empire.zh.txt")
        cases = [(article, seed_gold(os.path.join(root, "seed")))]
    else:
        cases = []
        for path in sorted(glob.glob(os.path.join(args.articles, "*"))):
            stem = os.path.basename(path).rsplit(".", 1)[0]
            gold_path = os.path.join(args.gold, stem + ".json")
            if os.path.exists(gold_path):
                cases.append((path, json.load(open(gold_path, encoding="utf-8"))))
    totals = {"ent": [0, 0, 0], "pair": [0, 0, 0], "typed": [0, 0, 0], "props": [0, 0]}
    print(f"{'article':48} {'entity P/R/F1':>17} {'pair P/R/F1':>17} {'typed P/R/F1':>17} {'props':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for path, gold in cases:
            stem = os.path.basename(path).rsplit(".", 1)[0]
            pred = run_loader(args.stargraph, path, os.path.join(tmp, "db"))
            res = score_article(pred, gold)
            row = []
            for level in ("ent", "pair", "typed"):
                tp, npred, ngold = res[level]
                for i, v in enumerate((tp, npred, ngold)):
                    totals[level][i] += v
                row.append("%.2f/%.2f/%.2f" % prf(tp, npred, ngold))
            totals["props"][0] += res["props"][0]
            totals["props"][1] += res["props"][1]
            props = "%d/%d" % res["props"]
            print(f"{stem:48} {row[0]:>17} {row[1]:>17} {row[2]:>17} {props:>9}")
            if args.verbose:
                show_verbose(stem, res, gold)
    row = ["%.2f/%.2f/%.2f" % prf(*totals[level]) for level in ("ent", "pair", "typed")]
    c, t = totals["props"]
    print(f"{'micro-average':48} {row[0]:>17} {row[1]:>17} {row[2]:>17} {c}/{t} = {c / t if t else 0:.2f}")


if __name__ == "__main__":
    sys.exit(main())
