"""resolve_citations: from citations to documents."""

from __future__ import annotations

import datetime as dt

import pytest

from dangdoc import Catalog, Place, find_citations, resolve_citations

D = dt.date


def resolve(text, **kw):
    return resolve_citations(find_citations(text), text=text, **kw)


def keys(text, **kw):
    return [d.key for d in resolve(text, **kw)]


def test_short_form_takes_the_full_citation_of_the_same_article():
    text = "Chỉ thị số 10-CT/TW, ngày 30/3/2007 của Ban Bí thư ... tiếp tục thực hiện Chỉ thị 10-CT/TW."
    (doc, cites), = resolve(text).items()
    assert doc.key == "10-CT/TW · khóa X" and doc.date == D(2007, 3, 30) and len(cites) == 2


def test_bare_number_between_two_issuers_is_ambiguous():
    text = ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Huyện ủy ban hành Chỉ thị số 05-CT/HU. "
            "Chỉ thị số 05 được quán triệt.")
    docs = resolve(text, locality="Quảng Nam")
    bare = [d for d, cites in docs.items() if any(c.kind == "bare" for c in cites)]
    assert len(bare) == 1 and bare[0].ambiguous


def test_bare_state_number_takes_the_full_identifier():
    text = "Nghị định số 87/2015/NĐ-CP quy định ... Theo Nghị định số 87, các cơ quan ..."
    (doc, cites), = resolve(text).items()
    assert doc.key == "87/2015/NĐ-CP" and [c.kind for c in cites] == ["state", "bare"]


def test_alias_joins_its_document():
    text = ("Nghị quyết số 35-NQ/TW, ngày 22/10/2018 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 35). "
            "Nghị quyết 35 xác định ...")
    (doc, cites), = resolve(text).items()
    assert doc.key == "35-NQ/TW · khóa XII" and doc.catalogued and len(cites) == 3


def test_bare_number_with_a_body():
    (doc,) = resolve("thực hiện Chỉ thị 05 của Bộ Chính trị")
    assert doc.key == "05-CT/TW · khóa XII" and doc.catalogued and doc.date == D(2016, 5, 15)


@pytest.mark.parametrize(
    "text, key",
    [
        ("Nghị quyết số 18-NQ/TW ngày 25/10/2017", "18-NQ/TW · khóa XII"),  # the date decides
        ("Nghị quyết số 18-NQ/TW ngày 16/6/2022", "18-NQ/TW · khóa XIII"),
        ("Nghị quyết số 18-NQ/TW, năm 2022, của Ban Chấp hành Trung ương", "18-NQ/TW · khóa XIII"),  # the year
        ("Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII", "18-NQ/TW · khóa XII"),  # the term
        ("Chỉ thị số 35-CT/TW năm 2019 về đại hội", "35-CT/TW · khóa XII"),
        ("Chỉ thị số 35-CT/TW năm 2024 về đại hội", "35-CT/TW · khóa XIII"),
    ],
)
def test_reused_numbers(text, key):
    assert keys(text) == [key]


def test_reused_number_without_clue_is_ambiguous():
    (doc,) = resolve("thực hiện Nghị quyết số 18-NQ/TW của Trung ương")
    assert doc.ambiguous and not doc.catalogued
    assert sorted(c.date for c in doc.candidates) == [D(2017, 10, 25), D(2022, 6, 16)]


def test_article_date_rules_out_later_documents():
    (doc,) = resolve("thực hiện Nghị quyết số 18-NQ/TW của Trung ương", article_date=D(2019, 3, 1))
    assert doc.key == "18-NQ/TW · khóa XII" and not doc.ambiguous


def test_uncatalogued_document_is_kept_apart_by_term():
    # 25-NQ/TW of 2013 is not catalogued; the catalogued 25-NQ/TW is of 2008
    (doc,) = resolve("Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khoá XI)")
    assert doc.key == "25-NQ/TW · khóa XI" and not doc.catalogued and doc.date == D(2013, 6, 3)


def test_plenum_with_one_resolution():
    (doc,) = resolve("theo Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng")
    assert doc.key == "04-NQ/TW · khóa XII" and doc.date == D(2016, 10, 30)


