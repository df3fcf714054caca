#!/usr/bin/env bash
# Creates .venv-test (test-only; never a runtime dependency) with the real readers used by
# the round-trip tests. Idempotent: an existing venv with the pinned packages is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-test/bin/python ]; then
  python3 -m venv .venv-test
fi
.venv-test/bin/python -m pip install --quiet --disable-pip-version-check -r Scripts/test-requirements.txt >&2
