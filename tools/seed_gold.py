#!/usr/bin/env python3
"""Turns the curated seed graph into a gold file in the dev-gold format of shared/articles/README.md.

Entities come from seed/lexicon/seed_entities.json, relations from the MATCH ... MERGE (a)-[r:T]->(b)
statements of seed/graph.cypher with their numeric, string and date properties. Concepts, and the
relations that touch them, are left out (the scoring rules leave them out too); so is MENTIONS.
The seed graph is richer than a gold file (it records facts a reader infers across sentences), so
recall against it is a lower bound of what the loader could find, not a target of 1.0.

usage: tools/seed_gold.py [--seed DIR] [OUT.json]
"""
import argparse
import json
import os
import re
import sys

STATEMENT = re.compile(
    r"MATCH \(a:(\w+) \{name: '((?:[^'\\]|\\.)*)'\}\), \(b:(\w+) \{name: '((?:[^'\\]|\\.)*)'\}\)\n"
    r"MERGE \(a\)-\[r:(\w+) \{key: '[^']*'\}\]->\(b\)\n(SET .*?);\n", re.S)
PROPERTY = re.compile(r"r\.(\w+) = (-?\d+(?:\.\d+)?|'(?:[^'\\]|\\.)*'|date\('[^']*'\))")


def unescape(text):
    return re.sub(r"\\(.)", r"\1", text)


def literal(text):
    if text.startswith("date('"):
        return text[6:-2]
    if text.startswith("'"):
        return unescape(text[1:-1])
    return float(text) if "." in text else int(text)


def seed_gold(seed_dir):
    with open(os.path.join(seed_dir, "lexicon", "seed_entities.json"), encoding="utf-8") as f:
        entities = [e for e in json.load(f) if e["label"] != "Concept"]
    known = {e["name"] for e in entities}
    with open(os.path.join(seed_dir, "graph.cypher"), encoding="utf-8") as f:
        script = f.read()
    relations = []
    for m in STATEMENT.finditer(script):
        _, a, _, b, rel_type, body = m.groups()
        a, b = unescape(a), unescape(b)
        if rel_type == "MENTIONS" or a not in known or b not in known:
            continue
        props = {k: literal(v) for k, v in PROPERTY.findall(body) if k not in ("sources", "evidence")}
        relations.append({"type": rel_type, "from": a, "to": b, "properties": props})
    return {
        "article": {"title": "", "date": "2026-01-02", "language": "zh"},
        "entities": [{"name": e["name"], "label": e["label"], "aliases": e["aliases"]} for e in entities],
        "relations": relations,
    }


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=os.path.join(root, "seed"))
    parser.add_argument("out", nargs="?")
    args = parser.parse_args()
    text = json.dumps(seed_gold(args.seed), ensure_ascii=False, indent=1)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    sys.exit(main())
