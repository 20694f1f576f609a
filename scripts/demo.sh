#!/usr/bin/env bash
# Install dangdoc, then run it on the example articles in examples/articles.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/dangdoc extract examples/articles/*.txt
