#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) and runs each for N seconds, one per core at
# a time.
#   tools/fuzz.sh [--build DIR] [seconds per target, default 60] [target...]
# The build tree is build-fuzz (configured here, tests off) unless --build names a tree already
# configured with clang++ and -DSTARGRAPH_FUZZ=ON (tools/test.sh passes its build-san).
# Each target starts from its seed corpus in tests/fuzz/corpus/<target> and keeps what it learns
# in DIR/corpus/<target>; a crash leaves its input in DIR/artifacts/. Exits non-zero
# when any target crashes, leaks, times out or runs out of memory. Exits 0 with a message when
# clang or libFuzzer is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build-fuzz
if [ "${1:-}" = "--build" ]; then
  build=$2
  shift 2
fi
seconds=${1:-60}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_cypher_parse fuzz_value_decode fuzz_csv_import fuzz_query_exec fuzz_article_load)
fi

if ! command -v clang++ >/dev/null ||
  ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char*, unsigned long) { return 0; }' |
    clang++ -x c++ -fsanitize=fuzzer - -o /dev/null 2>/dev/null; then
  echo "fuzz: skipped: clang++ with libFuzzer is not installed (apt-get install clang libclang-rt-14-dev)"
  exit 0
fi

if [ "$build" = build-fuzz ]; then
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DSTARGRAPH_FUZZ=ON -DSTARGRAPH_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"

max_len() {
  case "$1" in
    fuzz_value_decode) echo 1024 ;;
    fuzz_query_exec) echo 256 ;;
    *) echo 4096 ;;
  esac
}

# One target per core at a time; each writes its own log, read once it has finished.
run_target() {
  local t=$1 status=0
  mkdir -p "$build/corpus/$t"
  "$build/tests/fuzz/$t" "$build/corpus/$t" "tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" >"$build/$t.log" 2>&1 || status=$?
  echo "$status" >"$build/$t.status"
}

failed=()
mkdir -p "$build/artifacts"
slots=$(nproc)
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${seconds}s"
  rm -f "$build/$t.status"
  run_target "$t" &
  while [ "$(jobs -rp | wc -l)" -ge "$slots" ]; do wait -n || true; done
done
wait
for t in "${targets[@]}"; do
  if [ "$(cat "$build/$t.status" 2>/dev/null)" != 0 ]; then
    echo "fuzz: $t FAILED; last lines of $build/$t.log:"
    tail -n 40 "$build/$t.log"
    failed+=("$t")
  else
    echo -n "fuzz: $t: "
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$build/$t.log" | tail -n 1 || echo
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: ${#failed[@]} failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran clean"
