"""Value objects: what an identifier says (DocumentId) and what a text cites (Citation).

All are frozen attrs classes: hashable, comparable, safe to share between threads and
to use as dictionary keys or graph node attributes.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .vocab import codes

# the codes of the National Assembly and its Standing Committee with the legislature's number
# ("QH12", "UBTVQH13"): their laws, ordinances and resolutions carry no type code in their
# identifiers, and are numbered through the legislature
ASSEMBLY = re.compile(r"(?:UBTV)?QH\d{1,2}")


def _nonnegative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


@attrs.frozen
class DocumentId:
    """A document identifier as written: type code, number, issuer, year, system.

    It says what a text wrote, not which document that is: Party numbers restart every
    term, so ``18-NQ/TW`` names a 2017 and a 2022 resolution (resolution tells them apart).

    - ``type``: canonical type code (``NQ``, ``CT``, ``QĐi``, ``NĐ``, ``Luật`` ...); None
      for ``45/2019/QH14`` read alone, whose identifier carries no type.
    - ``number``: the number, an int.
    - ``issuer``: canonical issuer code(s) (``TW``, ``BTCTU-BDVTU``, ``CP``, ``QH14``);
      None for a bare ``Chỉ thị 05``.
    - ``year``: the year of a state normative identifier (``30/2020/NĐ-CP``), else None.
    - ``system``: ``"party"`` or ``"state"``, decided by the issuer; None without one.
    - ``suffix``: a letter written after the number (``30a/2008/NQ-CP``), else "".

    ``str()`` gives the official form; :func:`dangdoc.parse_id` reads it back.

    >>> d = DocumentId("CT", 5, "TW", system="party")
    >>> str(d)
    '05-CT/TW'
    >>> str(DocumentId("NĐ", 30, "CP", year=2020, system="state"))
    '30/2020/NĐ-CP'
    >>> str(DocumentId("CT", 5))
    'CT 05'
    """

    type: str | None
    number: int = attrs.field(validator=_nonnegative)
    issuer: str | None = None
    year: int | None = None
    system: str | None = None
    suffix: str = attrs.field(default="", repr=False)

    def __str__(self) -> str:
        number = f"{self.number:02d}{self.suffix}"
        if self.issuer is None:
            return f"{self.type} {number}" if self.type else number
        head = f"{number}/{self.year}" if self.year is not None else number
        if self.type is None:
            return f"{head}/{self.issuer}"  # 45/2019/QH14, 60/CP: the identifier names no type
        if self.system == codes.PARTY:
            return f"{number}-{self.type}/{self.issuer}"
        if ASSEMBLY.fullmatch(self.issuer) or (self.type == "CV" and self.year is None):
            # Laws, assembly resolutions and letters carry no type code.
            return f"{head}/{self.issuer}"
        return f"{head}/{self.type}-{self.issuer}"

    @property
    def type_name(self) -> str | None:
        """The Vietnamese name of the type code (``Chỉ thị`` for ``CT``).

        ``QĐ`` is both Quyết định and Quy định; the name given is Quyết định, and a
        citation's :attr:`Citation.type_name` says what its words said.

        >>> DocumentId("TT", 1, "BNV", year=2021, system="state").type_name
        'Thông tư'
        """
        return codes.type_name(self.type, self.system) if self.type else None

    @property
    def unknown_codes(self) -> tuple[str, ...]:
        """Codes in this identifier that dangdoc's vocabulary does not know.

        Unknown codes are accepted (real documents use many local codes) and listed here.

        >>> DocumentId("QĐ", 367, "TWĐTN-VP", system="party").unknown_codes
        ('TWĐTN',)
        >>> DocumentId("CT", 5, "TW", system="party").unknown_codes
        ()
        """
        unknown = []
        if self.type is not None and codes.canonical_type(self.type) is None:
            unknown.append(self.type)
        if self.issuer is not None and not codes.is_known_issuer(self.issuer):
            unknown.append(self.issuer.split("-", 1)[0])
        return tuple(unknown)


KINDS = ("full", "short", "bare", "plenum", "congress", "state", "code", "alias", "unnumbered")


@attrs.frozen
class Citation:
    """One citation found in a text.

    ``text[start:end]`` of the string passed to :func:`dangdoc.find_citations` is
    ``self.text``. ``kind`` is one of ``full`` (with a date), ``short`` (code, no date),
    ``bare`` (type word and number), ``plenum``, ``congress``, ``state``, ``code``
    (number and code, no type word) and ``alias`` (``NQ21``, or a name the text defined
    with "(sau đây gọi tắt là ...)"). :func:`dangdoc.find_relations` adds ``unnumbered``: a
    document named by its type but no number ("dự thảo Nghị định sửa đổi ...", "Chương trình
    hành động của Chính phủ"), with ``doc`` None, ``type_name`` the type word and ``body``
    the issuing body when the text names it.
    """

    start: int
    end: int
    text: str
    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    doc: DocumentId | None = None
    type_name: str | None = None
    date: dt.date | None = None
    year: int | None = None
    body: str | None = None
    term: str | None = None
    plenum: int | None = None
    congress: str | None = None
    title: str | None = None


@attrs.frozen
class Document:
    """A specific document, as far as the text and the catalogue can tell.

    ``key`` is stable and readable, and it is the identity: two Documents are equal when
    their keys are. It tells reused numbers apart by term (central Party documents:
    ``18-NQ/TW · khóa XII``), by place and term (local committees: ``04-NQ/TU · Quảng Nam ·
    2015-2020``) or by year (state documents numbered per year: ``1234/QĐ-TTg · 2019``).
    When the text cannot decide, ``ambiguous`` is True and ``candidates`` lists what it
    could be; nothing is guessed.
    """

    key: str
    id: DocumentId | None = attrs.field(default=None, eq=False)
    date: dt.date | None = attrs.field(default=None, eq=False)
    term: str | None = attrs.field(default=None, eq=False)
    body: str | None = attrs.field(default=None, eq=False)
    title: str | None = attrs.field(default=None, eq=False)
    locality: str | None = attrs.field(default=None, eq=False)
    plenum: int | None = attrs.field(default=None, eq=False)
    congress: str | None = attrs.field(default=None, eq=False)
    catalogued: bool = attrs.field(default=False, eq=False)
    ambiguous: bool = attrs.field(default=False, eq=False)
    candidates: tuple["Document", ...] = attrs.field(default=(), eq=False)
    source: str | None = attrs.field(default=None, eq=False)

    def __str__(self) -> str:
        return self.key


RELATION_TYPES = ("implements", "continues", "replaces", "replaced_by", "repeals", "amends", "guides", "reviews", "based_on")


@attrs.frozen
class Relation:
    """A relation between two cited documents that a text states.

    ``source`` ``type`` ``target``: "Chương trình 08-CTr/TU *implements* Nghị quyết
    04-NQ/TU". ``start``/``end`` span the words that state it (the evidence).
    """

    source: Citation
    target: Citation
    type: str = attrs.field(validator=attrs.validators.in_(RELATION_TYPES))
    start: int
    end: int
    evidence: str
