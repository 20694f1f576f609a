"""Reading articles: folders of .txt files, JSON-lines corpora (gzip too), CSV tables, .html pages.

Each article becomes an :class:`Article` with its publication date: the record's own
(a JSON or CSV ``date``), the one an HTML page publishes about itself
(``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``,
``<meta name="pubdate">`` ...), or a header line ("18/09/2023 07:45", "Thứ năm,
15/02/2024 20:10", "Thứ tư, 7/2/2024, 23:41 (GMT+7)"). With the ``html`` extra installed
(trafilatura), an HTML page is read without its menus, sidebars, comments and footer.

A file that cannot be read as UTF-8 is an error naming the file; nothing is silently
mangled. Files that hold articles in a form not read here (PDF, Word, spreadsheets) are
reported with what to do, and a CSV without a ``text`` column is refused with the columns
it needs.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import html.parser
import io
import json
import re
import zlib
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import attrs

from ..errors import ArticleError

SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".json.gz", ".html", ".htm", ".csv")
# files that hold articles in a form not read here, and what to do about them
UNREAD = {
    ".pdf": "PDF and Word are not read: convert them to text (pdftotext, or save as .txt)",
    ".doc": "PDF and Word are not read: convert them to text (save as .txt, or libreoffice --convert-to txt)",
    ".docx": "PDF and Word are not read: convert them to text (save as .txt, or libreoffice --convert-to txt)",
    ".odt": "PDF and Word are not read: convert them to text (save as .txt, or libreoffice --convert-to txt)",
    ".rtf": "PDF and Word are not read: convert them to text (save as .txt)",
    ".xls": "spreadsheets are not read: save the sheet as CSV with id, title, date, url and text columns",
    ".xlsx": "spreadsheets are not read: save the sheet as CSV with id, title, date, url and text columns",
    ".ods": "spreadsheets are not read: save the sheet as CSV with id, title, date, url and text columns",
}
# the columns a CSV of articles may have; "text" it must
CSV_COLUMNS = ("id", "title", "date", "url", "source", "locality", "text")



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
    about 5 ms an article. Building a graph finds the place of every article that
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
    problem: str | None = None  # why this file holds no article that can be read


def sources(paths: str | Path | Iterable[str | Path]) -> Iterator[Source]:
    """The article sources in files and folders, in order."""
    for path, article_id in corpus_files(paths):
        yield from file_sources(path, article_id)


def corpus_files(paths: str | Path | Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Every file of a corpus, in order, with the id its article takes (for a file of one
    article): the path inside the folder given, without its suffix, so that 2016/bai1.txt
    and 2017/bai1.txt are two articles. Files that cannot be read (PDF, Word) come first,
    so that they are reported.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "2016").mkdir(); _ = (folder / "2016" / "bai1.txt").write_text("x", encoding="utf-8")
    >>> [(p.name, i) for p, i in corpus_files(folder)]
    [('bai1.txt', '2016/bai1')]
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in UNREAD):
                yield child, _without_suffix(child.relative_to(path).as_posix())
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(SUFFIXES)):
                yield child, _without_suffix(child.relative_to(path).as_posix())
        elif path.exists():
            yield path, _without_suffix(path.name)
        else:
            raise ArticleError(f"{path}: no such file or folder")


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def _without_suffix(name: str) -> str:
    return name.rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name


def file_sources(path: Path, article_id: str) -> Iterator[Source]:
    """The sources in one file of a corpus (one article, or one a line)."""
    name = path.name.lower()
    if _suffix(path) in UNREAD:
        yield Source(str(path), problem=f"{path}: {UNREAD[_suffix(path)]}")
        return
    if name.endswith(".csv"):
        yield from _csv_sources(path)
        return
    if not name.endswith((".jsonl", ".jsonl.gz", ".json.gz")):
        yield Source(str(path), id=article_id)
        return
    opener = gzip.open if name.endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                if raw.strip():
                    yield Source(str(path), lineno, raw)
    except (OSError, EOFError, zlib.error) as exc:
        # a gzip file cut short or damaged, a file that cannot be opened: what was read
        # stays read, the rest is reported like any other line that is not an article
        where = f"after line {lineno} (the lines before it were read)" if lineno else "at all"
        yield Source(str(path), lineno + 1, problem=f"{path}: cannot be read {where}: {_why(exc)}")


def _why(exc: BaseException) -> str:
    """What an error reading a file says, without Python's error number."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _csv_sources(path: Path) -> Iterator[Source]:
    """One source per row of a CSV table with a header row naming its columns (those of
    :data:`CSV_COLUMNS`; ``text`` is needed). Rows are handed on as JSON records."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Source(str(path), problem=f"{path}: cannot be read ({exc.strerror})")
        return
    try:
        text = _decode(path, data)
    except ArticleError as exc:
        yield Source(str(path), problem=str(exc))
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "text" not in columns:
        found = ", ".join(c for c in reader.fieldnames or [] if c) or "none"
        yield Source(str(path), problem=(f"{path}: a CSV of articles needs a header row with a text column "
                                         f"(and may have {', '.join(c for c in CSV_COLUMNS if c != 'text')}); "
                                         f"its columns are: {found[:200]}"))
        return
    reader.fieldnames = columns
    try:
        for row in reader:
            record = {k: v for k, v in row.items() if k in CSV_COLUMNS and v not in (None, "")}
            record.setdefault("text", "")
            # the id falls back to the file and line, as in a JSON-lines file
            yield Source(str(path), reader.line_num, json.dumps(record, ensure_ascii=False).encode("utf-8"))
    except csv.Error as exc:
        yield Source(str(path), reader.line_num, problem=f"{path}, line {reader.line_num}: not readable as CSV ({exc})")


def parse_source(source: Source) -> Article:
    """Read the article a source points to; :class:`ArticleError` if it is not one."""
    path = Path(source.path)
    if source.problem:
        raise ArticleError(source.problem)
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
    date = None
    if path.name.lower().endswith((".html", ".htm")):
        try:
            title, text, date = html_article(text)
        except Exception as exc:  # html.parser is lenient; anything it still cannot take is reported
            raise ArticleError(f"{path}: not readable as HTML ({exc})") from None
    else:
        title = None
    if not text.strip():
        raise ArticleError(f"{path}: empty, no text to read")
    article = _from_text(source.id or _without_suffix(path.name), text, source=str(path), title=title)
    return attrs.evolve(article, date=date) if date else article


def _decode(path: Path, data: bytes, line: int | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = f"{path}, line {line}" if line else str(path)
        # in a gzip file, bytes that are not UTF-8 are most likely damage (the file's check
        # fails only at its end): converting would not help
        hint = (f"the gzip file may be damaged: `gzip -t {path}` checks it" if path.name.lower().endswith(".gz")
                else "convert it first, e.g. iconv -f cp1258 -t utf-8")
        raise ArticleError(f"{where}: not UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 4]!r}); {hint}") from None


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
        self.meta: dict[str, str] = {}  # name, property or itemprop → content, the first of each
        self.times: list[str] = []  # <time datetime="...">, in order
        self.json_ld: list[str] = []
        self.in_json_ld = False
        self.parts: list[str] = []
        self.skipping = 0
        self.in_title = False
        self.title: list[str] = []
        self.h1: list[str] = []
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and values.get("content"):
            for field in ("property", "name", "itemprop"):
                if values.get(field):
                    self.meta.setdefault(values[field].strip().lower(), values["content"])
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "script" and (values.get("type") or "").strip().lower() == "application/ld+json":
            self.in_json_ld = True
        if tag in self._SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_json_ld = False
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_json_ld:
            self.json_ld.append(data)
        if self.skipping:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.in_h1:
            self.h1.append(data)
        self.parts.append(data)


# where pages say when they were published, most specific first
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "date",
              "sailthru.date", "parsely-pub-date", "article.published", "published_time")
_ISO_START = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def _published(parser: "_TextOfHtml") -> dt.date | None:
    for field in _DATE_META:
        date = _page_date(parser.meta.get(field))
        if date:
            return date
    for block in parser.json_ld:
        for value in re.findall(r'"datePublished"\s*:\s*"([^"]{1,40})"', block):
            date = _page_date(value)
            if date:
                return date
    for value in parser.times:
        date = _page_date(value)
        if date:
            return date
    return None


def _page_date(value: str | None) -> dt.date | None:
    """A date as pages write it in metadata: ISO 8601 ("2017-03-05T09:15:00+07:00") or as
    a header line ("05/03/2017 09:15")."""
    if not value:
        return None
    m = _ISO_START.match(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return header_date(value.strip())


def html_date(markup: str) -> dt.date | None:
    """The date an HTML page says it was published: ``article:published_time`` and the
    other common meta tags, JSON-LD ``datePublished``, or the first ``<time datetime>``.

    >>> html_date('<meta property="article:published_time" content="2017-03-05T09:15:00+07:00">')
    datetime.date(2017, 3, 5)
    >>> html_date('<script type="application/ld+json">{"datePublished": "2017-04-11T07:00"}</script>')
    datetime.date(2017, 4, 11)
    >>> html_date('<p>Đăng <time datetime="2017-05-20">20/5</time></p>'), html_date("<p>không có</p>")
    (datetime.date(2017, 5, 20), None)
    """
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    return _published(parser)


def html_article(markup: str) -> tuple[str | None, str, dt.date | None]:
    """The title, readable text and publication date of an HTML page.

    The date comes from the page's metadata (:func:`html_date`), else a header line in its
    text. With trafilatura installed (``pip install dangdoc[html]``) the text is the
    article alone, without menus, related links, comments and footer, whose citations
    and place names are not the article's; without it, all the text of the page
    (:func:`html_text`).
    """
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    title, text = _readable(parser)
    main = _main_text(markup)
    if main and main[0].strip():
        text = main[0]
        title = title or main[1]
    # not trafilatura's date: with no date in the metadata it takes one from the text, which
    # in these articles is as likely the date of a cited document ("Chỉ thị 05 ngày 15/5/2016")
    return title, text, _published(parser) or header_date(text)


def _main_text(markup: str) -> tuple[str, str | None] | None:
    """The article's own text and title by trafilatura, or None if it is not installed or
    finds nothing."""
    try:
        import trafilatura
    except Exception:  # not installed, or a dependency of it missing: read the whole page
        return None
    try:
        found = trafilatura.bare_extraction(markup, include_comments=False, favor_recall=True)
    except Exception:  # a page it cannot take is read whole instead
        return None
    if not found:
        return None
    found = found if isinstance(found, dict) else found.as_dict()
    text = "\n".join(line.strip() for line in (found.get("text") or "").splitlines() if line.strip())
    return text, found.get("title")


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
    return _readable(parser)


def _readable(parser: "_TextOfHtml") -> tuple[str | None, str]:
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in "".join(parser.parts).splitlines()]
    text = "\n".join(line for line in lines if line)
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1).split()) or None
    return title, text