def test_plenum_with_several_resolutions_is_ambiguous_unless_the_topic_decides():
    (doc,) = resolve("thực hiện Nghị quyết Trung ương 6 (khóa XII) và các nghị quyết khác")
    assert doc.ambiguous and sorted(c.id.number for c in doc.candidates) == [18, 19, 20, 21]
    (doc,) = resolve("thực hiện Nghị quyết Trung ương 6 (khóa XII) về công tác dân số trong tình hình mới")
    assert doc.key == "21-NQ/TW · khóa XII"


def test_local_documents_carry_their_place():
    text = "Quảng Nam: Tam Kỳ ... thực hiện Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ."
    (doc,) = resolve(text)
    assert doc.key == "04-NQ/TU · Quảng Nam · 2015-2020" and doc.locality == "Quảng Nam"
    (other,) = resolve("Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh ủy", locality="Hà Nội")
    assert other.key == "04-NQ/TU · Hà Nội · 2015-2020" and other != doc


def test_place_from_a_district_name():
    text = "Triển khai thực hiện Nghị quyết số 19-NQ/TU ngày 3/3/2017 của BTV Tỉnh ủy, Thị ủy Quảng Yên đã chỉ đạo"
    (doc,) = resolve(text)
    assert doc.locality == "Quảng Ninh"


def test_body_names_its_own_place():
    (doc,) = resolve("Nghị quyết số 02-NQ/TU ngày 27/6/2011 của Tỉnh ủy Thanh Hóa", locality=Place("Nghệ An"))
    assert doc.locality == "Thanh Hóa"


def test_state_numbers_restart_every_year():
    a, b = resolve("Quyết định số 1234/QĐ-TTg ngày 5/8/2019 và Quyết định số 1234/QĐ-TTg ngày 3/2/2020")
    assert (a.key, b.key) == ("1234/QĐ-TTg · 2019", "1234/QĐ-TTg · 2020")


def test_congress_national_and_local():
    nat, local = resolve("Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội lần thứ XX", locality="Tam Kỳ, Quảng Nam")
    assert nat.key == "Nghị quyết Đại hội · XIII"
    assert local.key.startswith("Nghị quyết Đại hội Đảng bộ · lần thứ XX") and local.locality == "Tam Kỳ, Quảng Nam"


# A province's or a district's Party congress, however the organisation is written: its
# own name, or its level alone in an article placed there; one key for each. The corpus had
# "Đảng bộ thành phố Hà Nội · lần thứ XVI", "Đảng bộ thành phố · lần thứ XVI · Hà Nội" and
# "Đảng bộ Thành phố · lần thứ XVI · Hoàn Kiếm, Hà Nội" as three documents.
@pytest.mark.parametrize(
    "organisation, locality, key",
    [
        ("Đảng bộ TP.HCM", "Hà Nội", "Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh · lần thứ X"),
        ("Đảng bộ Thành phố Hồ Chí Minh", None, "Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh · lần thứ X"),
        ("Đảng bộ thành phố", "TP.HCM", "Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh · lần thứ X"),
        ("Đảng bộ TP", "Quận 1, Hồ Chí Minh", "Nghị quyết Đại hội Đảng bộ thành phố Hồ Chí Minh · lần thứ X"),
        ("Đảng bộ tỉnh", "Bạch Thông, Bắc Kạn", "Nghị quyết Đại hội Đảng bộ tỉnh Bắc Kạn · lần thứ X"),
        ("Đảng bộ tỉnh Bắc Kạn", "Hà Nội", "Nghị quyết Đại hội Đảng bộ tỉnh Bắc Kạn · lần thứ X"),
        ("Đảng bộ thành phố Kon Tum", None, "Nghị quyết Đại hội Đảng bộ thành phố Kon Tum, Kon Tum · lần thứ X"),
        ("Đảng bộ thành phố", "Kon Tum, Kon Tum", "Nghị quyết Đại hội Đảng bộ thành phố Kon Tum, Kon Tum · lần thứ X"),
        ("Đảng bộ huyện", "Thọ Xuân, Thanh Hóa", "Nghị quyết Đại hội Đảng bộ huyện Thọ Xuân, Thanh Hóa · lần thứ X"),
        # not an organisation of a place, or its place at that level not known: as written, with the article's place
        ("Đảng bộ huyện", "Thanh Hóa", "Nghị quyết Đại hội Đảng bộ huyện · lần thứ X · Thanh Hóa"),
        ("Đảng bộ thành phố", "Thọ Xuân, Thanh Hóa", "Nghị quyết Đại hội Đảng bộ thành phố · lần thứ X · Thọ Xuân, Thanh Hóa"),
        # an organisation of the whole country: no place, wherever the article is
        ("Đảng bộ Quân đội", "Hải Phòng", "Nghị quyết Đại hội Đảng bộ Quân đội · lần thứ X"),
        ("Đảng bộ xã", "Thanh Miện, Hải Dương", "Nghị quyết Đại hội Đảng bộ xã · lần thứ X · Thanh Miện, Hải Dương"),
    ],
)
def test_congress_of_a_place_has_one_key_however_written(organisation, locality, key):
    (doc,) = resolve(f"thực hiện Nghị quyết Đại hội {organisation} lần thứ X về", locality=locality)
    assert doc.key == key


