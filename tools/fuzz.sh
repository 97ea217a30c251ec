#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan, in build-fuzz) and runs each for N seconds.
#   tools/fuzz.sh [seconds per target, default 60] [target...]
# Each target starts from its seed corpus in tests/fuzz/corpus/<target> and keeps what it learns
# in build-fuzz/corpus/<target>; a crash leaves its input in build-fuzz/artifacts/. Exits non-zero
# when any target crashes, leaks, times out or runs out of memory. Exits 0 with a message when
# clang or libFuzzer is not installed.
set -euo pipefail
cd "$(dirname "$0")/.."

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

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DSTARGRAPH_FUZZ=ON -DSTARGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]}"

max_len() {
  case "$1" in
    fuzz_value_decode) echo 1024 ;;
    fuzz_query_exec) echo 256 ;;
    *) echo 4096 ;;
  esac
}

failed=()
mkdir -p build-fuzz/artifacts
for t in "${targets[@]}"; do
  echo "fuzz: $t for ${seconds}s"
  mkdir -p "build-fuzz/corpus/$t"
  if ! "build-fuzz/tests/fuzz/$t" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
    -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t-" \
    >"build-fuzz/$t.log" 2>&1; then
    echo "fuzz: $t FAILED; last lines of build-fuzz/$t.log:"
    tail -n 40 "build-fuzz/$t.log"
    failed+=("$t")
  else
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "build-fuzz/$t.log" | tail -n 1 || true
  fi
done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: ${#failed[@]} failed: ${failed[*]}"
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran clean"
