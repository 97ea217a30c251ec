#!/usr/bin/env bash
# Write workloads of the benchmark suite: UNWIND-create 100k nodes, MERGE 100k relationships
# (matched by name), and the same MERGE again (all matches, nothing created). Prints the median
# of RUNS runs of each, in milliseconds, as reported by `stargraph query --format json`.
# Usage: tools/bench/write_bench.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/build}/tools/stargraph/stargraph"
runs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

create="UNWIND range(1, 100000) AS i CREATE (:Company {name: 'c' + toString(i), rank: i, score: i * 0.5})"
merge="UNWIND range(1, 100000) AS i MATCH (a:Company {name: 'c' + toString(i)}), (b:Company {name: 'c' + toString((i * 7919) % 100000 + 1)}) MERGE (a)-[:DEAL_WITH]->(b)"

elapsed() { sed -n 's/.*"elapsed_ms":\([0-9.]*\).*/\1/p' | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

declare -a c m r
for ((k = 0; k < runs; k++)); do
  db="$work/db$k"
  c+=("$("$bin" query --db "$db" --format json "$create" | elapsed)")
  m+=("$("$bin" query --db "$db" --format json "$merge" | elapsed)")
  r+=("$("$bin" query --db "$db" --format json "$merge" | elapsed)")
done
printf '%-44s %10s\n' "workload" "median ms"
printf '%-44s %10s\n' "UNWIND 100k maps into CREATE" "$(printf '%s\n' "${c[@]}" | median)"
printf '%-44s %10s\n' "MERGE 100k relationships (all created)" "$(printf '%s\n' "${m[@]}" | median)"
printf '%-44s %10s\n' "MERGE 100k relationships (all matched)" "$(printf '%s\n' "${r[@]}" | median)"