def test_bare_number_alone_is_ambiguous():
    # a decree, so the Government's; but of which year the text does not say
    (doc,) = resolve("theo Nghị định 49 mới ban hành")
    assert doc.ambiguous and doc.key == "49/NĐ-CP · ?"
    assert all((c.id.type, c.id.number, c.id.issuer) == ("NĐ", 49, "CP") for c in doc.candidates)


def test_users_add_their_own_catalogue(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("type,number,issuer,date,body,term,plenum,title,source,certainty\n"
                     "NQ,25,TW,2013-06-03,Ban Chấp hành Trung ương,XI,7,về công tác dân vận,my notes,high\n",
                     encoding="utf-8")
    catalog = Catalog.default().with_csv(extra)
    (doc,) = resolve("Nghị quyết số 25-NQ/TW, ngày 03/6/2013", catalog=catalog)
    assert doc.catalogued and doc.key == "25-NQ/TW · khóa XI" and doc.source == "my notes"


def test_seeds_must_show(shared):
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in (shared / "seeds").glob("*.txt")}

    def by_text(seed):
        out = {}
        for doc, cites in resolve(seeds[seed]).items():
            for c in cites:
                out.setdefault(" ".join(c.text.split()), set()).add(doc)
        return out

    s001 = by_text("001")
    (tw4_xi,) = s001["Nghị quyết T.Ư 4 (khóa XI)"]
    assert tw4_xi.key == "12-NQ/TW · khóa XI" and tw4_xi.date == D(2012, 1, 16)
    (tw4_xii,) = s001["khóa XII"]
    assert tw4_xii.key == "04-NQ/TW · khóa XII" and tw4_xii.date == D(2016, 10, 30)
    (nq19,) = s001["Nghị quyết số 19-NQ/TU ngày 3/3/2017 của BTV Tỉnh ủy"]
    assert nq19.locality == "Quảng Ninh"

    docs003 = resolve(seeds["003"])
    kl21 = [d for d in docs003 if d.id is not None and str(d.id) == "21-KL/TW"]
    assert len(kl21) == 1 and len(docs003[kl21[0]]) == 2 and kl21[0].date == D(2021, 10, 25)

    s000 = by_text("000")
    (nq25,) = [d for k, ds in s000.items() if "25-NQ/TW" in k for d in ds]
    assert nq25.date == D(2013, 6, 3) and nq25.key == "25-NQ/TW · khóa XI"
    (nq04,) = [d for k, ds in s000.items() if "04-NQ/TU" in k for d in ds]
    assert nq04.locality == "Quảng Nam"


# -- using everything the text says (issue 12) ---------------------------------------

