"""Reading articles: folders of .txt files, JSON-lines corpora (gzip too), .html pages.

Each article becomes an :class:`Article` with its publication date when the header
shows one ("18/09/2023 07:45", "Thứ năm, 15/02/2024 20:10", "Thứ tư, 7/2/2024, 23:41
(GMT+7)"). A file that cannot be read as UTF-8 is an error naming the file; nothing is
silently mangled.
"""

from __future__ import annotations

import datetime as dt
import gzip
import html.parser
import json
import re
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import attrs

from ..errors import ArticleError

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".json.gz", ".html", ".htm")



@attrs.frozen
class Article:
    """One article: its identifier, title, publication date, source, URL, place and text."""

    id: str
    title: str | None
    date: dt.date | None
    source: str | None
    url: str | None
    locality: str | None
    text: str = attrs.field(repr=False)


def read_articles(paths: str | Path | Iterable[str | Path], *, place: bool = False, strict: bool = True,
                  skipped: list[str] | None = None) -> Iterator[Article]:
    """The articles in files and folders (folders are read recursively, in name order).

    ``locality`` is what the source says (a JSON field); with ``place=True`` an article
    without one gets the place its text is about (:func:`dangdoc.locate`), which costs
    about 0.7 ms an article. Building a graph finds the place of every article that
    cites something anyway.

    A file or line that is not an article (not UTF-8, NUL bytes, empty, broken JSON) raises
    :class:`ArticleError` naming the file and line; with ``strict=False`` it is skipped
    instead, and its message added to ``skipped`` if given.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Tam Kỳ học tập Chỉ thị 05\\n\\n18/09/2023 07:45\\n\\nNội dung ...", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_bytes(b"\\xff\\xfe binary")
    >>> problems = []
    >>> [a.id for a in read_articles(folder, strict=False, skipped=problems)]
    ['a']
    >>> print(problems[0])  # doctest: +ELLIPSIS
    /.../b.txt: not UTF-8 (byte 0: ...); convert it first, e.g. iconv -f cp1258 -t utf-8
    """
    for source in sources(paths):
        try:
            article = parse_source(source)
        except ArticleError as exc:
            if strict:
                raise
            if skipped is not None:
                skipped.append(str(exc))
            continue
        if place and article.locality is None:
            from ..resolve.places import locate

            found = locate(article.text)
            article = attrs.evolve(article, locality=str(found) if found else None)
        yield article


class Source(NamedTuple):
    """Where one article comes from, not yet read: a file, or one line of a JSON-lines file.

    Sources are small and cheap to send to another process (a plain tuple pickles fastest),
    which then does the reading (:func:`parse_source`): a parallel build keeps the main
    process free.
    """

    path: str
    line: int | None = None
    raw: bytes | None = None
    id: str | None = None  # a file's article id: its path inside the folder given, without suffix


