#!/usr/bin/env bash
# The project's test command (README, .ci/run): system packages and the test-only Python
# virtualenv for round-trip checks, then the whole Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
Scripts/setup.sh --no-build --venv
swift test "$@"