# (text, what to resolve: the key of the document of the citation that starts at the
# given surface, its year, how that year is known)
USE_THE_TEXT = [
    # a year written after the number, without a code: a Nghị định is the Government's
    ("Ngư dân đóng tàu theo Nghị định 67/2014 từ năm trước.", "Nghị định 67/2014", "67/2014/NĐ-CP", 2014, "written"),
    # the same for a circular of a ministry the words name
    ("Theo Thông tư 15/2015 của Bộ Tài chính, các đơn vị ...", "Thông tư 15/2015", "15/2015/TT-BTC", 2015, "written"),
    # the date after a bare number gives the year; the body the issuer
    ("Nghị định 49 ngày 24/4/2017 của Chính phủ quy định ...", "Nghị định 49", "49/2017/NĐ-CP", 2017, "written"),
    # "năm 2014" after a code without a year: the decree of that year
    ("thực hiện Nghị định 67/NĐ-CP năm 2014 của Chính phủ", "Nghị định 67/NĐ-CP", "67/2014/NĐ-CP", 2014, "written"),
    # a Government resolution written with a year it does not carry
    ("Nghị quyết 35/2016/NQ-CP về hỗ trợ doanh nghiệp", "Nghị quyết 35/2016/NQ-CP", "35/NQ-CP · 2016", 2016, "written"),
    # a letter dated by the clause before it ("Ngày ..., X đã có văn bản số ...")
    ("Trước đó, ngày 10/8/2016, UBND huyện Yên Thành đã có văn bản số 763/UBND-TNMT trả lời.",
     "văn bản số 763", "763/UBND-TNMT · Nghệ An · 2016", 2016, "date"),
    # a letter cited without a date: the year of the article
    ("Bộ vừa ký công văn số 301/BGDĐT-GDMN yêu cầu Sở làm rõ vụ việc.", "công văn số 301", "301/BGDĐT-GDMN · 2017",
     2017, "article"),
    # a ministry's decision cited without a date, dated by "chiều ngày 8.2.2017" before it
    ("Chiều ngày 8.2.2017, Bộ trưởng đã ra Quyết định số 376/QĐ-BCT thành lập Hội đồng.", "Quyết định số 376",
     "376/QĐ-BCT · 2017", 2017, "date"),
    # a year that opens the clause, with a verb that issues: the decree of that year
    ("Năm 2014, Chính phủ ban hành Nghị định 24 quy định tổ chức cơ quan chuyên môn.", "Nghị định 24",
     "24/2014/NĐ-CP", 2014, "date"),
    # ... and the next decree of the same list takes it too
    ("Năm 2014, Chính phủ ban hành Nghị định 24, Nghị định 37 quy định số cấp phó.", "Nghị định 37",
     "37/2014/NĐ-CP", 2014, "date"),
    # an old decision of a city dated by "từ năm 2008" before it, not by the article
    ("Từ năm 2008, UBND TP ban hành Quyết định 74 về quản lý lòng đường, vỉa hè.", "Quyết định 74",
     "74/QĐ-UBND · 2008", 2008, "date"),
    # a ministry named in the press's short form before a bare letter: its issuer, and the year of the day
    ("Ngày 2/6, Bộ VHTT&DL có Văn bản số 2383 gửi Hiệp hội Du lịch.", "Văn bản số 2383", "2383/BVHTTDL · 2017",
     2017, "date"),
    # "Văn bản số 119" after "Văn bản số 119/BC-BCT" in the same article: that report
    ("Ngày 30/11/2016, Bộ trưởng đã ký Văn bản số 119/BC-BCT giải trình. Cùng Văn bản số 119 nêu trên, Bộ gửi báo cáo.",
     "Văn bản số 119 nêu", "119/BC-BCT · 2016", 2016, "date"),
]


@pytest.mark.parametrize("text, surface, key, year, basis", USE_THE_TEXT)
def test_what_the_text_says_completes_the_identity(text, surface, key, year, basis):
    docs = resolve(text, period=2017)
    (doc,) = [d for d, cites in docs.items() if any(c.start == text.index(surface) for c in cites)]
    assert (doc.key, doc.year, doc.basis) == (key, year, basis)
    assert not doc.ambiguous


# (text, surface, the key read, the note's start): writer errors kept as written, read as meant
WRITER_ERRORS = [
    # the Government issues no Quyết định: the Prime Minister's
    ("kinh phí thực hiện Quyết định 1880/QĐ-CP và Quyết định 309/QĐ-CP của Thủ tướng Chính phủ",
     "Quyết định 1880/QĐ-CP", "1880/QĐ-TTg · 2017", "written 1880/QĐ-CP"),
    # an issuer code that is no code, one letter from the body the text names
    ("theo Quyết định 2163/QĐ-TTP của Thủ tướng Chính phủ do Phó Thủ tướng ký",
     "Quyết định 2163/QĐ-TTP", "2163/QĐ-TTg · 2017", "written 2163/QĐ-TTP"),
    # a Party-style code on a type the Party never issues: a state body's dispatch
    ("hồ Tuyên Quang mở cửa xả đáy theo Công điện số 17-CĐ/TW nhằm giữ an toàn công trình",
     "Công điện số 17-CĐ/TW", "17/CĐ-TW · 2017", "written 17-CĐ/TW"),
    # the same for a provincial council's resolution
    ("sửa đổi Nghị quyết số 161/2010/NQ-NĐND của HĐND tỉnh về quy hoạch thủy điện",
     "Nghị quyết số 161/2010/NQ-NĐND", "161/2010/NQ-HĐND", "written 161/2010/NQ-NĐND"),
]


