#!/usr/bin/env bash
# Installs stargraph's build and test dependencies from Debian packages. Idempotent: packages that
# are already installed are skipped, and nothing is fetched when all of them are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config git
  librocksdb-dev                       # storage engine (7.8)
  antlr4 libantlr4-runtime-dev         # parser generator (tool 4.7.2) and C++ runtime (4.9)
  default-jre-headless                 # runs the antlr4 tool at build time
  catch2                               # unit tests (v2.13)
  nlohmann-json3-dev libcli11-dev libfmt-dev
  libssl-dev                           # SHA-256 of articles (libcrypto)
  libutf8proc-dev libicu-dev           # Unicode normalisation, time zones
  libedit-dev                          # line editing for the shell (BSD licence)
  graphviz                             # renders :viz pictures
  clang libclang-rt-14-dev             # fuzzers and sanitizers
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
