#!/usr/bin/env bash
# Install dangdoc with its test dependencies, then run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/python -m pytest -q "$@"
