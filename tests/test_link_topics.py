"""link: what a mention's own words say of its topic (issue 16).

A partial mention often says what its document is about: a topic clause ("Nghị quyết
35/NQ-CP về hỗ trợ doanh nghiệp") or a clause that reads like a title ("Nghị định 67 quy
định chi tiết Luật phòng, chống tác hại của thuốc lá"). Linking must not send it to a
candidate on another topic, however many words the paragraph around shares with that
candidate by chance, and must send it to the candidate whose title it names, however
common the words of that title are in the corpus.
"""

from __future__ import annotations

import pytest

from dangdoc.graph.link import Cite, plan
from dangdoc.resolve.catalog import Catalog

# what the articles that write Nghị định 67/2014/NĐ-CP in full say around it (a session
# of the Government that discussed it, and the fishing boats it pays for)
FISHING = ("Phiên họp Chính phủ thảo luận việc ngư dân vay vốn đóng tàu cá vỏ thép theo Nghị định 67/2014/NĐ-CP, "
           "nhiều tàu cá nằm bờ.")
DECREE_67 = {"kind": "document", "doc_id": "67/2014/NĐ-CP", "type": "NĐ", "number": 67, "issuer": "CP",
             "system": "state", "year": 2014}
PARTIAL_67 = {"kind": "document", "doc_id": "67/NĐ-CP", "type": "NĐ", "number": 67, "issuer": "CP",
              "system": "state", "ambiguous": True}
TOBACCO_ROW = "NĐ,67,CP,2013-06-27,Chính phủ,,,quy định chi tiết Luật phòng chống tác hại của thuốc lá,my notes,high\n"


def fishing_corpus(text, surface, topic=None, title=None):
    cites = [Cite(f"f{i}", "67/2014/NĐ-CP", 0, "Nghị định 67/2014/NĐ-CP", FISHING) for i in range(3)]
    cites.append(Cite("p", "67/NĐ-CP · ?", 0, surface, text, topic))
    docs = {"67/2014/NĐ-CP": {**DECREE_67, "title": title}, "67/NĐ-CP · ?": dict(PARTIAL_67)}
    return cites, docs, {a.article: (None, None) for a in cites}


# (the partial mention's words, its topic clause as the finder reads it, catalogue rows
# added, where it must land: None for undecided)
OWN_WORDS = [
    # a clause that reads like a title, on another topic than the only candidate: the
    # paragraph shares "phiên họp", "thảo luận" with it by chance
    ("Phiên họp thảo luận dự thảo sửa đổi Nghị định 67 quy định chi tiết Luật phòng, chống tác hại của thuốc lá.",
     None, "", None),
    # ... written with "hướng dẫn về", "về" (read by the finder), or a comma before it
    ("Phiên họp thảo luận dự thảo Nghị định 67 hướng dẫn về kinh doanh thuốc lá.", None, "", None),
    ("Phiên họp thảo luận dự thảo sửa đổi Nghị định 67 về kinh doanh thuốc lá.", "kinh doanh thuốc lá", "", None),
    ("Phiên họp thảo luận dự thảo Nghị định 67, quy định về kinh doanh thuốc lá.", None, "", None),
    # a clause on the candidate's topic, in words its title lacks but its articles use
    ("Phiên họp thảo luận Nghị định 67 quy định về việc ngư dân được vay vốn đóng tàu cá vỏ thép.", None, "",
     "67/2014/NĐ-CP"),
    # "quy định" as the verb of the writer's sentence, not a title: the words around decide
    ("Phiên họp thảo luận Nghị định 67 quy định trong vòng 15 ngày phải cấp giấy phép.", None, "",
     "67/2014/NĐ-CP"),
    ("Phiên họp thảo luận Nghị định 67 về hỗ trợ ngư dân đóng tàu cá.", "hỗ trợ ngư dân đóng tàu cá", "",
     "67/2014/NĐ-CP"),
    # no clause: the words around decide, as before
    ("Phiên họp thảo luận việc ngư dân đóng tàu cá theo Nghị định 67.", None, "", "67/2014/NĐ-CP"),
    # the catalogue names the tobacco decree in full: the clause sends the mention there
    ("Phiên họp thảo luận dự thảo sửa đổi Nghị định 67 quy định chi tiết Luật phòng, chống tác hại của thuốc lá.",
     None, TOBACCO_ROW, "67/2013/NĐ-CP"),
]


