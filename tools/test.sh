#!/usr/bin/env bash
# Installs dependencies, builds stargraph and runs every test stage. Exits non-zero on any failure.
# Stages: release build (gcc, RelWithDebInfo, build/) and the whole ctest.
# With STARGRAPH_TEST_SANITIZERS=1 also:
#   - a sanitizer build (clang, ASan+UBSan, UBSan fatal, plus libFuzzer coverage instrumentation:
#     -DSTARGRAPH_FUZZ=ON, build-san/) and the whole ctest again under the sanitizers;
#   - fuzzing: each libFuzzer target of tests/fuzz for $fuzz_seconds from build-san's binaries.
# These are off by default, so not in .ci/run: measured cold on the shared 2-core machine, the
# sanitizer tree took 24.5 CPU-minutes to compile (50 min wall under other builds) and its ctest
# about 12 CPU-minutes (the TCK alone 7.8, 28 min wall), which with the release stage is over the
# 40-minute CI budget. The tree is compiled at -O1 with line tables only (all a sanitizer report
# needs) to keep its compile time down (not measured against -O2 -g).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup.sh
jobs=$(nproc)
fuzz_seconds=45

echo "== build (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"

echo "== unit tests"
ctest --test-dir build -j "$jobs" --output-on-failure --repeat until-pass:2

if [ "${STARGRAPH_TEST_SANITIZERS:-0}" != 1 ]; then exit 0; fi

echo "== build (clang, ASan+UBSan, libFuzzer instrumentation)"
cmake -S . -B build-san -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTARGRAPH_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only"
cmake --build build-san -j "$jobs"

echo "== unit tests under ASan+UBSan"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir build-san -j "$jobs" --output-on-failure

echo "== fuzz (${fuzz_seconds}s per target)"
bash tools/fuzz.sh --build build-san "$fuzz_seconds"
