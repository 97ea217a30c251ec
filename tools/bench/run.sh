#!/usr/bin/env bash
# The Kuzu comparison in one command: installs kuzu@0.11.3 from npm into tools/bench/.kuzu (git
# ignored), builds stargraph and stargraph_bench, then runs run.py at the given scale and prints
# the table. Work files (graph CSVs, databases, results.json, table.md) go to BUILD_DIR/bench/SCALE.
# Usage: tools/bench/run.sh [S|M|L] [run.py options...]    (BUILD_DIR defaults to ./build)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BUILD_DIR:-$root/build}"
scale="${1:-S}"
shift || true

kuzu_dir="$here/.kuzu"
if ! [ -f "$kuzu_dir/node_modules/kuzu/kuzujs.node" ]; then
  echo "== installing kuzu@0.11.3 into $kuzu_dir"
  mkdir -p "$kuzu_dir"
  [ -f "$kuzu_dir/package.json" ] || echo '{"name": "stargraph-bench-kuzu", "private": true}' \
    >"$kuzu_dir/package.json"
  (cd "$kuzu_dir" && npm install --no-audit --no-fund --loglevel=error kuzu@0.11.3)
fi

if ! [ -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target stargraph stargraph_bench

exec python3 "$here/run.py" "$scale" --build "$build" --kuzu-modules "$kuzu_dir/node_modules" "$@"
