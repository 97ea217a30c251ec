#!/usr/bin/env bash
# Installs dependencies, builds stargraph and runs every test stage. Exits non-zero on any failure.
# Stages: release build + unit tests (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup.sh
jobs=$(nproc)

echo "== build (RelWithDebInfo)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"

echo "== unit tests"
ctest --test-dir build -j "$jobs" --output-on-failure --repeat until-pass:2
