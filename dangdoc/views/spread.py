"""Where and when a document is cited, and which documents carry it down.

:func:`spread` answers for one document of a :class:`~dangdoc.graph.core.CitationGraph`: how
many articles cite it in each province and each month, when each province first cited
it, and which documents implement, continue or guide it (from the relations the
articles state). The answer is a frozen value; :meth:`Spread.rows` gives it as plain
rows for CSV, JSON or pandas, and :func:`dangdoc.views.draw.render_spread` draws it.

:func:`level` and :func:`issue_year` place any document of the graph on the two axes of
the documents-only picture: central, province or district, and the year it was issued.
"""

from __future__ import annotations

import collections
import datetime as dt
import re

import attrs

from ..errors import DocumentNotFound
from ..graph.core import drawn_documents
from ..models import Document
from ..text.normalize import plain
from ..resolve.places import level_named, place_of

LEVELS = ("central", "province", "district")
# relations along which a document is carried down to lower levels or later plans:
# the source of such an edge implements, continues, guides ... its target
CARRY = ("implements", "continues", "guides", "based_on", "amends", "reviews")
# how many relation steps below the document carriers are followed (a resolution, the
# plan that implements it, the district's plan that implements that)
CARRY_DEPTH = 2
UNPLACED, UNDATED = "(no place)", "(no date)"

# issuer codes of district-level Party committees (huyện, quận, thị, đảng ủy cơ sở)
_DISTRICT_ISSUERS = frozenset({"HU", "QU", "TXU", "TPU", "ĐU", "ĐUK"})
_PROVINCE_ISSUERS = frozenset({"TU", "TƯ", "BTGTU", "BTCTU", "UBKTTU"})
# the first year of each Party term (khóa), to date a document known only by its term
TERM_START = {"VI": 1986, "VII": 1991, "VIII": 1996, "IX": 2001, "X": 2006, "XI": 2011, "XII": 2016, "XIII": 2021,
              "XIV": 2026}
_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20[0-4]\d)(?!\d)")


def level(data: dict) -> str:
    """``"central"``, ``"province"`` or ``"district"``: the level of the body that issued a
    document, from a graph node's attributes (its issuer code and place).

    >>> level({"issuer": "TW"}), level({"issuer": "TU", "locality": "Quảng Nam"})
    ('central', 'province')
    >>> level({"issuer": "HU"}), level({"issuer": "UBND", "locality": "Tam Kỳ, Quảng Nam"})
    ('district', 'district')
    """
    issuer = data.get("issuer") or ""
    locality = data.get("locality") or ""
    if issuer in _DISTRICT_ISSUERS or "," in locality:
        return "district"
    if issuer in _PROVINCE_ISSUERS or issuer.startswith(("UBND", "HĐND", "QĐUB")) or locality:
        return "province"
    return "central"


def issue_year(data: dict) -> tuple[int | None, bool]:
    """The year a document was issued, and whether that is only its term's first year:
    from its date, a year in its identifier ("30/2020/NĐ-CP"), or its Party term.

    >>> issue_year({"date": "2016-10-30"}), issue_year({"key": "67/2014/NĐ-CP"})
    ((2016, False), (2014, False))
    >>> issue_year({"key": "04-NQ/TW · khóa XII", "term": "XII"}), issue_year({"key": "35/NQ-CP"})
    ((2016, True), (None, False))
    """
    if data.get("date"):
        return int(str(data["date"])[:4]), False
    for field in ("doc_id", "key"):
        m = _YEAR.search(str(data.get(field) or ""))
        if m:
            return int(m.group()), False
    term = data.get("term") or data.get("congress")
    if term in TERM_START:
        return TERM_START[term], True
    return None, False


@attrs.frozen
class Carrier:
    """A document that carries the cited one down: it ``relation`` ``target`` (which is the
    document or another carrier), and ``articles`` articles cite it."""

    key: str
    relation: str
    target: str
    #: "central", "province", "district"; None for a document named without a number or a
    #: body ("báo cáo" at a conference), whose level its article's place does not tell
    level: str | None
    articles: int


@attrs.frozen
class Spread:
    """Where and when a document is cited. Counts are of articles (an article that cites
    it three times counts once); ``first`` is each province's earliest dated article."""

    document: str
    keys: tuple[str, ...]
    articles: int
    by_province: tuple[tuple[str, int], ...]  # most citing first; UNPLACED last
    by_month: tuple[tuple[str, int], ...]  # "2017-03", in order; UNDATED last
    first: tuple[tuple[str, dt.date, str], ...]  # (province, date, article id), earliest first
    carriers: tuple[Carrier, ...]

    @property
    def placed(self) -> int:
        """Articles whose province is known."""
        return sum(n for p, n in self.by_province if p != UNPLACED)

    @property
    def dated(self) -> int:
        """Articles whose date is known."""
        return sum(n for m, n in self.by_month if m != UNDATED)

    def rows(self) -> list[dict]:
        """Plain rows, one per province, month and carrier: ``what`` (province, month,
        carrier), ``name``, ``articles``, and ``first`` (a province's first date) or
        ``relation``/``target``/``level`` (a carrier)."""
        first = {p: d.isoformat() for p, d, _ in self.first}
        rows = [{"document": self.document, "what": "province", "name": p, "articles": n, "first": first.get(p),
                 "relation": None, "target": None, "level": None} for p, n in self.by_province]
        rows += [{"document": self.document, "what": "month", "name": m, "articles": n, "first": None,
                  "relation": None, "target": None, "level": None} for m, n in self.by_month]
        rows += [{"document": self.document, "what": "carrier", "name": c.key, "articles": c.articles, "first": None,
                  "relation": c.relation, "target": c.target, "level": c.level} for c in self.carriers]
        return rows


