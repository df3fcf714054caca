#!/usr/bin/env bash
# Installs what NetGraph needs on Debian (idempotent, no prompts), then builds in release mode.
#   Scripts/setup.sh            system packages + release build
#   Scripts/setup.sh --no-build system packages only
#   Scripts/setup.sh --venv     also the test-only Python virtualenv (.venv-test) for round-trip tests
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libgraphviz-dev graphviz fonts-noto-cjk pkg-config; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "setup: installing ${need[*]}" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

build=1
venv=0
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --venv) venv=1 ;;
    *) echo "setup: unknown option $arg (use --no-build or --venv)" >&2; exit 2 ;;
  esac
done

if [ "$venv" -eq 1 ]; then
  Scripts/make_test_venv.sh
fi

if [ "$build" -eq 1 ]; then
  swift build -c release --product netgraph >&2
fi
