#!/usr/bin/env bash
# Install dangdoc, then run the main job on the example articles in examples/articles:
# build the citation graph, ask who cites 05-CT/TW, and draw into out/: the graph, the
# documents alone (by issue year and level), and where and when 05-CT/TW is cited.
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
$dangdoc render out/graph.json -o out/documents.svg --view documents --title "examples: the documents"
$dangdoc spread out/graph.json 05-CT/TW -o out/spread-05-CT-TW.svg
$dangdoc annotate examples/articles/tam-ky-xay-dung-dang.txt -o out/tam-ky.html
echo
# the same articles kept as a column table (the way to keep a corpus of any size), asked again
rm -rf out/corpus
$dangdoc build examples/articles -o out/corpus -q
$dangdoc top out/corpus -n 5
echo
echo "Open out/graph.html in a browser: the graph, offline; click a document to see who cites it."
echo "out/documents.svg: the documents by issue year and level; out/spread-05-CT-TW.svg: where and when 05-CT/TW is cited."
