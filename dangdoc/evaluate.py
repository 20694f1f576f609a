"""Score a citation finder against hand-annotated gold passages.

The gold format is one JSON object a line: ``{"id", "text", "citations": [{"start",
"end", "type", "number", "issuer", "date", "plenum", "term", "congress", "form"}]}``.
A found citation matches a gold one when their spans overlap (one to one, largest
overlap first). *Span* scores count matches; *identity* also needs the same document
(type code, number, and issuer where the gold gives one; or the same plenum and term, or
congress); *date accuracy* is over gold citations that carry a date. Citations of form
``named`` (unnumbered documents such as "Điều lệ Đảng") are not scored.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
from pathlib import Path
from typing import Callable, Iterable

import attrs

from .errors import DangdocError
from .find.citations import find_citations
from .text.normalize import fold
from .vocab.codes import canonical_issuer_part, type_class
from .vocab.orthography import ordinal


class _Rates:
    """Precision, recall and F1 from ``matched``, ``found`` and ``gold`` counts."""

    gold: int
    found: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@attrs.frozen
class Scores(_Rates):
    """Precision, recall and F1 of spans and of identities, and date accuracy."""

    gold: int
    found: int
    matched: int
    identified: int
    dated: int
    dates_right: int
    by_form: dict = attrs.field(factory=dict, eq=False)
    misses: tuple = ()
    false_alarms: tuple = ()
    wrong: tuple = ()

    @property
    def identity_precision(self) -> float:
        return self.identified / self.found if self.found else 0.0

    @property
    def identity_recall(self) -> float:
        return self.identified / self.gold if self.gold else 0.0

    @property
    def identity_f1(self) -> float:
        return _f1(self.identity_precision, self.identity_recall)

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dated if self.dated else 1.0

    def report(self, verbose: bool = False) -> str:
        """The figures as text, one a line; with ``verbose`` the misses and false alarms too."""
        lines = []
        if verbose:
            lines += [f"MISSED      {pid} | {surface}" for pid, surface in self.misses]
            lines += [f"FALSE ALARM {pid} | {surface}" for pid, surface in self.false_alarms]
            lines += [f"WRONG       {pid} | {surface} | got {got}" for pid, surface, got in self.wrong]
        lines += [
            f"gold citations     {self.gold}",
            f"found              {self.found}",
            f"span               P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}",
            f"identity           P {self.identity_precision:.3f}  R {self.identity_recall:.3f}  F1 {self.identity_f1:.3f}",
            f"date accuracy      {self.date_accuracy:.3f} ({self.dates_right}/{self.dated})",
        ]
        for form, (total, hit, right) in sorted(self.by_form.items()):
            lines.append(f"  {form:<9} recall {hit / total:.3f}  identity {right / total:.3f}  (n={total})")
        return "\n".join(lines)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: str | Path) -> list[dict]:
    """The passages of a gold file; a bad line raises DangdocError naming file and line."""
    passages = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                record["text"], record["citations"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise DangdocError(f"{path}, line {lineno}: not a gold passage ({exc}); see docs/guide.md, section Accuracy") from None
            passages.append(record)
    return passages


def evaluate(paths: Iterable[str | Path], *, find: Callable = find_citations) -> Scores:
    """Score ``find`` (by default :func:`find_citations`) on gold files.

    >>> import json, tempfile, os
    >>> text = "Thực hiện Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị."
    >>> gold = {"id": "x", "text": text, "citations": [{"start": 10, "end": 63, "type": "CT",
    ...         "number": "05", "issuer": "TW", "date": "2016-05-15", "form": "full"}]}
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
    ...     _ = fh.write(json.dumps(gold, ensure_ascii=False) + "\\n")
    >>> s = evaluate([fh.name]); os.unlink(fh.name)
    >>> s.f1, s.identity_f1, s.date_accuracy
    (1.0, 1.0, 1.0)
    """
    counts = collections.Counter()
    by_form: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    misses, false_alarms, wrong = [], [], []
    for path in paths:
        for passage in read_gold(path):
            text = passage["text"]
            gold = [g for g in passage["citations"] if g.get("form") != "named"]
            found = list(find(text))
            pairs = _pair(gold, found)
            counts["gold"] += len(gold)
            counts["found"] += len(found)
            counts["matched"] += len(pairs)
            paired_gold = dict(pairs)
            paired_found = set(paired_gold.values())
            for gi, g in enumerate(gold):
                tally = by_form[g.get("form") or "?"]
                tally[0] += 1
                if gi not in paired_gold:
                    misses.append((passage.get("id"), text[g["start"] : g["end"]]))
                    continue
                c = found[paired_gold[gi]]
                tally[1] += 1
                if _same_document(g, c):
                    counts["identified"] += 1
                    tally[2] += 1
                else:
                    wrong.append((passage.get("id"), text[g["start"] : g["end"]], _describe(c)))
                if g.get("date"):
                    counts["dated"] += 1
                    if c.date is not None and c.date == dt.date.fromisoformat(g["date"][:10]):
                        counts["dates_right"] += 1
            for fi, c in enumerate(found):
                if fi not in paired_found:
                    false_alarms.append((passage.get("id"), c.text))
    return Scores(
        counts["gold"], counts["found"], counts["matched"], counts["identified"], counts["dated"],
        counts["dates_right"], dict(by_form), tuple(misses), tuple(false_alarms), tuple(wrong),
    )


def _pair(gold: list[dict], found: list) -> list[tuple[int, int]]:
    overlaps = []
    for gi, g in enumerate(gold):
        for fi, c in enumerate(found):
            overlap = min(g["end"], c.end) - max(g["start"], c.start)
            if overlap > 0:
                overlaps.append((overlap, gi, fi))
    overlaps.sort(key=lambda item: (-item[0], item[1], item[2]))
    used_gold, used_found, pairs = set(), set(), []
    for _, gi, fi in overlaps:
        if gi not in used_gold and fi not in used_found:
            used_gold.add(gi)
            used_found.add(fi)
            pairs.append((gi, fi))
    return pairs


def _type_class(code) -> str | None:
    # Quy định is QĐ in most terms and QĐi in 2018-19; a bare "Quy định 22" cannot say which
    return type_class(fold(str(code).strip())).upper() if code else None


def _issuer(code) -> str | None:
    return canonical_issuer_part(fold(str(code).strip())).upper() if code else None


def _roman(value) -> str | None:
    if value in (None, ""):
        return None
    return ordinal(value, _HIGHEST_ORDINAL) or str(value).strip().upper()


# terms and congresses are compared as numbers up to this (the national congress is at XIV)
_HIGHEST_ORDINAL = 99


def _same_document(g: dict, c) -> bool:
    if g.get("number") not in (None, ""):
        doc = c.doc
        return (
            doc is not None
            and _type_class(doc.type) == _type_class(g.get("type"))
            and doc.number == int(str(g["number"]).strip())
            and (not g.get("issuer") or _issuer(doc.issuer) == _issuer(g["issuer"]))
        )
    if g.get("plenum") is not None:
        return c.plenum == int(g["plenum"]) and (g.get("term") is None or _roman(c.term) == _roman(g["term"]))
    if g.get("congress"):
        return _roman(c.congress) == _roman(g["congress"])
    return True


def _describe(c) -> str:
    if c.doc is not None:
        return str(c.doc)
    if c.plenum is not None:
        return f"plenum {c.plenum} term {c.term}"
    return f"congress {c.congress}"


# the dev gold labels have no "continues" or "reviews": they count as implements and other
_SAME_RELATION = {"continues": "implements", "reviews": "other"}


@attrs.frozen
class RelationScores(_Rates):
    """Precision and recall of :func:`~dangdoc.find_relations` against gold relations.

    ``by_source`` splits the figures by the gold relation's source, ``numbered`` or
    ``unnumbered`` (``"dự thảo Nghị định sửa đổi ..."``): ``(gold, found, matched gold,
    matched found)``. ``negatives`` counts the sentences of a negatives file (a trigger near
    two citations, no relation), ``alarmed`` those where a relation was found between two
    of their listed citations.
    """

    gold: int
    found: int
    matched: int
    misses: tuple = ()
    false_alarms: tuple = ()
    by_source: dict = attrs.field(factory=dict, eq=False)
    negatives: int = 0
    alarmed: int = 0

    @property
    def false_alarm_rate(self) -> float:
        """The share of negative sentences in which a relation was found."""
        return self.alarmed / self.negatives if self.negatives else 0.0

    def report(self, verbose: bool = False) -> str:
        """The figures as text; with ``verbose`` the misses and false alarms too."""
        lines = []
        if verbose:
            lines += [f"MISSED REL  {pid} | {s} --{t}--> {o}" for pid, s, t, o in self.misses]
            lines += [f"FALSE REL   {pid} | {s} --{t}--> {o}" for pid, s, t, o in self.false_alarms]
        for kind, (gold, found, hit_gold, hit_found) in sorted(self.by_source.items()):
            lines.append(f"  {kind + ' source':<18} P {hit_found / found if found else 0.0:.3f}  "
                         f"R {hit_gold / gold if gold else 0.0:.3f}  ({hit_gold} of {gold} gold, {found} found)")
        if self.negatives:
            lines.append(f"negatives          false alarms in {self.alarmed} of {self.negatives} sentences"
                         f" (rate {self.false_alarm_rate:.3f})")
        if self.gold or self.found or not self.negatives:
            lines.append(f"relations          P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                         f"  ({self.matched} of {self.gold} gold, {self.found} found)")
        return "\n".join(lines)


def evaluate_relations(gold_paths: Iterable[str | Path], relation_paths: Iterable[str | Path], *,
                       find: Callable | None = None) -> RelationScores:
    """Score relation finding on the texts of ``gold_paths`` against the relations in
    ``relation_paths``.

    ``gold_paths`` are gold passage files or a corpus (JSON lines with ``id`` and ``text``,
    ``.gz`` too): they give the texts by id. A relation file holds one of three kinds of
    line, told apart by their fields:

    - ``{"id", "source", "target", "relation", "evidence"}``: source and target are
      citation surfaces in passage ``id``; every gold passage is scored whole.
    - the same with ``source_start``, ``target_start``, ``text_start``, ``text_end`` (and
      ``source_numbered``): offsets into article ``id``; only the found relations that touch
      one of those sentences are scored.
    - ``{"id", "sentence_start", "sentence_end", "citations", "citation_starts"}``: a
      sentence with no relation; a relation found between two of its citations is a false
      alarm (:attr:`RelationScores.false_alarm_rate`).

    A found relation matches a gold one of the same type (``continues`` counts as
    ``implements``) when its source and target each overlap the gold surface, cover the gold
    start (an unnumbered source: "dự thảo Nghị định sửa đổi"), or name the same identifier
    as a citation there.

    >>> import json, tempfile, os
    >>> text = "Nghị định 11/2012/NĐ-CP sửa đổi, bổ sung Nghị định 163/2006/NĐ-CP."
    >>> rel = {"id": "a", "source": "Nghị định 11/2012/NĐ-CP", "target": "Nghị định 163/2006/NĐ-CP",
    ...        "relation": "amends", "source_start": 0, "target_start": 41, "text_start": 0,
    ...        "text_end": len(text), "source_numbered": True}
    >>> paths = []
    >>> for record in ({"id": "a", "text": text}, rel):
    ...     with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
    ...         _ = fh.write(json.dumps(record, ensure_ascii=False) + "\\n")
    ...     paths.append(fh.name)
    >>> s = evaluate_relations([paths[0]], [paths[1]]); [os.unlink(p) for p in paths] and None
    >>> s.precision, s.recall, s.by_source["numbered"]
    (1.0, 1.0, (1, 1, 1, 1))
    """
    from .resolve.relations import find_relations

    find = find or find_relations
    plain, spanned, negatives = _read_relations(relation_paths)
    wanted = set(plain) | set(spanned) | set(negatives)
    counts = collections.Counter()
    by_source: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    misses, false_alarms = [], []
    for pid, text, whole in _texts(gold_paths, wanted):
        citations = find_citations(text)
        found = list(find(text, citations))
        if pid in plain or (whole and (plain or not (spanned or negatives))):
            gold = plain.get(pid, [])
            hits = _match(gold, found, lambda g, r: _relation_matches(g, r, text, citations))
            _tally(counts, misses, false_alarms, pid, gold, found, hits)
        if pid in spanned:
            gold = spanned[pid]
            windows = [(g["text_start"], g["text_end"]) for g in gold]
            scoped = [r for r in found if any(_touches(r.source, w) or _touches(r.target, w) for w in windows)]
            hits = _match(gold, scoped, lambda g, r: _relation_at(g, r, citations))
            _tally(counts, misses, false_alarms, pid, gold, scoped, hits)
            for gi, g in enumerate(gold):
                tally = by_source["numbered" if g.get("source_numbered", True) else "unnumbered"]
                tally[0] += 1
                tally[2] += gi in hits
            for ri, r in enumerate(scoped):
                tally = by_source["unnumbered" if r.source.kind == "unnumbered" else "numbered"]
                tally[1] += 1
                tally[3] += ri in hits.values()
        for n in negatives.get(pid, []):
            counts["negatives"] += 1
            listed = [(s, s + len(c)) for s, c in zip(n["citation_starts"], n["citations"])]
            wrong = [r for r in found if _between(r, listed)]
            if wrong:
                counts["alarmed"] += 1
                false_alarms += [(pid, r.source.text, r.type, r.target.text) for r in wrong]
    return RelationScores(counts["gold"], counts["found"], counts["matched"], tuple(misses), tuple(false_alarms),
                          {k: tuple(v) for k, v in by_source.items()}, counts["negatives"], counts["alarmed"])


def _read_relations(paths: Iterable[str | Path]) -> tuple[dict, dict, dict]:
    """The gold relations by passage id: plain, with offsets, and negative sentences."""
    plain, spanned, negatives = (collections.defaultdict(list) for _ in range(3))
    for path, lineno, rel in _json_lines(paths):
        try:
            if "citation_starts" in rel:
                rel["sentence_start"], rel["citations"]
                negatives[rel["id"]].append(rel)
            elif "source_start" in rel:
                rel["target_start"], rel["text_start"], rel["text_end"], rel["relation"]
                spanned[rel["id"]].append(rel)
            else:
                rel["source"], rel["target"], rel["relation"]
                plain[rel["id"]].append(rel)
        except (KeyError, TypeError) as exc:
            raise DangdocError(f"{path}, line {lineno}: not a gold relation ({exc})") from None
    return plain, spanned, negatives


def _texts(paths: Iterable[str | Path], wanted: set):
    """``(id, text, whole)`` for the gold passages of ``paths`` (``whole``: a gold passage
    file, scored whole) and for the articles of a corpus whose id is in ``wanted``."""
    for path, lineno, record in _json_lines(paths):
        try:
            pid, text = record.get("id"), record["text"]
        except (KeyError, TypeError, AttributeError) as exc:
            raise DangdocError(f"{path}, line {lineno}: no text ({exc})") from None
        whole = "citations" in record
        if whole or pid in wanted:
            yield pid, text, whole


def _json_lines(paths: Iterable[str | Path]):
    """``(path, line number, object)`` for each line of JSON-lines files (``.gz`` too)."""
    import gzip

    for path in paths:
        opener = gzip.open if str(path).endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield path, lineno, json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise DangdocError(f"{path}, line {lineno}: not JSON ({exc})") from None


def _match(gold: list[dict], found: list, same: Callable) -> dict[int, int]:
    """Gold index to found index, each used once, in gold order."""
    hits: dict[int, int] = {}
    for gi, g in enumerate(gold):
        hit = next((i for i, r in enumerate(found) if i not in hits.values() and same(g, r)), None)
        if hit is not None:
            hits[gi] = hit
    return hits


def _tally(counts, misses: list, false_alarms: list, pid, gold: list[dict], found: list, hits: dict) -> None:
    counts["gold"] += len(gold)
    counts["found"] += len(found)
    counts["matched"] += len(hits)
    misses += [(pid, g["source"], g["relation"], g["target"]) for gi, g in enumerate(gold) if gi not in hits]
    used = set(hits.values())
    false_alarms += [(pid, r.source.text, r.type, r.target.text) for i, r in enumerate(found) if i not in used]


def _touches(c, window: tuple[int, int]) -> bool:
    return c.start < window[1] and window[0] < c.end


def _between(r, listed: list[tuple[int, int]]) -> bool:
    """Whether relation ``r`` joins two different citations of ``listed``."""
    s = next((i for i, w in enumerate(listed) if _touches(r.source, w)), None)
    t = next((i for i, w in enumerate(listed) if _touches(r.target, w)), None)
    return s is not None and t is not None and s != t


def _same_relation(gold: str, found: str) -> bool:
    return _SAME_RELATION.get(found, found) == _SAME_RELATION.get(gold, gold)


def _relation_at(g: dict, r, citations: list) -> bool:
    """Whether found relation ``r`` is gold relation ``g``, which gives offsets ("A replaced_by
    B" is "B replaces A")."""
    source, target = r.source, r.target
    if {g["relation"], r.type} == {"replaced_by", "replaces"}:
        source, target = target, source
    elif not _same_relation(g["relation"], r.type):
        return False
    return (_stands_at(source, g["source_start"], g["source"], citations)
            and _stands_at(target, g["target_start"], g["target"], citations))


def _stands_at(c, start: int, surface: str, citations: list) -> bool:
    """Whether citation ``c`` covers ``start``, overlaps the surface there, or names the same
    identifier as a citation that does."""
    end = start + len(surface)
    if c.start <= start < c.end or (c.start < end and start < c.end):
        return True
    return c.doc is not None and any(str(d.doc) == str(c.doc) for d in citations
                                     if d.doc is not None and d.start < end and start < d.end)


def _relation_matches(g: dict, r, text: str, citations: list) -> bool:
    if not _same_relation(g["relation"], r.type):
        return False
    return _names(g["source"], r.source, text, citations) and _names(g["target"], r.target, text, citations)


def _names(surface: str, c, text: str, citations: list) -> bool:
    """Whether citation ``c`` is, or names the same identifier as, a place where ``surface`` stands."""
    start = text.find(surface)
    while start >= 0:
        if _stands_at(c, start, surface, citations):
            return True
        start = text.find(surface, start + 1)
    return False


# -- linking (issue 12): where each hand-checked mention lands in a corpus graph --------

_LINK_CLASSES = ("exact", "wrong", "ambiguous", "under-specified", "not found")


@attrs.frozen
class LinkingScores:
    """Where hand-checked mentions land in a graph: on the right document (``exact``), on
    a confident node that contradicts the gold (``wrong``), on an undecided node
    (``ambiguous``), on a node that says too little (``under-specified``), or nowhere.
    ``split`` is over how many nodes each document with several gold mentions lies."""

    total: int
    counts: dict = attrs.field(eq=False)
    split: float
    misses: tuple = attrs.field(eq=False)

    @property
    def exact(self) -> float:
        """The share of mentions on the right document."""
        return self.counts.get("exact", 0) / self.total if self.total else 0.0

    @property
    def wrong(self) -> float:
        """The share of mentions confidently on a wrong document."""
        return self.counts.get("wrong", 0) / self.total if self.total else 0.0

    def report(self, verbose: bool = False) -> str:
        """The figures as text (and every miss, with ``verbose``)."""
        lines = [f"{m[0]:<15} {m[1]}  {m[2]!r} -> {m[3]}  (gold {m[4]})" for m in self.misses] if verbose else []
        classes = ", ".join(f"{name} {self.counts.get(name, 0)}" for name in _LINK_CLASSES)
        lines.append(f"linking on {self.total} mentions: exact {self.exact:.2f}, confidently wrong {self.wrong:.2f} "
                     f"({classes}); nodes per document {self.split:.2f}")
        return "\n".join(lines)


def evaluate_linking(graph, gold_paths: Iterable[str | Path]) -> LinkingScores:
    """Score where the sure mentions of linking gold files (JSON lines: ``article``,
    ``start``, ``end``, ``surface``, ``gold`` {type, number, issuer, year, term},
    ``confidence``) land among the cites edges of ``graph`` (a
    :class:`~dangdoc.graph.core.CitationGraph` of the corpus they come from).

    >>> from dangdoc.graph.core import CitationGraph
    >>> evaluate_linking(CitationGraph(), []).report()
    'linking on 0 mentions: exact 0.00, confidently wrong 0.00 (exact 0, wrong 0, ambiguous 0, under-specified 0, not found 0); nodes per document 0.00'
    """
    g = getattr(graph, "graph", graph)
    counts: collections.Counter = collections.Counter()
    nodes_of: dict[tuple, set] = collections.defaultdict(set)
    mentions_of: collections.Counter = collections.Counter()
    misses = []
    total = 0
    for path in gold_paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            m = json.loads(line)
            if m.get("confidence") != "sure":
                continue
            total += 1
            gold = m["gold"]
            ident = (gold["type"], str(gold["number"]), gold.get("issuer"), gold.get("year"))
            mentions_of[ident] += 1
            node = _landing(g, m)
            want = " ".join(str(x) for x in (gold["type"], gold["number"], gold.get("issuer"), gold.get("year"),
                                             gold.get("term") or "") if x is not None).strip()
            if node is None:
                counts["not found"] += 1
                misses.append(("not found", m["article"], m["surface"], None, want))
                continue
            nodes_of[ident].add(node)
            fields = g.nodes[node]
            if fields.get("ambiguous"):
                kind = "ambiguous"
            elif _lands_on(fields, gold):
                kind = "exact"
            elif _contradicts(fields, gold):
                kind = "wrong"
            else:
                kind = "under-specified"
            counts[kind] += 1
            if kind != "exact":
                misses.append((kind, m["article"], m["surface"], node, want))
    several = [ident for ident, n in mentions_of.items() if n > 1 and nodes_of[ident]]
    split = sum(len(nodes_of[i]) for i in several) / len(several) if several else 0.0
    return LinkingScores(total, dict(counts), split, tuple(sorted(misses, key=lambda x: (x[0], x[1], x[2]))))


def _landing(g, mention: dict):
    """The document node of the cites edge that overlaps a gold mention."""
    article = f"article:{mention['article']}"
    if article not in g:
        return None
    for _, node, data in g.out_edges(article, data=True):
        start, end = data.get("start"), data.get("end")
        if data.get("relation") == "cites" and start is not None and start < mention["end"] and mention["start"] < end:
            return node
    return None


def _node_year(fields: dict) -> int | None:
    if isinstance(fields.get("year"), int):
        return fields["year"]
    return int(str(fields["date"])[:4]) if fields.get("date") else None


def _issuer_agrees(found, gold) -> bool:
    """"QH" agrees with "QH13", "BGDĐT" with "BGDĐT-GDMN": the first part decides."""
    if not found or not gold:
        return False
    a, b = str(found).upper(), str(gold).upper()
    first_a, first_b = a.split("-")[0], b.split("-")[0]
    return a == b or first_a == first_b or (first_b.startswith(first_a) and first_b[len(first_a):].isdigit())


def _same_number(a, b) -> bool:
    try:
        return int(a) == int(b)
    except (TypeError, ValueError):
        return str(a) == str(b)


def _lands_on(fields: dict, gold: dict) -> bool:
    if _type_class(fields.get("type")) != _type_class(gold["type"]) or not _same_number(fields.get("number"), gold["number"]):
        return False
    if not _issuer_agrees(fields.get("issuer"), gold.get("issuer")):
        return False
    year = _node_year(fields)
    return (year is not None and year == gold.get("year")) or bool(gold.get("term") and fields.get("term") == gold["term"])


def _contradicts(fields: dict, gold: dict) -> bool:
    if fields.get("type") and _type_class(fields["type"]) != _type_class(gold["type"]):
        return True
    if fields.get("number") is not None and not _same_number(fields["number"], gold["number"]):
        return True
    if fields.get("issuer") and not _issuer_agrees(fields["issuer"], gold.get("issuer")):
        return True
    year = _node_year(fields)
    if year is not None and gold.get("year") and year != gold["year"]:
        return True
    return bool(fields.get("term") and fields["term"] != gold.get("term"))
