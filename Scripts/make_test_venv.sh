#!/usr/bin/env bash
# Creates .venv-test: the test-only Python virtualenv holding the real readers the
# round-trip tests run (Tests/roundtrip/check_export.py): networkx and python-igraph,
# pinned in Scripts/test-requirements.txt. Never a runtime dependency of netgraph.
# Idempotent: an existing venv whose installed pins match the requirements file is kept
# without touching the network; a broken or outdated one is repaired.
#   PYTHON=python3.12 Scripts/make_test_venv.sh   # choose the interpreter (>= 3.11)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
requirements=Scripts/test-requirements.txt
stamp=.venv-test/.requirements.sha256

apt_install() {
  command -v apt-get >/dev/null || return 0
  local SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "make_test_venv: installing $*" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}
# Debian ships python3's venv/ensurepip separately (python3-venv); install what is missing
# (only for the default interpreter; a PYTHON given by the caller is theirs to provide).
if [ "$python" != python3 ]; then
  :
elif ! command -v "$python" >/dev/null; then
  apt_install python3 python3-venv
elif ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  apt_install python3-venv
fi
if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
  echo "make_test_venv: $python is missing or older than 3.11 (networkx 3.6 needs 3.11+); set PYTHON=..." >&2
  exit 1
fi
if [ ! -x .venv-test/bin/python ] || ! .venv-test/bin/python -c 'import sys' 2>/dev/null; then
  rm -rf .venv-test
  "$python" -m venv .venv-test
fi
want=$(sha256sum "$requirements" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
  .venv-test/bin/python -c 'import networkx, igraph' 2>/dev/null; then
  exit 0
fi
.venv-test/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements" >&2
.venv-test/bin/python -c 'import networkx, igraph; print("make_test_venv: networkx", networkx.__version__, "igraph", igraph.__version__)' >&2
echo "$want" > "$stamp"