@pytest.mark.parametrize("text, surface, key, note", WRITER_ERRORS)
def test_writer_errors_are_read_as_meant_and_said(text, surface, key, note):
    docs = resolve(text, period=2017)
    (doc,) = [d for d, cites in docs.items() if any(c.start == text.index(surface) for c in cites)]
    assert doc.key.startswith(key) and doc.note.startswith(note)
    (cite,) = [c for c in docs[doc] if c.start == text.index(surface)]
    assert cite.text.startswith(surface)  # what was written is kept


def test_a_state_style_dispatch_of_a_central_committee_needs_no_note():
    # "17/CĐ-TW" written state-style is found as a state dispatch: the same document as
    # the Party-style "17-CĐ/TW" above, with nothing to say about how it was written
    text = "hồ Tuyên Quang mở cửa xả đáy theo Công điện số 17/CĐ-TW nhằm giữ an toàn công trình"
    ((doc, cites),) = resolve(text, period=2017).items()
    assert (doc.key, doc.year, doc.basis, doc.note, doc.ambiguous) == ("17/CĐ-TW · 2017", 2017, "article", None, False)
    assert [(c.text, c.doc.system) for c in cites] == [("Công điện số 17/CĐ-TW", "state")]


# (text, surface, key): who may issue what, and the words before a citation
ISSUERS = [
    # a bare Nghị định is the Government's; its year is still unknown
    ("Nhiều tàu đóng theo Nghị định 67 đang nằm bờ.", "Nghị định 67", "67/NĐ-CP · ?"),
    # "Chính phủ ban hành" before a bare resolution: the Government's, not the Politburo's
    ("Từ khi Chính phủ ban hành Nghị quyết 35 về hỗ trợ doanh nghiệp, ...", "Nghị quyết 35", "35/NQ-CP · ?"),
    # "Thủ tướng Chính phủ đã ký" before a bare directive
    ("Thủ tướng Chính phủ đã ký Chỉ thị 20 về chấn chỉnh thanh tra doanh nghiệp", "Chỉ thị 20", "20/CT-TTg · ?"),
    # a verb that does not issue: no issuer from the words before
    ("Thủ tướng yêu cầu thực hiện tốt Chỉ thị 20 về thanh tra", "Chỉ thị 20", "Chỉ thị 20 · ?"),
]


def test_a_bare_decision_is_not_given_the_articles_year():
    # "UBND TP ban hành Quyết định 33": a city's decision may be years old; a letter is not
    text = "UBND TP Đà Nẵng ban hành Quyết định 33 về tách thửa. UBND TP có Công văn 4611 gửi Thành ủy."
    docs = {c.text: d for d, cites in resolve(text, period=2017).items() for c in cites}
    assert docs["Quyết định 33"].year is None and docs["Quyết định 33"].id.issuer == "UBND"
    assert docs["Công văn 4611"].year == 2017 and docs["Công văn 4611"].basis == "article"


@pytest.mark.parametrize("text, surface, key", ISSUERS)
def test_issuer_from_type_and_words(text, surface, key):
    docs = resolve(text, period=2017)
    (doc,) = [d for d, cites in docs.items() if any(c.start == text.index(surface) for c in cites)]
    assert doc.key == key and doc.ambiguous


def test_period_rules_out_documents_issued_later():
    # 35-NQ/TW is of 2018: an undated 2017 article cannot cite it
    text = "Doanh nghiệp kỳ vọng vào Nghị quyết 35."
    (doc,) = resolve(text, period=2017)
    assert all(c.date is None or c.date.year <= 2017 for c in doc.candidates)
    (later,) = resolve(text, period=2019)
    assert any(c.key.startswith("35-NQ/TW") for c in later.candidates)


