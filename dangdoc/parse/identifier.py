"""One document identifier: ``parse_id`` (strict, raises), ``is_valid_id`` (never raises).

The Lark grammar ``grammar/identifier.lark`` gives the shape; the vocabulary in
:mod:`dangdoc.vocab.codes` decides which code is the type and which the issuer, and whether
the document is the Party's or the state's. The issuer decides, not the order of the
separators: ``18/NQ-TW`` is the Party's ``18-NQ/TW``.

Unknown codes: accepted and flagged (:attr:`DocumentId.unknown_codes`); pass
``strict=True`` to get :class:`~dangdoc.errors.UnknownCode` instead.
"""

from __future__ import annotations

import functools

import attrs

from lark import Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, VisitError

from ..vocab import codes
from .grammar import parser
from ..errors import DangdocError, InvalidIdentifier, UnknownCode
from ..models import DocumentId
from ..text.normalize import fold, prepare

_MIN_YEAR, _MAX_YEAR = 1930, 2100


class _Reject(ValueError):
    """Raised inside the transformer; carries the reason and the offending token."""

    def __init__(self, reason: str, token: Token | None = None):
        super().__init__(reason)
        self.reason = reason
        self.token = token


def _separator_after(token: Token, text: str) -> str:
    rest = text[token.end_pos :].lstrip()
    return rest[:1] if rest[:1] in "-/" else ""


@v_args(inline=True)
class _Build(Transformer):
    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def codes(self, *parts: Token):
        return list(parts)

    def start(self, identifier):
        return identifier

    def _number(self, token: Token) -> int:
        number = int(token)
        if number == 0:
            raise _Reject("the number is 0", token)
        return number

    def coded(self, *parts):
        number, suffix, (code, rest) = _suffixed(parts)
        n = self._number(number)
        sep = _separator_after(suffix or number, self.text)
        type_code = codes.canonical_type(code)
        glued = _unglued(code, rest, n, None) if type_code is None else None
        if glued is not None:  # "06/TTLTBCA-BQP": the type and the first issuer without their dash
            return _with(glued, suffix)
        if type_code is None:
            # An unknown type code: only the separator order can tell the system.
            if sep in ("-", "") and _separator_after(code, self.text) == "/":
                return _with(DocumentId(str(code).upper(), n, _issuer(rest), None, codes.PARTY), suffix)
            # NUMBER/ISSUER-UNIT is a letter (công văn), which carries no type code: 5382/BTC-QLCS.
            return _with(DocumentId("CV", n, _issuer([code, *rest]), None, codes.STATE), suffix)
        issuer = _issuer(rest)
        system = codes.issuer_system(issuer)
        if system is None:
            # Unknown issuer: fall back on the separator order, NUMBER-TYPE/ISSUER being the Party's.
            system = codes.PARTY if sep in ("-", "") and _separator_after(code, self.text) == "/" else codes.STATE
        elif system == codes.PARTY and codes.type_codes()[type_code.upper()].party_name is None and sep == "/":
            # a type the Party does not issue, written state-style: "01/CĐ-TW" is the
            # dispatch of a central state committee (Ban Chỉ đạo Trung ương ...), not the Party's
            system = codes.STATE
        return _with(DocumentId(type_code, n, issuer, None, system), suffix)

    def issued(self, *parts):
        number, suffix, (issuer,) = _suffixed(parts)
        n = self._number(number)
        if _separator_after(suffix or number, self.text) != "/":
            raise _Reject("the issuer is missing", issuer)
        glued = _unglued(issuer, [], n, None)
        if glued is not None:  # "185/NĐCP": the type and the issuer without their dash
            return _with(glued, suffix)
        code = codes.canonical_issuer_part(str(issuer))
        return _with(DocumentId(None, n, code, None, codes.issuer_system(code) or codes.STATE), suffix)

    def yeared(self, *parts):
        number, suffix, (year, rest) = _suffixed(parts)
        n = self._number(number)
        y = int(year)
        if len(year) != 4 or not _MIN_YEAR <= y <= _MAX_YEAR:
            raise _Reject(f"{year} is not a year", year)
        glued = _unglued(rest[0], rest[1:], n, y) if codes.canonical_type(rest[0]) is None else None
        if glued is not None:  # "121/2003/NĐCP", "06/2013/TTLTBCA-BQP": no dash after the type
            return _with(glued, suffix)
        if len(rest) == 1:
            only = codes.canonical_issuer_part(rest[0])
            if codes.canonical_type(rest[0]) is not None:
                raise _Reject("the issuer is missing after the type code", rest[0])
            return _with(DocumentId(None, n, only, y, codes.issuer_system(only) or codes.STATE), suffix)
        type_code = codes.canonical_type(rest[0]) or str(rest[0]).upper()
        issuer = _issuer(rest[1:])
        return _with(DocumentId(type_code, n, issuer, y, codes.issuer_system(issuer) or codes.STATE), suffix)


def _unglued(code: Token, rest, number: int, year: int | None) -> DocumentId | None:
    """The document of a type code glued to its (first) issuer, the other issuers after it;
    None when ``code`` is no such pair."""
    glued = _glued_type(str(code))
    if glued is None:
        return None
    type_code, first = glued
    issuer = "-".join([first, *(codes.canonical_issuer_part(str(p)) for p in rest)])
    return DocumentId(type_code, number, issuer, year, codes.issuer_system(issuer) or codes.STATE)


