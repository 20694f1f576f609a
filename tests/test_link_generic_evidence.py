"""link: evidence that says nothing of a document's subject links nothing.

A link rests on the word pairs a shorthand mention ("Thông tư 22") shares with what other
articles write around a full document. A turn of phrase that could be said of any policy
("tạo thuận lợi", "quan điểm", "nâng cao chất lượng") is shared by chance: an education
article and a trade circular's only citing article both "tạo thuận lợi". A subject recurs
where it is written ("xuất khẩu than ... xuất khẩu than"), a turn of phrase is written once;
so a candidate's evidence counts only if one of its pairs recurs in the corpus's passages
that hold it, is the candidate's own (written around it in several articles), or is too
rare in the corpus to tell.
"""

from __future__ import annotations

import pytest

from dangdoc.graph.link import Cite, plan
from dangdoc.resolve.catalog import Catalog

TRADE = {"kind": "document", "doc_id": "22/2009/TT-BCT", "type": "TT", "number": 22, "issuer": "BCT",
         "system": "state", "year": 2009}
SCHOOL = {"kind": "document", "doc_id": "22/2016/TT-BGDĐT", "type": "TT", "number": 22, "issuer": "BGDĐT",
          "system": "state", "year": 2016}
PARTIAL = {"kind": "document", "doc_id": "22/TT", "type": "TT", "number": 22, "system": "state", "ambiguous": True}
OTHER = {"kind": "document", "doc_id": "10/2015/NĐ-CP", "type": "NĐ", "number": 10, "issuer": "CP",
         "system": "state", "year": 2015}

# articles on other documents that use the same turn of phrase, once each (few enough that
# the pair is not common in this small corpus: it is not ruled out for its frequency)
ELSEWHERE = [f"Nghị định 10/2015/NĐ-CP tạo thuận lợi cho {who} từ tháng {month}."
             for month, who in enumerate(["hợp tác xã", "nhà đầu tư", "người nộp hồ sơ", "hộ kinh doanh",
                                          "chủ trang trại", "người lao động"], start=1)]
ELSEWHERE.append("Nghị định 10/2015/NĐ-CP giúp giảm áp lực cho ngân sách tỉnh.")
# articles on one other document that write the same words once each: they are gathered
# around it, as the words of a subject are
PARTY = {"kind": "document", "doc_id": "04-NQ/TW", "type": "NQ", "number": 4, "issuer": "TW", "system": "party",
         "term": "XII"}
GATHERED = [f"Nghị quyết 04-NQ/TW ngăn chặn suy thoái tư tưởng chính trị, đạo đức, lối sống ở {unit}."
            for unit in ("Đảng bộ xã", "chi bộ", "Đảng ủy khối", "Sở", "huyện", "trường", "bệnh viện", "phường",
                         "doanh nghiệp")]


def corpus(trade: list[str], school: list[str], mention: str):
    """Articles writing 22/2009/TT-BCT in full (``trade``), 22/2016/TT-BGDĐT in full
    (``school``), some on two other documents, and one that writes "Thông tư 22" (``mention``)."""
    cites = [Cite(f"t{i}", "22/2009/TT-BCT", 0, "Thông tư 22/2009/TT-BCT", text) for i, text in enumerate(trade)]
    cites += [Cite(f"s{i}", "22/2016/TT-BGDĐT", 0, "Thông tư 22/2016/TT-BGDĐT", text)
              for i, text in enumerate(school)]
    cites += [Cite(f"o{i}", "10/2015/NĐ-CP", 0, "Nghị định 10/2015/NĐ-CP", text) for i, text in enumerate(ELSEWHERE)]
    cites += [Cite(f"g{i}", "04-NQ/TW", 0, "Nghị quyết 04-NQ/TW", text) for i, text in enumerate(GATHERED)]
    cites.append(Cite("m", "Thông tư 22 · ?", 0, "Thông tư 22", mention))
    docs = {"22/2009/TT-BCT": dict(TRADE), "10/2015/NĐ-CP": dict(OTHER), "04-NQ/TW": dict(PARTY),
            "Thông tư 22 · ?": dict(PARTIAL)}
    if school:
        docs["22/2016/TT-BGDĐT"] = dict(SCHOOL)
    return cites, docs, {c.article: ("2017-03-01", None) for c in cites}


TEACHERS = "Giáo viên tiểu học cho rằng Thông tư 22 tạo thuận lợi, giảm áp lực sổ sách cuối năm."
COAL = "Bộ Công Thương ban hành Thông tư 22/2009/TT-BCT, tạo thuận lợi cho doanh nghiệp."