@pytest.mark.parametrize("text, topic, rows, where", OWN_WORDS)
def test_a_mention_on_another_topic_than_a_candidate_is_not_sent_there(text, topic, rows, where):
    surface = "Nghị định 67"
    cites, docs, articles = fishing_corpus(text, surface, topic)
    # the packaged catalogue without the tobacco decree (it has it), and the rows of the case
    without = Catalog(e for e in Catalog.default().entries if str(e.id) != "67/2013/NĐ-CP")
    catalog = without.with_csv_text("type,number,issuer,date,body,term,plenum,title,source,certainty\n" + rows)
    links, _ = plan(cites, docs, articles, catalog=catalog, period=2017)
    assert {ln.article: ln.document for ln in links}.get("p") == where


def test_the_off_topic_test_reads_every_title_a_candidate_has():
    # the corpus's own title of 67/2014/NĐ-CP is a writer's phrase; the catalogue's is the title
    text = "Phiên họp thảo luận Nghị định 67 về chính sách phát triển thủy sản."
    cites, docs, articles = fishing_corpus(text, "Nghị định 67", "chính sách phát triển thủy sản",
                                           title="đóng tàu vỏ thép")
    links, _ = plan(cites, docs, articles, period=2017)
    assert [(ln.article, ln.document) for ln in links] == [("p", "67/2014/NĐ-CP")]


# a corpus where "hỗ trợ" and "doanh nghiệp" are written around many mentions of other
# documents: common words, which say nothing of a topic when they are merely around
COMMON = [Cite(f"c{i}", f"{100 + i}/2016/NĐ-CP", 0, f"Nghị định {100 + i}/2016/NĐ-CP",
               f"Chương trình hỗ trợ doanh nghiệp nhỏ theo Nghị định {100 + i}/2016/NĐ-CP, vùng {i}.")
          for i in range(30)]
COMMON_DOCS = {c.document: {"kind": "document", "doc_id": c.document, "type": "NĐ", "number": 100 + i,
                            "issuer": "CP", "system": "state", "year": 2016} for i, c in enumerate(COMMON)}
RESOLUTION_35 = {"kind": "document", "doc_id": "35/NQ-CP", "type": "NQ", "number": 35, "issuer": "CP",
                 "system": "state", "ambiguous": True}
DECREE_174 = {"kind": "document", "doc_id": "174/NĐ-CP", "type": "NĐ", "number": 174, "issuer": "CP",
              "system": "state", "ambiguous": True}
SERIES = ("NQ,77,CP,2014-10-24,Chính phủ,,,về thí điểm tự chủ của trường đại học công lập,my notes,high\n"
          "NQ,77,CP,2015-10-20,Chính phủ,,,về thí điểm tự chủ của trường đại học công lập,my notes,high\n")
RESOLUTION_77 = {**RESOLUTION_35, "number": 77, "doc_id": "77/NQ-CP"}

