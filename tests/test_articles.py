"""read_articles: .txt folders, JSON lines (gzip too), CSV, HTML; dates in headers and page
metadata; files that are not read say why; the build command says when nothing was read."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import sys

import pytest

from dangdoc.corpus.articles import ArticleError, header_date, html_article, html_date, html_text, read_articles
from dangdoc.cli import main


@pytest.mark.parametrize(
    "header, date",
    [
        ("18/09/2023 07:45", dt.date(2023, 9, 18)),  # date and time
        ("Thứ năm, 15/02/2024 20:10", dt.date(2024, 2, 15)),  # weekday
        ("Thứ tư, 7/2/2024, 23:41 (GMT+7)", dt.date(2024, 2, 7)),  # time zone
        ("08:21, ngày 16-04-2021", dt.date(2021, 4, 16)),  # time first
        ("Đăng lúc: 17/01/2022 (GMT+7)", dt.date(2022, 1, 17)),  # label
        ("Ngày 22/10, tại Hà Nội, Bộ Chính trị họp", None),  # a sentence, not a header
        ("31/02/2023 10:00", None),  # no such day
    ],
)
def test_header_dates(header, date):
    assert header_date(f"Tiêu đề bài báo\n\n{header}\n\nNội dung bài.") == date


def test_txt_folder(tmp_path):
    (tmp_path / "b.txt").write_text(".\n\nKết quả xây dựng Đảng ở Quảng Yên\n\nCập nhật:\n\nThị ủy Quảng Yên chỉ đạo", encoding="utf-8")
    (tmp_path / "a.txt").write_text("\ufeffTam Kỳ học tập\n18/09/2023 07:45\nNội dung", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    a, b = read_articles(tmp_path)
    assert (a.id, a.title, a.date) == ("a", "Tam Kỳ học tập", dt.date(2023, 9, 18))
    assert (b.id, b.title, b.date) == ("b", "Kết quả xây dựng Đảng ở Quảng Yên", None)
    assert b.locality is None
    _, b = read_articles(tmp_path, place=True)
    assert b.locality == "Quảng Yên, Quảng Ninh"


def test_jsonl_and_gzip(tmp_path):
    rows = [{"id": "x1", "title": "T", "date": "2017-03-01", "url": "http://e/1", "text": "Chỉ thị 05"},
            {"id": "x2", "text": "Tin mới\nThứ hai, 6/3/2017 08:00\nNội dung"},
            {"id": "x3", "date": "Thứ tư, 7/2/2024, 23:41 (GMT+7)", "text": "Tin có ngày"},
            {"id": "x4", "date": "02/05/2019", "text": "Tin có ngày"}]
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    (tmp_path / "c.jsonl").write_text(data, encoding="utf-8")
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(data)
    for name in ("c.jsonl", "d.jsonl.gz"):
        x1, x2, x3, x4 = read_articles(tmp_path / name)
        assert (x3.date, x4.date) == (dt.date(2024, 2, 7), dt.date(2019, 5, 2))  # dates as page headers write them
        assert (x1.id, x1.date, x1.url) == ("x1", dt.date(2017, 3, 1), "http://e/1")
        assert (x2.title, x2.date) == ("Tin mới", dt.date(2017, 3, 6))


PAGE = ("<html><head><title>Tin &amp; bài</title><style>p{}</style></head><body><script>alert(1)</script>"
        "<h1>Tiêu đề</h1><p>Thực hiện Chỉ thị số 05-CT/TW&nbsp;của Bộ Chính trị</p><p>Đoạn 2</p></body></html>")


def test_html_text():
    title, text = html_text(PAGE)
    assert title == "Tin & bài"
    assert text.splitlines() == ["Tiêu đề", "Thực hiện Chỉ thị số 05-CT/TW\xa0của Bộ Chính trị", "Đoạn 2"]
    assert html_text("<p>a<br>b</p>")[1] == "a\nb"


@pytest.mark.parametrize("trafilatura", [True, False], ids=["with trafilatura", "without"])
def test_html(tmp_path, monkeypatch, trafilatura):
    if not trafilatura:
        monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    else:
        pytest.importorskip("trafilatura")
    (tmp_path / "p.html").write_text(PAGE, encoding="utf-8")
    (article,) = read_articles(tmp_path / "p.html")
    assert article.title == "Tin & bài"
    assert "alert" not in article.text and "p{}" not in article.text
    assert [" ".join(line.split()) for line in article.text.splitlines()][-2:] == [
        "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị", "Đoạn 2"]


# a page as news sites make them: a menu, the article, related links and a footer that
# cite and name places of their own
NEWS_PAGE = (
    "<html><head><title>Quảng Nam sơ kết</title>{head}</head><body><nav><ul>"
    + "".join(f"<li><a href='/c{i}'>Chuyên mục {i}</a></li>" for i in range(12))
    + "</ul></nav><main><article><h1>Quảng Nam sơ kết một năm</h1>{lead}"
    "<p>Sáng 5/3, Ban Thường vụ Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số "
    "04-NQ/TW gắn với Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.</p>"
    "<p>Các cấp ủy trong tỉnh đã ban hành kế hoạch, tổ chức học tập cho hơn 95% cán bộ, đảng viên; nhiều địa "
    "phương cụ thể hóa thành chương trình hành động với những việc làm cụ thể.</p>"
    "<p>Kết luận hội nghị, Bí thư Tỉnh ủy đề nghị tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh, coi đó là nhiệm vụ thường xuyên của mỗi tổ chức đảng.</p></article>"
    "<aside><h3>Tin liên quan</h3><ul><li><a href='/x'>TP.HCM triển khai Nghị quyết 35/NQ-CP</a></li>"
    "<li><a href='/y'>Hà Tĩnh sơ kết Quyết định 1722/QĐ-TTg</a></li></ul></aside></main>"
    "<footer><p>Cơ quan chủ quản: Tỉnh ủy Quảng Ngãi. Địa chỉ: 48 Hùng Vương, TP Quảng Ngãi.</p></footer>"
    "</body></html>")


@pytest.mark.parametrize(
    "head, lead, date",
    [
        ('<meta property="article:published_time" content="2017-03-05T09:15:00+07:00">', "", dt.date(2017, 3, 5)),
        ('<meta property="og:published_time" content="2017-03-06">', "", dt.date(2017, 3, 6)),  # Open Graph
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-04-11T07:00:00+07:00"}'
         "</script>", "", dt.date(2017, 4, 11)),  # JSON-LD
        ('<meta itemprop="datePublished" content="2017-04-12">', "", dt.date(2017, 4, 12)),  # microdata
        ("", '<p><time datetime="2017-05-20T08:00:00+07:00">Thứ bảy, 20/5/2017</time></p>', dt.date(2017, 5, 20)),
        ('<meta name="pubdate" content="2017-06-12">', "", dt.date(2017, 6, 12)),
        ('<meta name="publishdate" content="12/06/2017 08:00">', "", dt.date(2017, 6, 12)),  # written day first
        ('<meta name="dc.date.issued" content="2017-07-01">', "", dt.date(2017, 7, 1)),  # Dublin Core
        ("", "<p>Thứ hai, 6/3/2017 08:00</p>", dt.date(2017, 3, 6)),  # only a header line
        ("", "", None),  # no date anywhere
    ],
)
def test_html_dates(head, lead, date):
    markup = NEWS_PAGE.format(head=head, lead=lead)
    assert html_article(markup)[2] == date
    if head:
        assert html_date(markup) == date


def test_html_without_boilerplate_when_trafilatura_is_there():
    pytest.importorskip("trafilatura")
    from dangdoc import find_citations
    from dangdoc.resolve.places import locate

    _, text, _ = html_article(NEWS_PAGE.format(head="", lead=""))
    assert [c.doc and str(c.doc) for c in find_citations(text)] == ["04-NQ/TW", "05-CT/TW"]  # not the sidebar's
    assert locate(text).province == "Quảng Nam"  # the footer's Quảng Ngãi and the links' places left out
    assert "Chuyên mục" not in text and "Cơ quan chủ quản" not in text


def test_errors_name_the_file(tmp_path):
    bad = tmp_path / "old.txt"
    bad.write_bytes("Thông báo 05".encode("cp1258"))
    with pytest.raises(ArticleError, match="old.txt.*not UTF-8"):
        list(read_articles(bad))
    broken = tmp_path / "e.jsonl"
    broken.write_text('{"id": "1", "text": "ok"}\n{"id": "2", "te', encoding="utf-8")
    with pytest.raises(ArticleError, match="e.jsonl, line 2"):
        list(read_articles(broken))
    with pytest.raises(ArticleError, match="no such file"):
        list(read_articles(tmp_path / "missing"))


def test_csv_read_by_its_header(tmp_path):
    path = tmp_path / "bai.csv"
    path.write_text('\ufeffID,Title,Date,URL,Text\n'
                    'x1,Tam Kỳ học tập,2017-03-01,http://e/1,"Thực hiện Chỉ thị số 05-CT/TW, ""đợt 2""\ndòng hai"\n'
                    ',Không có mã,,,Nội dung\n', encoding="utf-8")
    x1, x2 = read_articles(path)
    assert (x1.id, x1.title, x1.date, x1.url) == ("x1", "Tam Kỳ học tập", dt.date(2017, 3, 1), "http://e/1")
    assert x1.text == 'Thực hiện Chỉ thị số 05-CT/TW, "đợt 2"\ndòng hai'  # quoted, with a line break
    assert x2.id == "bai.csv:4"  # no id: the file and line (the quoted break made row 1 two lines)


def test_csv_without_a_text_column_is_refused(tmp_path):
    path = tmp_path / "bang.csv"
    path.write_text("ten,noi_dung\n1,abc\n", encoding="utf-8")
    with pytest.raises(ArticleError, match=r"bang.csv: a CSV of articles needs a header row with a text column "
                                           r".*its columns are: ten, noi_dung"):
        list(read_articles(path))


@pytest.mark.parametrize(
    "name, reason",
    [
        ("a.pdf", "PDF and Word are not read: convert them to text"),
        ("b.docx", "PDF and Word are not read: convert them to text"),
        ("c.doc", "PDF and Word are not read: convert them to text"),
        ("d.odt", "PDF and Word are not read: convert them to text"),
        ("e.xlsx", "spreadsheets are not read: save the sheet as CSV"),
    ],
)
def test_unread_files_in_a_folder_say_why(tmp_path, name, reason):
    (tmp_path / name).write_bytes(b"%PDF-1.4 \x00\x01")
    (tmp_path / "ok.txt").write_text("Thực hiện Chỉ thị số 05-CT/TW.", encoding="utf-8")
    problems = []
    assert [a.id for a in read_articles(tmp_path, strict=False, skipped=problems)] == ["ok"]
    assert problems == [f"{tmp_path / name}: {problems[0].split(': ', 1)[1]}"] and reason in problems[0]
    with pytest.raises(ArticleError, match=reason):
        list(read_articles(tmp_path))  # strict: the first one stops the reading


def test_build_lists_what_it_skipped_and_builds_the_rest(tmp_path, capsys):
    folder = tmp_path / "bai"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(b"%PDF-1.4")
    (folder / "b.csv").write_text("ten,noi_dung\n1,abc\n", encoding="utf-8")
    (folder / "c.csv").write_text("id,text\nc1,Thực hiện Chỉ thị số 05-CT/TW.\n", encoding="utf-8")
    (folder / "d.txt").write_text("Theo Chỉ thị số 05-CT/TW.", encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "g.json"), "-q"]) == 0
    out, err = capsys.readouterr()
    assert "2 articles" in out and "2 skipped" in out
    assert "a.pdf: PDF and Word are not read: convert them to text" in err
    assert "b.csv: a CSV of articles needs a header row with a text column" in err


@pytest.mark.parametrize("where", ["-o", "--db"])
def test_build_of_nothing_fails(tmp_path, capsys, where):
    (tmp_path / "empty").mkdir()
    out = tmp_path / ("g.json" if where == "-o" else "s.db")
    assert main(["build", str(tmp_path / "empty"), where, str(out), "-q"]) == 1
    assert "no article read from" in capsys.readouterr().err
    (tmp_path / "only.pdf").write_bytes(b"%PDF-1.4")
    assert main(["build", str(tmp_path / "only.pdf"), where, str(out), "-q"]) == 1
    err = capsys.readouterr().err
    assert "PDF and Word are not read" in err and "no article read from" in err


def test_articles_that_cite_nothing_are_still_read(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("Một bài không trích dẫn gì.", encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "g.json"), "-q"]) == 0


@pytest.mark.parametrize("name", ["news.jsonl.gz", "news.jsonl", "bai.txt", "trang.html", "bang.csv", "folder"])
def test_a_corpus_where_a_graph_belongs_says_so(tmp_path, capsys, name):
    if name == "folder":
        (tmp_path / name).mkdir()
        (tmp_path / name / "bai.txt").write_text("Theo Chỉ thị 05-CT/TW.", encoding="utf-8")
    else:
        (tmp_path / name).write_bytes(gzip.compress(b'{"id": "1", "text": "x"}\n') if name.endswith(".gz") else b"x")
    for command in (["cites", str(tmp_path / name), "05-CT/TW"], ["spread", str(tmp_path / name), "05-CT/TW"],
                    ["render", str(tmp_path / name), "-o", str(tmp_path / "g.svg")]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert "is a corpus of articles, not what `dangdoc build` keeps; build it first: dangdoc build" in err


def test_an_empty_folder_where_a_table_belongs_says_so(tmp_path, capsys):
    assert main(["cites", str(tmp_path), "05-CT/TW"]) == 1
    assert "an empty folder, no column table in it yet; build one there with `dangdoc build CORPUS -o" in \
        capsys.readouterr().err


def test_bytes_not_utf8_in_a_gzip_file_are_called_damage(tmp_path, capsys):
    """Inside a gzip file, a line that is not UTF-8 is most likely damage (the file's check
    fails only at its end): the message says to check the file, not to convert it."""
    lines = b"".join(b'{"id": "a%d", "text": "Theo Ch\xe1\xbb\x89 th\xe1\xbb\x8b 05-CT/TW."}\n' % i for i in range(50))
    damaged = lines[:600] + b"\xff\xfe" + lines[602:]
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(damaged))
    (tmp_path / "old.jsonl").write_bytes(b'{"id": "x", "text": "Ch\xe9"}\n')
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "g.json"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "news.jsonl.gz, line" in err and "the gzip file may be damaged: `gzip -t" in err
    assert "old.jsonl, line 1: not UTF-8" in err and "iconv -f cp1258" in err


def test_a_damaged_gzip_file_is_reported_and_what_was_read_stays(tmp_path, capsys):
    lines = b"".join(b'{"id": "a%d", "text": "Theo Ch\xe1\xbb\x89 th\xe1\xbb\x8b 05-CT/TW."}\n' % i for i in range(3000))
    whole = gzip.compress(lines)
    (tmp_path / "a-cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])  # a download cut short
    (tmp_path / "b-bad.jsonl.gz").write_bytes(b"not gzip at all")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "g.json"), "-q"]) == 0
    err = capsys.readouterr().err
    assert "a-cut.jsonl.gz: cannot be read after line" in err and "(the lines before it were read)" in err
    assert "b-bad.jsonl.gz: cannot be read at all: Not a gzipped file" in err
    graph = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))["graph"]
    read = [n for n in graph["nodes"] if n["id"].startswith("article:")]
    assert 0 < len(read) < 3000
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "g2.json"), "-q", "--strict"]) == 1
