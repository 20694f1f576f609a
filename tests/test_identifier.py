"""parse_id, is_valid_id, format_id: real forms, errors, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dangdoc
from dangdoc import DangdocError, DocumentId, InvalidIdentifier, UnknownCode, is_valid_id, parse_id

CANONICAL = [
    # (written, canonical, system)
    ("05-CT/TW", "05-CT/TW", "party"),  # directive of the Politburo
    ("04-NQ/TU", "04-NQ/TU", "party"),  # provincial committee resolution
    ("11-QĐi/TW", "11-QĐi/TW", "party"),  # Quy định with the 2018-19 code
    ("09-HD/BTCTW", "09-HD/BTCTW", "party"),  # central organisation commission
    ("08-CTr/TU", "08-CTr/TU", "party"),  # provincial programme
    ("10072-CV/BTCTW", "10072-CV/BTCTW", "party"),  # five-digit number
    ("05-QC/BTCTU-BDVTU", "05-QC/BTCTU-BDVTU", "party"),  # joint issuers
    ("230-NQ/QUTW", "230-NQ/QUTW", "party"),  # Central Military Commission
    ("30/2020/NĐ-CP", "30/2020/NĐ-CP", "state"),  # government decree
    ("01/2021/TT-BNV", "01/2021/TT-BNV", "state"),  # ministry circular
    ("45/2019/QH14", "45/2019/QH14", "state"),  # law, numbered by assembly term
    ("653/2019/UBTVQH14", "653/2019/UBTVQH14", "state"),  # assembly standing committee
    ("1234/QĐ-TTg", "1234/QĐ-TTg", "state"),  # Prime Minister's decision
    ("08/NQ-CP", "08/NQ-CP", "state"),  # government resolution, no year
    ("5382/BTC-QLCS", "5382/BTC-QLCS", "state"),  # công văn: no type code
    ("5 - CT/TƯ", "05-CT/TW", "party"),  # spaces, TƯ, no leading zero
    ("05 – CT/TƯ", "05-CT/TW", "party"),  # en dash
    ("05 — CT/T.Ư", "05-CT/TW", "party"),  # em dash, T.Ư
    ("05-CT/T.W", "05-CT/TW", "party"),  # T.W
    ("30/2020/ND-CP", "30/2020/NĐ-CP", "state"),  # ND for NĐ
    ("1234/QD-TTg", "1234/QĐ-TTg", "state"),  # QD for QĐ
    ("1234/Q\u00d0-TTg", "1234/QĐ-TTg", "state"),  # Ð (U+00D0) for Đ
    ("05-ct/tw", "05-CT/TW", "party"),  # lower case
    ("11-qđi/tw", "11-QĐi/TW", "party"),  # lower case keeps QĐi
    ("11-QĐI/TW", "11-QĐi/TW", "party"),  # all caps heading
    ("18/NQ-TW", "18-NQ/TW", "party"),  # party identifier written state-style
    ("11/QĐi-TW", "11-QĐi/TW", "party"),  # the same with QĐi
    ("23 / NQ - TW", "23-NQ/TW", "party"),  # spaces everywhere
    ("418 QĐ/TTg", "418/QĐ-TTg", "state"),  # slash missing, issuer decides
    ("08/NQ- CP", "08/NQ-CP", "state"),  # space inside the code
    ("19-2017/NQ-CP", "19/2017/NQ-CP", "state"),  # dash after the number
    ("646/QĐ/QUTW", "646-QĐ/QUTW", "party"),  # two slashes (military)
    ("Số: 66-QĐ/TW", "66-QĐ/TW", "party"),  # as in a document header
    ("Số 399-QĐ/TW", "399-QĐ/TW", "party"),  # header without colon
    ("45/2019/qh14", "45/2019/QH14", "state"),  # lower-case assembly code
    ("12/2020/TT-BGDDT", "12/2020/TT-BGDDT", "state"),  # unknown spelling kept, flagged
    ("  05-CT/TW  ", "05-CT/TW", "party"),  # surrounding space
    ("30a/2008/NQ-CP", "30a/2008/NQ-CP", "state"),  # a letter after the number
    ("961A/TB-LĐ", "961A/TB-LĐ", "state"),  # an upper-case letter, a union's code
    ("12b - QĐ/TW", "12b-QĐ/TW", "party"),  # a letter, then spaces
    ("02/QCPH/MTTQ-UBND", "02/QCPH-MTTQ-UBND", "state"),  # joint regulation, two issuers
    ("09/2008/NQLT-CP-UBTWMTTQVN", "09/2008/NQLT-CP-UBTWMTTQVN", "state"),  # joint resolution
    ("03/2016/TTLT-BNV-BTC", "03/2016/TTLT-BNV-BTC", "state"),  # joint circular
]


def test_letter_after_the_number():
    doc = parse_id("30a/2008/NQ-CP")
    assert (doc.number, doc.suffix, doc.issuer, doc.year) == (30, "a", "CP", 2008)
    assert parse_id("30/2008/NQ-CP") != doc  # a different document
    assert parse_id("30/2008/NQ-CP").suffix == ""


def test_joint_issuers_are_the_whole_list():
    assert parse_id("09/2008/NQLT-CP-UBTWMTTQVN").issuer == "CP-UBTWMTTQVN"
    assert parse_id("03/2016/TTLT-BNV-BTC").issuer == "BNV-BTC"
    assert parse_id("02/QCPH/MTTQ-UBND").issuer == "MTTQ-UBND"


@pytest.mark.parametrize("written, canonical, system", CANONICAL)
def test_real_forms_parse_to_canonical(written, canonical, system):
    doc = parse_id(written)
    assert str(doc) == canonical
    assert doc.system == system
    assert parse_id(str(doc)) == doc


def test_decomposed_diacritics():
    # "Ư" written as U + combining horn (U+031B), as some editors and PDFs produce
    assert str(parse_id("05-CT/TU\u031b")) == "05-CT/TW"
    assert str(parse_id("05-CT/T.U\u031b")) == "05-CT/TW"


def test_fields():
    doc = parse_id("30/2020/NĐ-CP")
    assert (doc.type, doc.number, doc.issuer, doc.year, doc.system) == ("NĐ", 30, "CP", 2020, "state")
    assert doc.type_name == "Nghị định"
    party = parse_id("05-CT/TW")
    assert (party.type, party.number, party.issuer, party.year) == ("CT", 5, "TW", None)
    assert parse_id("5382/BTC-QLCS").type == "CV"
    assert parse_id("45/2019/QH14").type is None  # a law's number carries no type


def test_hashable_and_frozen():
    a, b = parse_id("05-CT/TW"), parse_id("5 – CT/TƯ")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    with pytest.raises(AttributeError):
        a.number = 6


BAD = [
    # (text, column where reading stopped)
    ("05-CT/", 7),  # issuer missing
    ("CT/TW", 1),  # number missing
    ("05-CT/TW/", 9),  # trailing separator
    ("05-CT/TW xyz?", 10),  # junk after
    ("", 1),  # empty
    ("0-CT/TW", 1),  # number zero
    ("15/2006/", 9),  # code missing
    ("30/1820/NĐ-CP", 4),  # not a year
    ("12/2020/NĐ", 9),  # type without issuer
]


@pytest.mark.parametrize("text, column", BAD)
def test_bad_input_says_where(text, column):
    with pytest.raises(InvalidIdentifier) as info:
        parse_id(text)
    err = info.value
    assert isinstance(err, DangdocError) and isinstance(err, ValueError)
    assert err.column == column
    message = str(err)
    assert f"column {column}" in message and text.strip() in message
    assert "05-CT/TW" in message  # says what an identifier looks like


def test_unknown_codes_accepted_and_flagged():
    doc = parse_id("367-QĐ/TWĐTN-VP")
    assert doc.unknown_codes == ("TWĐTN",)
    with pytest.raises(UnknownCode, match="TWĐTN"):
        parse_id("367-QĐ/TWĐTN-VP", strict=True)
    with pytest.raises(UnknownCode, match="XY"):
        parse_id("05-XY/TW", strict=True)
    assert parse_id("05-CT/TW", strict=True).unknown_codes == ()


def test_type_errors():
    with pytest.raises(TypeError):
        parse_id(None)  # type: ignore[arg-type]
    assert is_valid_id(None) is False
    assert is_valid_id(b"05-CT/TW") is False


@pytest.mark.parametrize("text", ["COVID-19", "77C-016.47", "quý II/2024", "Km 604+700", "12/8/2016", "GT-S5830"])
def test_look_alikes_are_not_identifiers(text):
    assert not is_valid_id(text)


# -- properties ---------------------------------------------------------------------

PARTY_TYPES = ["NQ", "CT", "KL", "QĐ", "QĐi", "HD", "CTr", "KH", "TB", "BC", "QC", "CV"]
PARTY_ISSUERS = ["TW", "TU", "HU", "QU", "ĐU", "BTCTW", "BTGTW", "UBKTTW", "VPTW", "QUTW", "BTCTU-BDVTU"]
STATE_TYPES = ["NĐ", "TT", "QĐ", "NQ", "CT", "KH"]
STATE_ISSUERS = ["CP", "TTg", "BNV", "BTC", "UBND", "HĐND", "BGDĐT"]


@st.composite
def documents(draw):
    number = draw(st.integers(1, 99999))
    if draw(st.booleans()):
        return DocumentId(draw(st.sampled_from(PARTY_TYPES)), number, draw(st.sampled_from(PARTY_ISSUERS)), None, "party")
    year = draw(st.none() | st.integers(1945, 2030))
    if year is not None and draw(st.booleans()):
        return DocumentId(None, number, f"QH{draw(st.integers(1, 16))}", year, "state")
    return DocumentId(draw(st.sampled_from(STATE_TYPES)), number, draw(st.sampled_from(STATE_ISSUERS)), year, "state")


def _variant(draw, doc: DocumentId) -> str:
    """Write a document's identifier the way real text might."""
    dash = draw(st.sampled_from(["-", "–", "—", " - ", "- ", " -"]))
    slash = draw(st.sampled_from(["/", " / ", "/ "]))
    number = f"{doc.number:0{draw(st.integers(1, 3))}d}"
    issuer = doc.issuer.replace("TW", draw(st.sampled_from(["TW", "TƯ", "T.Ư"]))) if doc.system == "party" else doc.issuer
    type_ = doc.type
    if doc.system == "party":
        text = draw(st.sampled_from([f"{number}{dash}{type_}{slash}{issuer}", f"{number}{slash}{type_}{dash}{issuer}"]))
    elif doc.type is None:
        text = f"{number}{slash}{doc.year}{slash}{issuer}"
    elif doc.year is None:
        text = f"{number}{slash}{type_}{dash}{issuer}"
    else:
        text = f"{number}{slash}{doc.year}{slash}{type_}{dash}{issuer}"
    text = text.replace("Đ", draw(st.sampled_from(["Đ", "\u00d0"])))
    return text.lower() if draw(st.integers(0, 9)) == 0 else text


