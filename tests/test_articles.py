"""read_articles: .txt folders, JSON lines (gzip too), HTML; dates in headers."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from dangdoc.corpus.articles import ArticleError, header_date, html_text, read_articles


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


def test_html(tmp_path):
    page = ("<html><head><title>Tin &amp; bài</title><style>p{}</style></head><body><script>alert(1)</script>"
            "<h1>Tiêu đề</h1><p>Thực hiện Chỉ thị số 05-CT/TW&nbsp;của Bộ Chính trị</p><p>Đoạn 2</p></body></html>")
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    (article,) = read_articles(tmp_path / "p.html")
    assert article.title == "Tin & bài"
    assert "alert" not in article.text and "p{}" not in article.text
    assert article.text.splitlines() == ["Tiêu đề", "Thực hiện Chỉ thị số 05-CT/TW\xa0của Bộ Chính trị", "Đoạn 2"]
    assert html_text("<p>a<br>b</p>")[1] == "a\nb"


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
