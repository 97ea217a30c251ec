#!/usr/bin/env bash
# Installs dependencies, builds stargraph, and opens the shell on the default database.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tools/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j "$(nproc)" --target stargraph
exec build/tools/stargraph/stargraph shell "$@"