# (articles writing the trade circular, the school circular, the mention's words,
# where it must land: None for undecided)
CASES = [
    # only the turn of phrase is shared ("tạo thuận", "thuận lợi"): no link
    ([COAL], [], TEACHERS, None),
    # ... or more words written once in each of the passages that hold them ("giảm áp lực"
    # is written around the trade circular's only article, and around another decree)
    ([COAL + " Doanh nghiệp được giảm áp lực thủ tục."], [], TEACHERS, None),
    # a subject shared, written more than once where it is written: linked
    (["Thông tư 22/2009/TT-BCT tạo thuận lợi cho xuất khẩu than; xuất khẩu than phải có giấy phép."], [],
     "Doanh nghiệp xuất khẩu than theo Thông tư 22 được tạo thuận lợi về thủ tục.", "22/2009/TT-BCT"),
    # a pair written in no other passage of the corpus is too rare to call a turn of phrase
    ([COAL + " Than cám xuất đi phải kiểm định."], [],
     "Theo Thông tư 22, than cám được tạo thuận lợi khi xuất cảng.", "22/2009/TT-BCT"),
    # words written once in each passage, but gathered around another document: a subject
    ([COAL + " Doanh nghiệp ngăn chặn suy thoái tư tưởng chính trị, đạo đức, lối sống."], [],
     "Giáo viên cho rằng Thông tư 22 tạo thuận lợi, ngăn chặn suy thoái tư tưởng chính trị, đạo đức, lối sống.",
     "22/2009/TT-BCT"),
    # a pair written around the candidate in several articles is its own, written once each
    (["Thông tư 22/2009/TT-BCT tạo thuận lợi cho mỏ than Quảng Ninh.",
      "Mỏ than Quảng Ninh xuất hàng theo Thông tư 22/2009/TT-BCT."], [],
     "Thông tư 22 tạo thuận lợi cho mỏ than Quảng Ninh.", "22/2009/TT-BCT"),
    # the school circular's subject ("đánh giá học sinh", written twice) against the trade
    # circular's turn of phrase (3 pairs against 2 were too close to call): the first alone
    # is evidence, so the mention goes there
    ([COAL],
     ["Thông tư 22/2016/TT-BGDĐT sửa cách đánh giá học sinh tiểu học; đánh giá học sinh bằng nhận xét."],
     "Giáo viên đánh giá học sinh theo Thông tư 22 tạo thuận lợi, giảm sổ sách.", "22/2016/TT-BGDĐT"),
]


@pytest.mark.parametrize("trade, school, mention, expected", CASES)
def test_generic_words_are_no_evidence(trade, school, mention, expected):
    cites, docs, articles = corpus(trade, school, mention)
    links, _ = plan(cites, docs, articles, catalog=Catalog([]), period=2017)
    assert {ln.written: ln.document for ln in links}.get("Thông tư 22 · ?") == expected


def test_refused_candidate_keeps_its_rank():
    """A mention left undecided still lists the candidate it could not be linked to."""
    cites, docs, articles = corpus([COAL], [], TEACHERS)
    plan(cites, docs, articles, catalog=Catalog([]), period=2017)
    assert docs["Thông tư 22 · ?"]["candidates"] == ["22/2009/TT-BCT"]


def test_evidence_shows_the_subject():
    """The evidence of a link is the words it rests on."""
    trade = ["Thông tư 22/2009/TT-BCT tạo thuận lợi cho xuất khẩu than; xuất khẩu than phải có giấy phép."]
    cites, docs, articles = corpus(trade, [], "Doanh nghiệp xuất khẩu than theo Thông tư 22 được tạo thuận lợi.")
    (ln,) = plan(cites, docs, articles, catalog=Catalog([]), period=2017)[0]
    assert "khẩu than" in ln.evidence and ln.confidence >= 0.5


# A local document whose place is not known ("Quyết định 33 ngày 15-10-2014 của UBND TP" in
# an article no place has a majority in) is partial: every province has a decision 33 of
# 2014. It is linked to the one the corpus writes in full with a place when its words
# single that one out (a researcher found TP.HCM's decision on splitting land plots as two
# documents), and not on words that could be said of any decision; another year does not fit.
HCM_33 = "Theo Quyết định số 33/2014/QĐ-UBND của UBND TP.HCM quy định diện tích tối thiểu được tách thửa, người dân phải xin phép."


@pytest.mark.parametrize("text, expected", [
    ("Nhiều chủ đất lách Quyết định 33 ngày 15-10-2014 của UBND TP về diện tích tối thiểu được tách thửa.",
     "33/2014/QĐ-UBND · Hồ Chí Minh"),
    ("Thực hiện Quyết định 33 ngày 2-3-2014 của UBND tỉnh về tạo thuận lợi cho doanh nghiệp.", "33/QĐ-UBND · 2014"),
    ("Nhiều chủ đất lách Quyết định 33 ngày 15-10-2015 của UBND TP về diện tích tối thiểu được tách thửa.",
     "33/QĐ-UBND · 2015"),
])
def test_a_local_document_without_its_place_is_linked_by_its_words(text, expected):
    from dangdoc import Article, build_graph

    arts = [Article(f"a{i}", None, None, None, None, "TP.HCM", HCM_33) for i in range(3)]
    arts.append(Article("b", None, None, None, None, None, text))
    g = build_graph(arts, progress=False, period=2017)
    assert [v[4:] for _, v in g.graph.out_edges("article:b")] == [expected]


def test_a_document_of_the_national_assembly_standing_committee_takes_no_place():
    """"UBTVQH13" is the Standing Committee of the 13th legislature, a central issuer: its
    documents were keyed with the article's place ("916/UBTVQH13 · Huế · 2015")."""
    from dangdoc import find_citations, resolve_citations

    text = "Theo Nghị quyết số 916/2015/UBTVQH13 của Ủy ban Thường vụ Quốc hội về thành lập phường."
    (doc,) = resolve_citations(find_citations(text), text=text, locality="Thừa Thiên Huế")
    assert doc.key == "916/2015/UBTVQH13 · Nghị quyết" and doc.locality is None
