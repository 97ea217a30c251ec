#!/usr/bin/env python3
"""Regenerates the README's "Questions" section: the first 14 questions of seed/questions.md, each
with its Cypher and the table the engine prints for it on a fresh database loaded with
seed/graph.cypher. tests/api/readme_questions_test.cc checks that the README matches the engine.

Usage: tools/readme_questions.py [BUILD_DIR]   (default: build)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BEGIN, END = "<!-- questions:begin -->", "<!-- questions:end -->"
COUNT = 14


def questions():
    text = open(os.path.join(ROOT, "seed", "questions.md"), encoding="utf-8").read()
    found = re.findall(r"^## (\d+)\. (.*?)\n(.*?)```cypher\n(.*?)```", text, re.S | re.M)
    return [(title.replace(" (headline)", ""), cypher.strip()) for _, title, _, cypher in found]


def run(binary, db, cypher):
    out = subprocess.run([binary, "query", "--db", db, cypher], capture_output=True, text=True,
                         check=True).stdout
    # The last line is "N rows, X ms": keep the count, drop the time.
    return re.sub(r"^(\d+ rows?), [0-9.]+ ms$", r"\1", out.rstrip("\n"), flags=re.M)


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build")
    binary = os.path.join(build, "tools", "stargraph", "stargraph")
    tmp = tempfile.mkdtemp()
    try:
        db = os.path.join(tmp, "db")
        subprocess.run([binary, "query", "--db", db, "-f", os.path.join(ROOT, "seed", "graph.cypher")],
                       capture_output=True, check=True)
        parts = [BEGIN]
        for i, (title, cypher) in enumerate(questions()[:COUNT], 1):
            parts.append(f"### {i}. {title}\n\n```cypher\n{cypher}\n```\n\n```text\n{run(binary, db, cypher)}\n```\n")
        parts.append(END)
    finally:
        shutil.rmtree(tmp)
    readme_path = os.path.join(ROOT, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    open(readme_path, "w", encoding="utf-8").write(readme[:start] + "\n".join(parts) + readme[end:])


if __name__ == "__main__":
    main()
