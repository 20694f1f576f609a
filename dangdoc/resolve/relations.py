"""find_relations: what one document does to another, as the text states it.

Three shapes of sentence carry nearly all relations in Party and state writing:

- **A trigger B**: "Chương trình số 08-CTr/TU ... để cụ thể hóa và tổ chức thực hiện Nghị
  quyết số 04-NQ/TU" (A implements B); "Nghị định 11/2012/NĐ-CP ... sửa đổi, bổ sung một số
  điều của Nghị định 163/2006/NĐ-CP" (amends). A is the citation just before the trigger,
  B the citation just after it, and any citations listed with B.
- **A (nay là B)**: A was replaced by B.
- **The document itself**: in a document's own text, "Căn cứ B" (based on) and
  "Quyết định này thay thế B" (replaces) relate the document whose number heads the text
  ("Số: 15/2006/QĐ-UBND") to B; "Thực hiện B, ... ban hành A" relates A to B.
"""

from __future__ import annotations

import re

from ..find.citations import find_citations
from ..models import Citation, Relation

_W = r"[ \t\r\n]+"


# (relation, trigger pattern); the first that matches at a place wins, so the specific
# ("tiếp tục đẩy mạnh thực hiện") come before the general ("thực hiện")
_TRIGGERS = [
    ("continues", rf"tiếp{_W}tục(?:{_W}(?:đẩy{_W}mạnh|lãnh{_W}đạo,?{_W}chỉ{_W}đạo|triển{_W}khai))?{_W}thực{_W}hiện"),
    ("amends", rf"sửa{_W}đổi,?(?:{_W}bổ{_W}sung)?"),
    ("replaces", rf"thay{_W}thế"),
    ("guides", rf"hướng{_W}dẫn{_W}(?:thi{_W}hành|thực{_W}hiện)"),
    ("reviews", rf"(?:sơ|tổng){_W}kết(?:{_W}\d+{_W}năm)?(?:{_W}thực{_W}hiện)?"),
    ("implements", rf"cụ{_W}thể{_W}h(?:óa|oá)(?:{_W}và{_W}tổ{_W}chức{_W}thực{_W}hiện)?|thể{_W}chế{_W}h(?:óa|oá)"
                   rf"|(?:triển{_W}khai|tổ{_W}chức)?(?:{_W})?thực{_W}hiện|quán{_W}triệt(?:,?{_W}(?:thực{_W}hiện|triển{_W}khai))?"),
]
_TRIGGER = re.compile("|".join(f"(?P<{name}_{i}>{pat})" for i, (name, pat) in enumerate(_TRIGGERS)), re.IGNORECASE)
# what may stand between A and the trigger: "về việc", "để", "nhằm", a comma
_BRIDGE = re.compile(rf"^[\s,)]*(?:(?:về{_W}việc|về|để|nhằm|và|nhằm{_W}mục{_W}đích)(?:[\s,]+|$))*$", re.IGNORECASE)
# what may stand between the trigger and B: a few words ("nghiêm túc", "Điều 15 của", "một số điều của")
_LEAD = re.compile(rf"^[\s,]*(?:[^\s.;:()]+[\s,]+){{0,4}}$")
# what may stand between two targets of one trigger: ", ", " và ", "; ", "và Điều 30 của "
_LIST = re.compile(rf"(?:^|[,;]|{_W}và)(?:{_W})?(?:(?:Điều|điều){_W}\d+\w*{_W}(?:của{_W})?|một{_W}số{_W}điều{_W}của{_W})?$")
_NAY_LA = re.compile(rf"^\s*\(\s*nay{_W}là(?:{_W})?$", re.IGNORECASE)
_CAN_CU = re.compile(rf"(?:^|\n|;|\.)\s*[-–+•]?\s*Căn{_W}cứ\b")
_THIS_REPLACES = re.compile(rf"(?:Quyết{_W}định|Nghị{_W}quyết|Quy{_W}định|Chỉ{_W}thị|Hướng{_W}dẫn|Thông{_W}tư|Nghị{_W}định|Văn{_W}bản){_W}này{_W}thay{_W}thế", re.IGNORECASE)
_HEADER = re.compile(rf"Số(?:{_W}hiệu)?(?:{_W}văn{_W}bản)?(?:{_W})?:?[ \t\r\n]*$", re.IGNORECASE)
_OPENING = re.compile(rf"(?:^|[.\n])\s*(?P<w>Để{_W}cụ{_W}thể{_W}h(?:óa|oá)|Triển{_W}khai{_W}thực{_W}hiện|Thực{_W}hiện|Quán{_W}triệt)\s*$", re.IGNORECASE)
_ISSUES = re.compile(rf"(?:ban{_W}hành|xây{_W}dựng|triển{_W}khai)(?:{_W}\S+){{0,2}}\s*$", re.IGNORECASE)
_ASKS = re.compile(rf"\b(?:yêu{_W}cầu|đề{_W}nghị|chỉ{_W}đạo)\b", re.IGNORECASE)
_ISSUED = re.compile(rf"ban{_W}hành\s*$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?](?=\s)|;|\n\s*\n|\n\s*[-–+•]")


