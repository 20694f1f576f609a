"""Accuracy on the hand-annotated passages in ../shared/gold (skipped without them)."""

from __future__ import annotations

import json

from dangdoc import evaluate, find_citations

# The floors the issue sets; CI also runs `dangdoc evaluate` with them (scripts/test.sh).
MIN_SPAN_F1, MIN_IDENTITY_F1, MIN_DATE_ACCURACY = 0.97, 0.95, 0.97


def test_dev_and_seed_scores_stay_above_the_floor(shared):
    scores = evaluate([shared / "gold" / "dev.jsonl", shared / "gold" / "seeds.jsonl"])
    report = scores.report(verbose=True)
    assert scores.f1 >= MIN_SPAN_F1, report
    assert scores.identity_f1 >= MIN_IDENTITY_F1, report
    assert scores.date_accuracy >= MIN_DATE_ACCURACY, report


def test_every_seed_citation_found_with_its_fields(shared):
    for line in (shared / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        found = find_citations(passage["text"])
        for g in passage["citations"]:
            if g.get("form") == "named":
                continue
            match = [c for c in found if c.start < g["end"] and g["start"] < c.end]
            assert match, (passage["id"], g["surface"])
            c = match[0]
            where = (passage["id"], g["surface"], c)
            if g.get("number"):
                assert c.doc.number == int(g["number"]), where
                assert c.doc.type.upper().startswith(g["type"].upper()[:2]), where
                assert c.doc.issuer == g["issuer"], where
            if g.get("date"):
                assert c.date.isoformat() == g["date"], where
            if g.get("plenum"):
                assert (c.plenum, c.term) == (g["plenum"], g["term"]), where
            if g.get("congress"):
                assert c.congress == g["congress"], where


def test_no_false_alarms_in_passages_without_citations(shared):
    for line in (shared / "gold" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        passage = json.loads(line)
        if not passage["citations"]:
            assert find_citations(passage["text"]) == [], passage["id"]