def test_topic_clause_off_the_only_catalogued_title_stays_undecided():
    # a catalogue whose only 33-NQ/TW is the 2014 resolution on culture; this one is about Đà Nẵng
    culture = Catalog(e for e in Catalog.default().entries if not (e.id.number == 33 and e.term == "IX"))
    text = "căn cứ vào Nghị quyết 33 của Bộ Chính trị về xây dựng và phát triển thành phố Đà Nẵng"
    (doc,) = resolve(text, period=2017, catalog=culture)
    assert doc.ambiguous
    (doc,) = resolve(text, period=2017)  # the packaged catalogue has the 2003 one on Đà Nẵng
    assert doc.key == "33-NQ/TW · khóa IX" and not doc.ambiguous
    on_topic = "theo Nghị quyết 33 của Bộ Chính trị về xây dựng và phát triển văn hóa, con người Việt Nam"
    (doc,) = resolve(on_topic, period=2017)
    assert doc.key == "33-NQ/TW · khóa XI" and not doc.ambiguous


@pytest.mark.parametrize("text", ["17", "2018-2016", "năm ngoái"])
def test_a_period_that_is_no_period_is_refused(text):
    from dangdoc.errors import DangdocError
    from dangdoc.resolve.resolver import Period

    with pytest.raises(DangdocError):
        Period.parse(text)


@pytest.mark.parametrize("text, keys", [
    # the plenum written again without its term is the one the article named with it
    ("Nghị quyết Trung ương 4 khóa XII đã nêu; Chương trình thực hiện Nghị quyết TƯ 4 cũng vậy.",
     ["04-NQ/TW · khóa XII"]),
    # two terms of one plenum in the article: the short form stays undecided
    ("Nghị quyết Trung ương 4 khóa XI và khóa XII; Nghị quyết TƯ 4 nói rõ.",
     ["04-NQ/TW · khóa XII", "Nghị quyết Trung ương 4 · 04-NQ/TW | 09-NQ/TW | 12-NQ/TW | 13-NQ/TW?",
      "Nghị quyết Trung ương 4 · khóa XI · 12-NQ/TW | 13-NQ/TW?"]),
])
def test_a_plenum_written_again_takes_the_term_the_article_gave_it(text, keys):
    assert sorted(d.key for d in resolve_citations(find_citations(text))) == keys


def test_the_national_congress_resolution_keeps_its_own_title():
    # a topic clause after it names one of its parts, which must not become the title
    text = "thực hiện Nghị quyết Đại hội XII của Đảng về vấn đề tiếp tục xử lý nợ xấu của các ngân hàng."
    (doc,) = resolve_citations(find_citations(text))
    assert (doc.key, doc.title) == ("Nghị quyết Đại hội · XII", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng")


@pytest.mark.parametrize("text, expected", [
    # a bare number with its year written is a node of that year: a 2008 mention must not
    # stamp its year on the node of the mentions that give none
    ("Theo Nghị quyết số 19/2008 về môi trường kinh doanh.", ["Nghị quyết 19/2008 · ?"]),
    ("Theo Thông tư số 15 năm 2015, các trường được phép.", ["Thông tư 15/2015 · ?"]),
    ("Theo Nghị quyết 19 về môi trường kinh doanh.", ["Nghị quyết 19 · ?"]),
    # the identifier's own year comes first, whatever year a later mention writes
    ("Nghị quyết số 19/2008 và Nghị quyết 19 năm 2017 về môi trường kinh doanh.",
     ["Nghị quyết 19/2008 · ?", "Nghị quyết 19/2017 · ?"]),
])
def test_an_unidentified_number_is_keyed_by_the_year_written(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the topic names another resolution of the plenum than the one the catalogue holds
    ("Tổng kết Nghị quyết Trung ương 6 khóa X về tiếp tục hoàn thiện thể chế kinh tế thị trường.",
     ["Nghị quyết Trung ương 6 · khóa X"]),
    ("Tổng kết Nghị quyết Trung ương 5 khóa IX về tiếp tục đổi mới cơ chế, chính sách, khuyến khích kinh tế tư nhân.",
     ["Nghị quyết Trung ương 5 · khóa IX"]),
    # the topic is the catalogued resolution's, also written short ("DNNN")
    ("Thực hiện Nghị quyết Trung ương 6 khóa X về xây dựng giai cấp công nhân.", ["20-NQ/TW · khóa X"]),
    ("Thực hiện Nghị quyết Trung ương 5 khóa XII về sắp xếp, đổi mới DNNN.", ["12-NQ/TW · khóa XII"]),
    # no topic: the catalogue decides
    ("Học tập Nghị quyết Trung ương 4 khóa XII.", ["04-NQ/TW · khóa XII"]),
])
def test_a_plenum_topic_off_every_catalogued_title_names_another_resolution(text, expected):
    assert keys(text) == expected