# (the mention: key, fields, surface, words, topic; catalogue rows added; where it must land)
NAMED = [
    # the topic clause is the title of the only candidate that fits (the catalogue's
    # 35/NQ-CP of 2016): linked, though its words are common in the corpus
    ("35/NQ-CP · ?", RESOLUTION_35, "Nghị quyết số 35/NQ-CP",
     "Bộ triển khai Nghị quyết số 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đến năm 2020.",
     "hỗ trợ và phát triển doanh nghiệp đến năm 2020", "", "35/NQ-CP · 2016"),
    # ... a shortened title, a title followed by the writer's own words
    ("35/NQ-CP · ?", RESOLUTION_35, "Nghị quyết 35/NQ-CP",
     "Doanh nghiệp chờ Nghị quyết 35/NQ-CP về hỗ trợ, phát triển doanh nghiệp đi vào cuộc sống.",
     "hỗ trợ, phát triển doanh nghiệp đi vào cuộc sống", "", "35/NQ-CP · 2016"),
    # the title of two documents of that number (a yearly series): undecided
    ("77/NQ-CP · ?", RESOLUTION_77, "Nghị quyết 77/NQ-CP",
     "Trường được giao theo Nghị quyết 77/NQ-CP về thí điểm tự chủ của trường đại học công lập.",
     "thí điểm tự chủ của trường đại học công lập", SERIES, None),
    # words every title uses ("quy định chi tiết một số điều của Luật") name nothing
    ("174/NĐ-CP · ?", DECREE_174, "Nghị định 174/NĐ-CP",
     "Dự thảo Nghị định 174/NĐ-CP quy định chi tiết một số điều của Luật Trẻ em được góp ý.",
     None, "", None),
]


@pytest.mark.parametrize("key, fields, surface, text, topic, rows, where", NAMED)
def test_a_topic_clause_that_names_a_title_links_there(key, fields, surface, text, topic, rows, where):
    cites = [*COMMON, Cite("p", key, 0, surface, text, topic)]
    docs = {**COMMON_DOCS, key: dict(fields)}
    catalog = Catalog.default().with_csv_text("type,number,issuer,date,body,term,plenum,title,source,certainty\n"
                                              + rows)
    links, _ = plan(cites, docs, {c.article: (None, None) for c in cites}, catalog=catalog, period=2017)
    assert {ln.article: ln.document for ln in links}.get("p") == where


def test_a_named_title_is_the_evidence_shown():
    cites = [*COMMON, Cite("p", "35/NQ-CP · ?", 0, "Nghị quyết 35/NQ-CP",
                           "Bộ triển khai Nghị quyết 35/NQ-CP về hỗ trợ và phát triển doanh nghiệp đến năm 2020.",
                           "hỗ trợ và phát triển doanh nghiệp đến năm 2020")]
    docs = {**COMMON_DOCS, "35/NQ-CP · ?": dict(RESOLUTION_35)}
    links, added = plan(cites, docs, {c.article: (None, None) for c in cites}, period=2017)
    (ln,) = [ln for ln in links if ln.article == "p"]
    assert ln.evidence.startswith("the catalogue's 35/NQ-CP · 2016 is about ") and "hỗ trợ" in ln.evidence
    assert "35/NQ-CP · 2016" in added


def test_the_words_that_number_a_term_or_a_meeting_are_no_topic():
    # the articles that write 12-NQ/TW and the mention share only "khóa XII, lần thứ năm":
    # parts of the citations, not what either is about
    around = "Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XII bàn về doanh nghiệp nhà nước."
    cites = [Cite(f"f{i}", "12-NQ/TW · khóa XII", 0, "Nghị quyết 12-NQ/TW", around) for i in range(3)]
    cites.append(Cite("p", "Nghị quyết 12 · ?", 0, "Nghị quyết 12",
                      "Tỉnh tổng kết khóa XII, lần thứ năm; Nghị quyết 12 bàn về du lịch biển đảo."))
    docs = {"12-NQ/TW · khóa XII": {"kind": "document", "doc_id": "12-NQ/TW", "type": "NQ", "number": 12,
                                    "issuer": "TW", "system": "party", "term": "XII"},
            "Nghị quyết 12 · ?": {"kind": "document", "type": "NQ", "number": 12, "ambiguous": True}}
    links, _ = plan(cites, docs, {c.article: (None, None) for c in cites}, catalog=Catalog([]), period=2017)
    assert links == []
