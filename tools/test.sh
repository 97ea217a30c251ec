#!/usr/bin/env bash
# Installs dependencies, builds stargraph and runs every test stage. Exits non-zero on any failure.
# Stages:
#   1. release build (gcc, RelWithDebInfo, build/) and the whole ctest;
#   2. a sanitizer build (clang, ASan+UBSan, UBSan fatal, plus libFuzzer coverage instrumentation:
#      -DSTARGRAPH_FUZZ=ON, build-san/) and the whole ctest again under the sanitizers;
#   3. fuzzing: each libFuzzer target of tests/fuzz for $fuzz_seconds from build-san's binaries,
#      one target per core at a time.
# STARGRAPH_TEST_SANITIZERS=0 stops after stage 1 (the quick local loop). Measured cold on the
# 2-core machine (no ccache): the release tree compiles in about 19 CPU-minutes, the sanitizer
# tree in about 25; with the tests (about 6 minutes) and the fuzzers (3) the whole command
# should take about 31 minutes (README, Testing). The sanitizer tree is compiled at -O1 with line tables only (all a sanitizer
# report needs) to keep its compile time down.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup.sh
jobs=$(nproc)
fuzz_seconds=60

echo "== build (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"

# A failed test is run once more: the SIGKILL crash tests are timing-sensitive on a loaded machine.
echo "== unit tests"
ctest --test-dir build -j "$jobs" --output-on-failure --repeat until-pass:2

if [ "${STARGRAPH_TEST_SANITIZERS:-1}" = 0 ]; then exit 0; fi

echo "== build (clang, ASan+UBSan, libFuzzer instrumentation)"
cmake -S . -B build-san -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTARGRAPH_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only"
cmake --build build-san -j "$jobs"

echo "== unit tests under ASan+UBSan"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir build-san -j "$jobs" --output-on-failure --repeat until-pass:2

echo "== fuzz (${fuzz_seconds}s per target)"
bash tools/fuzz.sh --build build-san "$fuzz_seconds"