def spread(graph, doc) -> Spread:
    """Where and when ``doc`` (an identifier, citation or key, as
    :meth:`~dangdoc.graph.core.CitationGraph.documents` reads it) is cited in ``graph``.

    >>> from dangdoc.corpus.articles import Article
    >>> from dangdoc.graph.core import build_graph
    >>> import datetime as dt
    >>> g = build_graph([
    ...     Article("a", None, dt.date(2017, 3, 2), None, None, "Tam Kỳ, Quảng Nam", "Học tập Chỉ thị số 05-CT/TW."),
    ...     Article("b", None, dt.date(2017, 5, 9), None, None, "TP.HCM", "Thực hiện Chỉ thị 05-CT/TW."),
    ...     Article("c", None, None, None, None, None, "Theo Chỉ thị số 05-CT/TW.")], progress=False)
    >>> s = spread(g, "05-CT/TW")
    >>> s.articles, s.by_province, s.by_month
    (3, (('Hồ Chí Minh', 1), ('Quảng Nam', 1), ('(no place)', 1)), (('2017-03', 1), ('2017-05', 1), ('(no date)', 1)))
    >>> [(p, d.isoformat()) for p, d, _ in s.first]
    [('Quảng Nam', '2017-03-02'), ('Hồ Chí Minh', '2017-05-09')]
    """
    keys = tuple(drawn_documents(graph, doc)[0])  # "05-CT/TW": the directive of 2016, not also that of 1951
    if not keys:
        raise DocumentNotFound(f"no document in the graph matches {doc!r}")
    seen: dict[str, tuple[str, dt.date | None]] = {}
    for m in sorted((m for key in keys for m in graph.citing(Document(key))), key=lambda m: m.article):
        if m.article not in seen:
            place = place_of(m.locality) if m.locality else None
            seen[m.article] = (place.province if place else UNPLACED, m.date)
    provinces = collections.Counter(p for p, _ in seen.values())
    months = collections.Counter(d.isoformat()[:7] if d else UNDATED for _, d in seen.values())
    first: dict[str, tuple[dt.date, str]] = {}
    for article, (province, date) in sorted(seen.items()):
        if date and province != UNPLACED and (province not in first or date < first[province][0]):
            first[province] = (date, article)
    return Spread(
        document=str(doc), keys=keys, articles=len(seen),
        by_province=tuple(sorted(provinces.items(), key=lambda kv: (kv[0] == UNPLACED, -kv[1], plain(kv[0])))),
        by_month=tuple(sorted(months.items(), key=lambda kv: (kv[0] == UNDATED, kv[0]))),
        first=tuple(sorted(((p, d, a) for p, (d, a) in first.items()), key=lambda row: (row[1], row[0]))),
        carriers=tuple(carriers(graph, keys)),
    )


def carriers(graph, keys) -> list[Carrier]:
    """The documents that implement, continue, guide ... the documents ``keys``, and those
    that carry them in turn, up to :data:`CARRY_DEPTH` steps."""
    g = graph.graph
    out: list[Carrier] = []
    done = set(keys)
    frontier = list(keys)
    for _ in range(CARRY_DEPTH):
        nxt = []
        for target in frontier:
            for source, _, data in sorted(g.in_edges(f"doc:{target}", data=True), key=lambda e: e[0]):
                key = source[4:]
                if data.get("relation") in CARRY and key not in done:
                    done.add(key)
                    nxt.append(key)
                    citing = sum(1 for a in g.predecessors(source) if a.startswith("article:"))
                    out.append(Carrier(key, data["relation"], target, carrier_level(g.nodes[source]), citing))
        frontier = nxt
    return out


def carrier_level(data: dict) -> str | None:
    """:func:`level`, except for a document named without a number, an issuer or a body
    ("báo cáo sơ kết", in an article placed in Hà Nội), whose level is not known: the
    article's place is where it was written about, not who issued it.

    >>> carrier_level({"unnumbered": True, "locality": "Hà Nội"}) is None
    True
    >>> carrier_level({"unnumbered": True, "body": "Chính phủ"}), carrier_level({"issuer": "TU", "locality": "Huế"})
    ('central', 'province')
    """
    if data.get("unnumbered") and not data.get("issuer") and not data.get("body"):
        return None
    if data.get("unnumbered") and data.get("body"):
        return level({**data, "locality": data.get("locality") if _placed(data["body"]) else None})
    return level(data)


def _placed(body: str) -> bool:
    """Whether a body's name says its level ("UBND tỉnh Quảng Nam", "Tỉnh ủy"), as the
    gazetteer's level words read it (:func:`~dangdoc.resolve.places.level_named`).

    >>> _placed("UBND tỉnh Quảng Nam"), _placed("Thành ủy"), _placed("Chính phủ"), _placed("Đảng ủy")
    (True, True, False, False)
    """
    words = body.split()
    return any(level_named(" ".join(words[i:i + n])) for n in (1, 2) for i in range(len(words) - n + 1))


def cited_level(graph, key: str) -> str:
    """The level of a document in the graph (by key): see :func:`level`."""
    return level(graph.graph.nodes.get(f"doc:{key}", {}))
