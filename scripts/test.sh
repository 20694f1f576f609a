#!/usr/bin/env bash
# Install dangdoc with its test dependencies, then run every test. With ../shared beside
# the repository (as in CI) it also checks accuracy on the dev gold set against a floor.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
.venv/bin/python -m pytest -q -rP --show-capture=stdout "$@"  # -rP: also what passing tests print (the kill-and-resume figures)
if [ -f ../shared/gold/dev.jsonl ]; then
    echo "== accuracy on the dev and seed gold sets"
    echo "   floors: span F1 0.97, identity F1 0.95, dates 0.97; relations on dev: precision 0.58, recall 0.95;"
    echo "   on the news gold: precision 0.95, recall 0.85, false alarms on its negatives at most 0.1"
    .venv/bin/dangdoc evaluate ../shared/gold/dev.jsonl ../shared/gold/seeds.jsonl \
        --min-f1 0.97 --min-identity-f1 0.95 --min-date-accuracy 0.97
    .venv/bin/dangdoc evaluate ../shared/gold/dev.jsonl --relations ../shared/gold/dev-relations.jsonl \
        --min-relation-precision 0.58 --min-relation-recall 0.95 | tail -n 1
    .venv/bin/dangdoc evaluate ../shared/gold/dev.jsonl --texts ../shared/corpus/news-2017.jsonl.gz \
        --relations ../shared/gold/relations-news.jsonl --relations ../shared/gold/relations-news-negatives.jsonl \
        --min-relation-precision 0.95 --min-relation-recall 0.85 --max-false-alarm-rate 0.1 | tail -n 6
fi
if [ -f ../shared/gold/linking-dev.jsonl ]; then echo "== linking on the news corpus (floors: exact 0.75, wrong 0.03)"; g="$(mktemp -d)/news.json"; .venv/bin/dangdoc build ../shared/corpus/news-2017.jsonl.gz --period 2017 -j 2 -q -o "$g" >/dev/null && .venv/bin/dangdoc evaluate ../shared/gold/seeds.jsonl --linking ../shared/gold/linking-dev.jsonl --graph "$g" --min-linking-exact 0.75 --max-linking-wrong 0.03 | tail -n 1; fi