def find_relations(text: str, citations: list[Citation] | None = None) -> list[Relation]:
    """The document-to-document relations ``text`` states, in text order.

    >>> text = ("xây dựng Chương trình số 08-CTr/TU ngày 18/10/2016 để cụ thể hóa và tổ chức thực "
    ...         "hiện Nghị quyết số 04-NQ/TU, ngày 12/8/2016 của Tỉnh uỷ.")
    >>> [(str(r.source.doc), r.type, str(r.target.doc), r.evidence) for r in find_relations(text)]
    [('08-CTr/TU', 'implements', '04-NQ/TU', 'cụ thể hóa và tổ chức thực hiện')]
    """
    if not isinstance(text, str):
        raise TypeError(f"find_relations needs a str, got {type(text).__name__}")
    cites = [c for c in (citations if citations is not None else find_citations(text)) if c.doc is not None or c.kind in ("plenum", "congress")]
    if not cites:
        return []
    found: dict[tuple, Relation] = {}

    def add(source: Citation, target: Citation, kind: str, start: int, end: int) -> None:
        if _name(source) == _name(target):
            return
        # one relation for a pair of documents, the most specific the text states
        key = (_name(source), _name(target))
        rank = _RANK[kind]
        if key not in found or rank < _RANK[found[key].type]:
            found[key] = Relation(source, target, kind, start, end, text[start:end])

    own = _own_document(text, cites)
    for i, b in enumerate(cites):
        before = cites[i - 1] if i else None
        gap_start = before.end if before else 0
        gap = text[gap_start : b.start]
        # A (nay là B)
        if before is not None and _NAY_LA.match(gap):
            add(before, b, "replaced_by", gap_start + gap.index("("), gap_start + len(gap.rstrip()))
            continue
        # A trigger B
        # a trigger stands just before B (at most a few words between): look only there
        trigger = _last_trigger(text, max(gap_start, b.start - _TRIGGER_REACH), b.start)
        if trigger is not None and _LEAD.match(text[trigger.end() : b.start]):
            kind = trigger.lastgroup.rsplit("_", 1)[0]
            if before is not None and _BRIDGE.match(text[before.end : trigger.start()]) and not _crosses(text, before.end, trigger.start()):
                for target in _listed(text, cites, i):
                    add(before, target, kind, trigger.start(), trigger.end())
                continue
            # "Bộ Chính trị yêu cầu ... quán triệt, thực hiện B" in an article about the document A
            # that was just issued: A is the one that asks
            main = _main_document(text, cites)
            if main is not None and main.start < b.start and _ASKS.search(text, _clause_start(text, trigger.start()), trigger.start()):
                add(main, b, kind, trigger.start(), trigger.end())
                continue
        # the document itself: "Căn cứ B", "Quyết định này thay thế B"
        if own is not None and b is not own:
            clause = text[_clause_start(text, b.start) : b.start]
            if _THIS_REPLACES.search(clause):
                add(own, b, "replaces", b.start, b.start)
            elif _CAN_CU.search(text[max(0, _paragraph_start(text, b.start) - 1) : b.start]):
                add(own, b, "based_on", b.start, b.start)
        # "Thực hiện B, ... ban hành A"
        opening = _OPENING.search(text, max(0, b.start - 40), b.start)
        if opening is not None:
            for a in cites[i + 1 : i + 4]:
                if _crosses(text, b.end, a.start):
                    break
                if _ISSUES.search(text, max(b.end, a.start - 40), a.start):
                    add(a, b, "implements", opening.start("w"), opening.end("w"))
                    break
    return sorted(found.values(), key=lambda r: (r.target.start, r.source.start))


_TRIGGER_REACH = 120
_RANK = {"replaces": 0, "replaced_by": 0, "amends": 1, "continues": 2, "guides": 3, "implements": 4, "reviews": 5, "based_on": 6}


def _last_trigger(text: str, start: int, end: int):
    last = None
    for m in _TRIGGER.finditer(text, start, end):
        last = m
    return last


def _listed(text: str, cites: list[Citation], i: int) -> list[Citation]:
    """The citation at ``i`` and those listed after it in the same sentence."""
    out = [cites[i]]
    for c in cites[i + 1 :]:
        gap = text[out[-1].end : c.start]
        if _crosses(text, out[-1].end, c.start) or len(gap) > 200 or not _LIST.search(gap):
            break
        out.append(c)
    return out


def _crosses(text: str, start: int, end: int) -> bool:
    return _BOUNDARY.search(text, start, end) is not None


def _clause_start(text: str, pos: int) -> int:
    starts = [m.end() for m in _BOUNDARY.finditer(text, max(0, pos - 300), pos)]
    return starts[-1] if starts else max(0, pos - 300)


def _paragraph_start(text: str, pos: int) -> int:
    cut = max(text.rfind("\n", 0, pos), text.rfind(";", 0, pos), text.rfind(". ", 0, pos))
    return cut + 1


def _name(c: Citation) -> str:
    return str(c.doc) if c.doc is not None else c.text


def _main_document(text: str, cites: list[Citation]) -> Citation | None:
    """The document an article reports the issuing of: "ký ban hành Kết luận số 185-KL/TW"."""
    return _first_after(text, cites, _ISSUED, 25, 1000)


def _own_document(text: str, cites: list[Citation]) -> Citation | None:
    """The document whose own text this is: the number after "Số:" in its header."""
    return _first_after(text, cites, _HEADER, 30, 1500)


def _first_after(text: str, cites: list[Citation], words: re.Pattern, reach: int, limit: int) -> Citation | None:
    """The first identified citation within ``limit`` characters that ``words`` end just before."""
    for c in cites:
        if c.start > limit:
            break
        if c.doc is not None and c.doc.issuer is not None and words.search(text, max(0, c.start - reach), c.start):
            return c
    return None
