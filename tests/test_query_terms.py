"""A query that writes a term ("Chỉ thị 05 khóa XII") names the Party documents of that term.

State documents have no term and never answer such a query; nor do central Party documents
of another term, local Party documents (their committee has its own terms), or an
undecided reference none of whose candidates is of that term. A central Party document whose
term is not known answers when its year allows. The graph, the SQLite store and the column
table answer alike.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc.corpus.articles import Article
from dangdoc.corpus.pipeline import read_article
from dangdoc.graph.columns import MentionTable
from dangdoc.graph.core import build_graph, of_term
from dangdoc.graph.store import Store

TEXTS = {
    "party-xii": "Các chi bộ học tập Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về làm theo Bác.",
    "state": "Thủ tướng ban hành Chỉ thị số 05/CT-TTg ngày 28/2/2017 về chấn chỉnh kỷ luật hành chính.",
    "party-ii": "Ngày 12-5-1951, Ban Bí thư ra Chỉ thị số 05-CT/TW về tổ chức công an.",
    "local": "Ban Thường vụ Tỉnh ủy Quảng Nam ban hành Chỉ thị số 05-CT/TU về phòng chống tham nhũng.",
    "undated-1951": "Năm 1951, Ban Bí thư ban hành Chỉ thị số 07-CT/TW về công tác tình báo.",
    "state-217": "Bộ Văn hóa có Quyết định số 217/QĐ-BVHTTDL ngày 20/1/2017 về lễ hội.",
    "party-217": "Ngày 12/12/2013, Bộ Chính trị có Quyết định 217-QĐ/TW về giám sát và phản biện xã hội.",
    "plenum-xi": "Kiểm điểm theo Nghị quyết Trung ương 4 khóa XI về một số vấn đề cấp bách về xây dựng Đảng.",
    "plenum-xii": "Học tập Nghị quyết Trung ương 4 khóa XII về tăng cường xây dựng, chỉnh đốn Đảng.",
}
ARTICLES = [Article(ident, None, dt.date(2017, 6, 1), None, None, None, text) for ident, text in TEXTS.items()]


@pytest.fixture(scope="module")
def answerers(tmp_path_factory):
    graph = build_graph(ARTICLES, progress=False, period=2017)
    table = MentionTable.from_records([read_article(a, period=2017) for a in ARTICLES])
    table.link(period=2017)
    store = Store(tmp_path_factory.mktemp("store") / "q.db")
    store.add(ARTICLES, progress=False, period=2017)
    yield {"graph": graph, "table": table, "store": store}
    store.close()


@pytest.mark.parametrize("query, expected", [
    # the written term keeps the Party document of that term, not the state one of that number
    ("Chỉ thị 05 khóa XII", ["05-CT/TW · khóa XII"]),
    ("Chỉ thị số 05 khóa XII", ["05-CT/TW · khóa XII"]),
    ("Chi thi 05 khoa XII", ["05-CT/TW · khóa XII"]),
    ("05-CT/TW khóa XII", ["05-CT/TW · khóa XII"]),
    ("Chỉ thị 05 khóa II", ["05-CT/TW · khóa II"]),
    ("Chỉ thị 05 khóa XI", []),
    ("Quyết định 217 khóa XI", ["217-QĐ/TW · khóa XI"]),
    # a central document whose term is unknown answers when its year falls in the term
    ("Chỉ thị 07 khóa II", ["07-CT/TW · 1951"]),
    ("Chỉ thị 07 khóa I", ["07-CT/TW · 1951"]),
    ("Chỉ thị 07 khóa XII", []),
    # without a term every document of that number answers, as before
    ("Chỉ thị 05", ["05-CT/TU", "05-CT/TW · khóa II", "05-CT/TW · khóa XII", "05/CT-TTg · 2017"]),
    ("Quyết định 217", ["217-QĐ/TW · khóa XI", "217/QĐ-BVHTTDL · 2017"]),
    # a plenum named without its topic: the resolutions of it the corpus cites (their topics
    # told them apart where they were cited)
    ("Nghị quyết Trung ương 4 khóa XI", ["12-NQ/TW · khóa XI"]),
    ("Nghị quyết Trung ương 4 (khóa XI)", ["12-NQ/TW · khóa XI"]),
    ("Nghị quyết Trung ương 4 khóa XII", ["04-NQ/TW · khóa XII"]),
    ("Nghị quyết Trung ương 4", ["04-NQ/TW · khóa XII", "12-NQ/TW · khóa XI"]),
    ("Nghị quyết Trung ương 5 khóa XII", []),
])
def test_a_written_term_names_party_documents_of_that_term(answerers, query, expected):
    for name, answerer in answerers.items():
        assert sorted(answerer.documents(query)) == expected, name


@pytest.mark.parametrize("key, fields, term, expected", [
    ("05-CT/TW · khóa XII", {"system": "party", "issuer": "TW", "term": "XII"}, "XII", True),
    ("05-CT/TW · khóa XII", {"system": "party", "issuer": "TW", "term": "XII"}, "XI", False),
    ("05/CT-TTg · 2017", {"system": "state", "issuer": "TTg", "year": 2017}, "XII", False),
    ("05-CT/TU · Quảng Nam · 2015-2020", {"system": "party", "issuer": "TU", "term": "2015-2020"}, "XII", False),
    # undecided: it answers for the terms of its candidates
    ("11-CT/TW · khóa X | khóa XII?", {"system": "party", "issuer": "TW", "ambiguous": True}, "XII", True),
    ("Chỉ thị 12 · ?", {"ambiguous": True, "candidates": ["12-CT/TW · khóa XII", "12/CT-TTg · 2016"]}, "XII", True),
    ("Chỉ thị 12 · ?", {"ambiguous": True, "candidates": ["12-CT/TW · khóa XII", "12/CT-TTg · 2016"]}, "XI", False),
    ("Chỉ thị 87 · ?", {"ambiguous": True, "candidates": []}, "XII", False),
    # a central one whose term is unknown: its year decides; the linker's guesses do not
    ("10-CT/TW", {"system": "party", "issuer": "TW", "candidates": ["10-CT/TW · khóa I"]}, "XII", True),
    ("07-CT/TW · 1951", {"system": "party", "issuer": "TW", "year": 1951}, "I", True),
    ("07-CT/TW · 1951", {"system": "party", "issuer": "TW", "year": 1951}, "XII", False),
    # a plenum's resolution not in the catalogue
    ("Nghị quyết Trung ương 9 · khóa XII", {"plenum": 9, "term": "XII"}, "XII", True),
    # named without a number
    ("Chương trình hành động của Tỉnh ủy khóa XII · không số · a@3", {"unnumbered": True}, "XII", False),
])
def test_which_documents_are_of_a_term(key, fields, term, expected):
    assert of_term(key, fields, term) is expected