def sources(paths: str | Path | Iterable[str | Path]) -> Iterator[Source]:
    """The article sources in files and folders, in order."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.name.endswith(SUFFIXES)):
                # 2016/bai1.txt and 2017/bai1.txt are two articles: the id keeps the folders
                yield from _file_sources(child, _without_suffix(child.relative_to(path).as_posix()))
        elif path.exists():
            yield from _file_sources(path, _without_suffix(path.name))
        else:
            raise ArticleError(f"{path}: no such file or folder")


def _without_suffix(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name


def _file_sources(path: Path, article_id: str) -> Iterator[Source]:
    name = path.name.lower()
    if not name.endswith((".jsonl", ".jsonl.gz", ".json.gz")):
        yield Source(str(path), id=article_id)
        return
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if raw.strip():
                yield Source(str(path), lineno, raw)


def parse_source(source: Source) -> Article:
    """Read the article a source points to; :class:`ArticleError` if it is not one."""
    path = Path(source.path)
    if source.raw is not None:
        return _from_json_line(path, source.line, source.raw)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise ArticleError(f"{path}: contains NUL bytes (the first at byte {nul}); it is not a text file")
    text = _decode(path, data)
    if path.name.lower().endswith((".html", ".htm")):
        try:
            title, text = html_text(text)
        except Exception as exc:  # html.parser is lenient; anything it still cannot take is reported
            raise ArticleError(f"{path}: not readable as HTML ({exc})") from None
    else:
        title = None
    if not text.strip():
        raise ArticleError(f"{path}: empty, no text to read")
    return _from_text(source.id or _without_suffix(path.name), text, source=str(path), title=title)


def _decode(path: Path, data: bytes, line: int | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"{path}, line {line}" if line else str(path)
        raise ArticleError(
            f"{where}: not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r}); "
            "convert it first, e.g. iconv -f cp1258 -t utf-8"
        ) from None


def _from_json_line(path: Path, lineno: int, raw: bytes) -> Article:
    try:
        record = json.loads(_decode(path, raw, lineno))
        text = record["text"]
        if not isinstance(text, str):
            raise TypeError("text is not a string")
    except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as exc:
        raise ArticleError(f"{path}, line {lineno}: not an article record ({exc}); "
                           'each line needs at least {"id": ..., "text": ...}') from None
    article_id = str(record.get("id") or f"{path.name}:{lineno}")
    date = _iso_date(record.get("date")) or header_date(text)
    return Article(article_id, record.get("title") or _title(text), date, record.get("source") or str(path),
                   record.get("url"), record.get("locality"), text)


def _from_text(article_id: str, text: str, source: str, title: str | None = None, url: str | None = None) -> Article:
    return Article(article_id, title or _title(text), header_date(text), source, url, None, text)


def _title(text: str) -> str | None:
    for line in text.splitlines()[:5]:
        line = line.strip()
        if sum(ch.isalpha() for ch in line) >= 5:
            return line
    return None


def _iso_date(value) -> dt.date | None:
    """A record's date: ISO ("2017-03-01"), or as a page header writes it ("02/05/2019",
    "Thứ tư, 7/2/2024, 23:41 (GMT+7)")."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return header_date(str(value))


_WEEKDAY = r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|Chủ\s+nhật)"
_HEADER_DATE = re.compile(
    rf"^\s*(?:(?:{_WEEKDAY}|Cập\s+nhật|Đăng\s+lúc|Ngày\s+đăng|Ngày)\s*[:,]?\s*)?"
    r"(?:\d{1,2}:\d{2}\s*,?\s*(?:ngày\s*)?)?"
    r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})[/-](?P<y>\d{4})"
    r"(?:\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\(?GMT\s*\+\s*7\)?)?\s*$",
    re.IGNORECASE,
)


def header_date(text: str) -> dt.date | None:
    """The publication date in an article's header: a line near the top that is a date,
    alone or with a weekday, a time and a time zone.

    >>> header_date("Tiêu đề\\nThứ tư, 7/2/2024, 23:41 (GMT+7)\\nNội dung")
    datetime.date(2024, 2, 7)
    >>> header_date("Tiêu đề\\n08:21, ngày 16-04-2021\\n") , header_date("Ngày 22/10, tại Hà Nội")
    (datetime.date(2021, 4, 16), None)
    """
    for line in text.splitlines()[:12]:
        m = _HEADER_DATE.match(line)
        if m:
            try:
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except ValueError:
                continue
    return None


class _TextOfHtml(html.parser.HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "svg"}
    _BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
              "section", "article", "header", "footer", "blockquote", "pre", "td", "th", "figcaption"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data)


def html_text(markup: str) -> tuple[str | None, str]:
    """The title and the readable text of an HTML page (scripts and styles dropped,
    entities decoded, one paragraph a line).

    >>> html_text("<html><head><title>Tin &amp; bài</title><script>x()</script></head>"
    ...           "<body><h1>Chỉ thị 05</h1><p>Thực hiện&nbsp;Chỉ thị số 05-CT/TW</p></body></html>")
    ('Tin & bài', 'Chỉ thị 05\\nThực hiện\\xa0Chỉ thị số 05-CT/TW')
    """
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1).split()) or None
    return title, text