@given(st.data())
@settings(max_examples=300)
def test_every_written_variant_parses_to_its_document(data):
    doc = data.draw(documents())
    written = _variant(data.draw, doc)
    assert parse_id(written) == doc, written


@given(documents())
def test_str_round_trips(doc):
    assert parse_id(str(doc)) == doc


@given(st.text(max_size=60))
@settings(max_examples=500)
def test_arbitrary_text_raises_only_dangdoc_errors(text):
    try:
        parse_id(text)
    except DangdocError:
        pass
    assert isinstance(is_valid_id(text), bool)


@given(st.text(alphabet="0123456789-/–. TWCNQĐđƯ", max_size=30))
@settings(max_examples=500)
def test_identifier_alphabet_raises_only_dangdoc_errors(text):
    try:
        doc = parse_id(text)
    except DangdocError:
        return
    assert parse_id(str(doc)) == doc


def test_grammar_generated_strings_parse_or_fail_cleanly():
    """Strings the Lark grammar itself generates parse, or fail only on a semantic check."""
    from hypothesis.extra.lark import from_lark

    from dangdoc.parse.grammar import parser

    @given(from_lark(parser("identifier.lark")))
    @settings(max_examples=300)
    def check(text):
        try:
            doc = parse_id(text)
        except InvalidIdentifier as exc:
            assert exc.reason.startswith(("the number is 0", "the issuer is missing")) or "is not a year" in exc.reason
            return
        assert parse_id(str(doc)) == doc

    check()


def test_public_names():
    assert dangdoc.parse_id is parse_id
    assert issubclass(dangdoc.InvalidDate, dangdoc.DangdocError)
