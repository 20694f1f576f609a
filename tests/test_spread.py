"""spread(): where and when a document is cited; the commands spread, timeline, related and co-cited."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.cli import main
from dangdoc.graph.files import save
from dangdoc.graph.core import build_graph
from dangdoc.errors import DocumentNotFound
from dangdoc.views.spread import UNDATED, UNPLACED, Carrier, issue_year, level, spread

TEXT = "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị."
CORPUS = [
    # three in Quảng Nam, written three ways, in two months; the first on 2 March
    Article("qn1", "Tam Kỳ", dt.date(2017, 3, 9), None, None, "Tam Kỳ, Quảng Nam", TEXT),
    Article("qn2", "Hội An", dt.date(2017, 3, 2), None, None, "Quảng Nam", TEXT + " Lại nhắc Chỉ thị 05-CT/TW."),
    Article("qn3", "Núi Thành", dt.date(2017, 4, 20), None, None, "quảng nam", TEXT),
    # one in TP.HCM, written as the gazetteer does not
    Article("hcm", "Quận 1", dt.date(2017, 4, 1), None, None, "TP.HCM", TEXT),
    # undated, and unplaced
    Article("x", "Không ngày", None, None, None, "Hà Nội", TEXT),
    Article("y", "Không nơi", dt.date(2017, 5, 5), None, None, None, TEXT),
    # the province's committee carries it down, and a town's plan carries that down in turn
    Article("tu", "Tỉnh ủy", dt.date(2017, 6, 1), None, None, "Quảng Nam",
            "Tỉnh ủy ban hành Kế hoạch số 08-KH/TU ngày 18/10/2016 để thực hiện Chỉ thị số 05-CT/TW."),
    Article("hu", "Huyện ủy", dt.date(2017, 6, 2), None, None, "Núi Thành, Quảng Nam",
            "Huyện ủy ban hành Kế hoạch số 12-KH/HU để thực hiện Kế hoạch số 08-KH/TU ngày 18/10/2016 của Tỉnh ủy."),
]


@pytest.fixture(scope="module")
def graph():
    return build_graph(CORPUS, progress=False)


@pytest.fixture(scope="module")
def graph_file(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("g") / "g.json"
    save(graph, path)
    return str(path)


def test_counts_by_province_and_month(graph):
    s = spread(graph, "05-CT/TW")
    assert s.articles == 7  # qn2 cites twice and counts once; hu cites only the plan
    assert dict(s.by_province) == {"Quảng Nam": 4, "Hồ Chí Minh": 1, "Hà Nội": 1, UNPLACED: 1}
    assert s.by_province[0] == ("Quảng Nam", 4) and s.by_province[-1] == (UNPLACED, 1)
    assert s.by_month == (("2017-03", 2), ("2017-04", 2), ("2017-05", 1), ("2017-06", 1), (UNDATED, 1))
    assert (s.placed, s.dated) == (6, 6)


def test_first_citation_per_province(graph):
    first = {p: (d, a) for p, d, a in spread(graph, "05-CT/TW").first}
    assert first["Quảng Nam"] == (dt.date(2017, 3, 2), "qn2")  # not qn1, read first but dated later
    assert first["Hồ Chí Minh"] == (dt.date(2017, 4, 1), "hcm")
    assert "Hà Nội" not in first  # its only article is undated


def test_carriers_follow_relations_down(graph):
    carriers = spread(graph, "05-CT/TW").carriers
    assert [(c.key.split(" ")[0], c.relation) for c in carriers] == [("08-KH/TU", "implements"), ("12-KH/HU", "implements")]
    assert isinstance(carriers[0], Carrier) and carriers[0].articles == 2  # tu and hu cite it
    assert (carriers[0].level, carriers[1].level) == ("province", "district")


def test_rows_are_plain(graph):
    rows = spread(graph, "05-CT/TW").rows()
    assert {r["what"] for r in rows} == {"province", "month", "carrier"}
    assert json.loads(json.dumps(rows)) == rows  # nothing but strings, numbers and None
    qn = next(r for r in rows if r["name"] == "Quảng Nam")
    assert (qn["articles"], qn["first"]) == (4, "2017-03-02")


def test_unknown_document(graph):
    with pytest.raises(DocumentNotFound, match="no document in the graph matches 'XX-CT/TW'"):
        spread(graph, "XX-CT/TW")


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"issuer": "TW"}, "central"),  # the Party centre
        ({"issuer": "CP"}, "central"),  # the government
        ({"issuer": "TU", "locality": "Quảng Nam"}, "province"),  # a provincial committee
        ({"issuer": "UBND-VX", "locality": None}, "province"),  # a people's committee, place unknown
        ({"issuer": "HU"}, "district"),  # a district committee
        ({"issuer": "TU", "locality": "Quảng Yên, Quảng Ninh"}, "district"),  # a town's, by its place
    ],
)
def test_level(data, expected):
    assert level(data) == expected


@pytest.mark.parametrize(
    "data, expected",
    [
        ({"date": "2016-05-15", "key": "05-CT/TW · khóa XII"}, (2016, False)),  # its date
        ({"key": "67/2014/NĐ-CP"}, (2014, False)),  # the year in a state identifier
        ({"key": "04-NQ/TW · khóa XII", "term": "XII"}, (2016, True)),  # only its term
        ({"key": "Nghị quyết Đại hội · XI", "congress": "XI"}, (2011, True)),  # a congress
        ({"key": "35/NQ-CP"}, (None, False)),  # nothing to go by
    ],
)
def test_issue_year(data, expected):
    assert issue_year(data) == expected


def test_spread_command_table_csv_json(graph_file, capsys):
    assert main(["spread", graph_file, "05-CT/TW"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("05-CT/TW: 7 articles; 6 with a place, in 3 provinces; 6 dated")
    assert "Quảng Nam" in out and "2017-03-02" in out and "carried by 08-KH/TU" in out
    assert main(["spread", graph_file, "05-CT/TW", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == {"document": "05-CT/TW", "what": "province", "name": "Quảng Nam", "articles": "4",
                       "first": "2017-03-02", "relation": "", "target": "", "level": ""}
    assert main(["spread", graph_file, "05-CT/TW", "--format", "json"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(rows)


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<?xml"), (".png", b"\x89PNG"), (".html", b"<!DOCTYPE html>"),
                                           (".dot", b"digraph")])
def test_spread_command_draws(graph_file, tmp_path, capsys, suffix, magic):
    out = tmp_path / f"s{suffix}"
    assert main(["spread", graph_file, "05-CT/TW", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(magic)


def test_timeline_related_co_cited(graph_file, capsys):
    assert main(["timeline", graph_file, "05-CT/TW", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["period"], r["articles"]) for r in rows] == [("2017-03", "2"), ("2017-04", "2"), ("2017-05", "1"),
                                                            ("2017-06", "1")]
    assert main(["timeline", graph_file, "05-CT/TW", "--freq", "year"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2017") and "1 of 7 citing articles have no date" in out
    assert main(["related", graph_file, "05-CT/TW"]) == 0
    out = capsys.readouterr().out
    assert "08-KH/TU" in out and "—implements→" in out and "12-KH/HU" in out
    assert main(["co-cited", graph_file, "08-KH/TU", "--format", "json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["other"].split(" ")[0], r["articles"]) for r in rows] == [("05-CT/TW", 1), ("12-KH/HU", 1)]


@pytest.mark.parametrize("command", ["spread", "timeline", "related", "co-cited"])
def test_unknown_document_commands(graph_file, capsys, command):
    assert main([command, graph_file, "XX-CT/TW"]) == 1
    assert "no document in" in capsys.readouterr().err


def test_a_carrier_named_without_a_number_or_body_has_no_level_from_its_article():
    from dangdoc.corpus.articles import Article
    from dangdoc.graph.core import build_graph
    from dangdoc.views.spread import spread

    texts = {
        "report": ("Hà Nội", "Hội nghị nghe báo cáo sơ kết 1 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ "
                             "Chính trị."),
        "plan": ("Quảng Nam", "Chương trình hành động của Chính phủ thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của "
                              "Bộ Chính trị."),
    }
    graph = build_graph([Article(k, None, None, None, None, place, text) for k, (place, text) in texts.items()],
                        progress=False)
    levels = {c.key.split(" · ")[0]: c.level for c in spread(graph, "05-CT/TW").carriers}
    # the report's level is not Hà Nội's province; the Government's programme is central
    assert levels == {"báo cáo": None, "Chương trình hành động của Chính phủ": "central"}
