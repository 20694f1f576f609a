"""annotate: an article as HTML with every citation highlighted and linked to its document."""

from __future__ import annotations

import html

from ..corpus.articles import Article
from ..corpus.pipeline import read_article

_STYLE = """
body { font: 16px/1.6 "DejaVu Serif", Georgia, serif; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #222; }
.text { white-space: pre-wrap; }
a.cite { background: #fff3b0; color: inherit; text-decoration: none; border-bottom: 2px solid #e0b000; padding: 0 1px; }
a.cite.ambiguous { background: #ffd9d9; border-bottom-color: #d04040; }
a.cite:hover { background: #ffe066; }
ol.docs { font: 14px/1.5 "DejaVu Sans", Arial, sans-serif; }
ol.docs .key { font-weight: 600; }
ol.docs .meta { color: #555; }
"""


def annotate(article: Article | str, *, title: str | None = None, locality: str | None = None) -> str:
    """A whole HTML page: the text with each citation marked and linked to a list of the
    documents it names (hover for the resolved title and date). Every character of the
    text is escaped; nothing is loaded from the network.

    >>> page = annotate("Theo Chỉ thị số 05-CT/TW của Bộ Chính trị <script>x</script>.")
    >>> '<a class="cite" href="#doc-1"' in page and "&lt;script&gt;" in page and "<script>" not in page
    True
    """
    if not isinstance(article, Article):
        article = Article("-", title, None, None, None, locality, article)
    text, title = article.text, title or article.title
    if locality and article.locality is None:
        article = Article(article.id, article.title, article.date, article.source, article.url, locality, text)
    record = read_article(article)
    number = {key: i for i, key in enumerate(dict.fromkeys(m.document for m in record.mentions), 1)}
    parts, pos = [], 0
    for m in record.mentions:
        doc = record.documents[m.document]
        tip = " — ".join(str(x) for x in (m.document, doc["title"], doc["date"], doc["body"]) if x)
        css = "cite ambiguous" if doc["ambiguous"] else "cite"
        parts.append(html.escape(text[pos:m.start]))
        parts.append(f'<a class="{css}" href="#doc-{number[m.document]}" title="{html.escape(tip)}">'
                     f"{html.escape(text[m.start:m.end])}</a>")
        pos = m.end
    parts.append(html.escape(text[pos:]))
    items = []
    for key, i in number.items():
        doc, count = record.documents[key], sum(1 for m in record.mentions if m.document == key)
        meta = ", ".join(str(x) for x in (doc["date"], doc["body"], doc["locality"]) if x)
        flag = " (ambiguous)" if doc["ambiguous"] else ""
        items.append(f'<li id="doc-{i}"><span class="key">{html.escape(key)}</span>{flag}'
                     f'{" — " + html.escape(doc["title"]) if doc["title"] else ""}'
                     f'<div class="meta">{html.escape(meta)} · {count} mention{"s" if count != 1 else ""}</div></li>')
    heading = html.escape(title or "dangdoc")
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        f"<title>{heading}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{heading}</h1><div class=\"text\">{''.join(parts)}</div>"
        f"<h2>Documents cited</h2><ol class=\"docs\">{''.join(items)}</ol></body></html>\n"
    )
