#!/usr/bin/env bash
# Installs dependencies, builds stargraph and runs every test stage. Exits non-zero on any failure.
# Stages:
#   1. release build (gcc, RelWithDebInfo, build/) and the whole ctest;
#   2. a sanitizer build (clang, ASan+UBSan, UBSan fatal, plus libFuzzer coverage instrumentation:
#      -DSTARGRAPH_FUZZ=ON, build-san/) and the whole ctest again under the sanitizers;
#   3. a ThreadSanitizer build of the engine and the api and storage test binaries (build-tsan/)
#      and the multi-threaded tests under it;
#   4. fuzzing: each libFuzzer target of tests/fuzz for $fuzz_seconds from build-san's binaries,
#      one target per core at a time.
# STARGRAPH_TEST_SANITIZERS=0 stops after stage 1 (the quick local loop). The sanitizer trees
# are compiled at -O1 with line tables only (all a sanitizer report needs) and as unity builds
# of the engine (-DSTARGRAPH_UNITY_BUILD=ON) to keep their compile time down. Measured cold
# (no ccache) as CPU time: release tree about 19 CPU-minutes, ASan tree 20, TSan tree 6; with
# the tests (about 7 minutes) and the fuzzers (3) the whole command should take about
# 33 minutes on the 2-core machine (README, Testing).
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
  -DSTARGRAPH_UNITY_BUILD=ON -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only"
cmake --build build-san -j "$jobs"

echo "== unit tests under ASan+UBSan"
export ASAN_OPTIONS=detect_leaks=1
export UBSAN_OPTIONS=print_stacktrace=1
ctest --test-dir build-san -j "$jobs" --output-on-failure --repeat until-pass:2

# ThreadSanitizer on the multi-threaded tests only (a whole third tree would not fit the budget):
# the engine and the api and storage test binaries. Readers against a committing writer, sessions
# on several threads, a second writer waiting for the first, the import's writer threads.
echo "== build (clang, ThreadSanitizer: engine, api and storage tests)"
cmake -S . -B build-tsan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DSTARGRAPH_SANITIZE=thread \
  -DSTARGRAPH_UNITY_BUILD=ON -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only"
cmake --build build-tsan -j "$jobs" --target api_test storage_test

echo "== multi-threaded tests under ThreadSanitizer"
export TSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/tsan.supp halt_on_error=1"
build-tsan/tests/api/api_test
build-tsan/tests/storage/storage_test "[concurrency],[jobs],[sst],[bulk],[figures]"

echo "== fuzz (${fuzz_seconds}s per target)"
bash tools/fuzz.sh --build build-san "$fuzz_seconds"