def _glued_type(code: str):
    """``(type, issuer)`` when ``code`` is a type code glued to a listed state issuer that may
    issue it, else None ("CTCP" is a joint-stock company, not a directive of the government).

    >>> _glued_type("NĐCP"), _glued_type("QĐTTg"), _glued_type("TTLTBCA"), _glued_type("BTC"), _glued_type("CTCP")
    (('NĐ', 'CP'), ('QĐ', 'TTg'), ('TTLT', 'BCA'), None, None)
    """
    if codes.issuer_system(code) is not None:
        return None  # a code of its own ("BTC", "TTg")
    for cut in range(len(code) - 1, 0, -1):
        type_code = codes.canonical_type(code[:cut])
        issuer = codes.canonical_issuer_part(code[cut:])
        if (type_code is not None and issuer.upper() in codes.issuer_codes()
                and codes.issuer_system(issuer) == codes.STATE and codes.may_issue(issuer, type_code)):
            return type_code, issuer
    return None


def _suffixed(parts):
    """The number token, the letter after it (or None) and the other parts of a rule."""
    if len(parts) > 1 and isinstance(parts[1], Token) and parts[1].type == "SUFFIX":
        return parts[0], parts[1], parts[2:]
    return parts[0], None, parts[1:]


def _with(doc: DocumentId, suffix: Token | None) -> DocumentId:
    return attrs.evolve(doc, suffix=str(suffix)) if suffix else doc


def _issuer(parts: list[Token]) -> str:
    return "-".join(codes.canonical_issuer_part(str(p)) for p in parts)


@functools.lru_cache(maxsize=8192)
def _parse_prepared(text: str) -> DocumentId:
    try:
        tree = parser("identifier.lark").parse(text)
        return _Build(text).transform(tree)
    except VisitError as exc:
        if isinstance(exc.orig_exc, _Reject):
            raise exc.orig_exc from None
        raise


def parse_id(text: str, *, strict: bool = False) -> DocumentId:
    """Parse one document identifier.

    Spaces around the separators, en and em dashes, ``TƯ``/``T.Ư`` for ``TW``, ``QD``
    for ``QĐ``, ``Ð`` for ``Đ``, decomposed diacritics, lower case and Party identifiers
    written state-style (``18/NQ-TW``) are all accepted. Bad input raises
    :class:`~dangdoc.errors.InvalidIdentifier` (a ``ValueError``) with the column.

    >>> parse_id("05 – CT/TƯ")
    DocumentId(type='CT', number=5, issuer='TW', year=None, system='party')
    >>> print(parse_id("30/2020/ND-CP"), parse_id("18/NQ-TW"), parse_id("11/qđi-tw"))
    30/2020/NĐ-CP 18-NQ/TW 11-QĐi/TW
    >>> print(parse_id("5382/BTC-QLCS"), parse_id("45/2019/QH14").system)
    5382/BTC-QLCS state
    >>> parse_id("05-CT/")
    Traceback (most recent call last):
    ...
    dangdoc.errors.InvalidIdentifier: not a document identifier: it ends too early at column 7:
        05-CT/
              ^
    An identifier looks like 05-CT/TW (Party) or 30/2020/NĐ-CP, 1234/QĐ-TTg (state).
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_id needs a str, got {type(text).__name__}")
    prepared = prepare(fold(text))
    try:
        doc = _parse_prepared(prepared.text.strip())
    except UnexpectedInput as exc:
        raise _invalid(text, prepared, exc) from None
    except _Reject as exc:
        offset = exc.token.start_pos if exc.token is not None else 0
        raise InvalidIdentifier(text, _column(text, prepared, offset), exc.reason) from None
    if strict:
        if doc.type is not None and codes.canonical_type(doc.type) is None:
            raise UnknownCode(text, doc.type, "type")
        if doc.issuer is not None and not codes.is_known_issuer(doc.issuer):
            raise UnknownCode(text, doc.issuer.split("-", 1)[0], "issuer")
    return doc


def _column(text: str, prepared, offset: int) -> int:
    lead = len(prepared.text) - len(prepared.text.lstrip())
    return prepared.original(min(offset + lead, len(prepared.text))) + 1


def _invalid(text: str, prepared, exc: UnexpectedInput) -> InvalidIdentifier:
    if isinstance(exc, UnexpectedEOF) or getattr(exc, "token", None) is not None and exc.token.type == "$END":
        return InvalidIdentifier(text, len(text) + 1, "it ends too early")
    if isinstance(exc, UnexpectedCharacters):
        offset = exc.pos_in_stream
        reason = f"unexpected character {prepared.text.strip()[offset]!r}"
    else:
        offset = exc.token.start_pos
        reason = f"unexpected {str(exc.token)!r}"
    if not text.strip():
        return InvalidIdentifier(text, 1, "the text is empty")
    return InvalidIdentifier(text, _column(text, prepared, offset), reason)


def is_valid_id(text: object) -> bool:
    """Whether ``text`` is a document identifier. Never raises.

    >>> is_valid_id("05-CT/TW"), is_valid_id("COVID-19"), is_valid_id(None)
    (True, False, False)
    """
    if not isinstance(text, str):
        return False
    try:
        parse_id(text)
    except DangdocError:
        return False
    return True


def format_id(text: str) -> str:
    """The canonical, official form of an identifier.

    >>> format_id("5 - CT/TƯ"), format_id("30/2020/ND-CP"), format_id("418 QĐ/TTg")
    ('05-CT/TW', '30/2020/NĐ-CP', '418/QĐ-TTg')
    """
    return str(parse_id(text))
