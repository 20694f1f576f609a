#!/usr/bin/env bash
# Install dangdoc, then run the main job on the example articles in examples/articles:
# build the citation graph, ask who cites 05-CT/TW, and draw the graph into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p out
dangdoc=.venv/bin/dangdoc
$dangdoc build examples/articles -o out/graph.json -q
echo
$dangdoc cites out/graph.json 05-CT/TW
echo
$dangdoc render out/graph.json -o out/graph.svg --title "examples"
$dangdoc render out/graph.json -o out/graph.html --title "examples"
$dangdoc annotate examples/articles/tam-ky-xay-dung-dang.txt -o out/tam-ky.html
echo
echo "Open out/graph.html in a browser: the graph, offline; click a document to see who cites it."
