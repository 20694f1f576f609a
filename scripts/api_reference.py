"""Write docs/reference.md, the API reference, from the docstrings.

    python scripts/api_reference.py          # rewrite docs/reference.md
    python scripts/api_reference.py --check  # exit 1 if it is out of date (a test runs this)

The examples in the docstrings run as doctests where they live, in the package.
"""

from __future__ import annotations

import inspect
import re
import sys
from pathlib import Path

import dangdoc
from dangdoc.graph import core as graph
from dangdoc.graph import cluster, columns, opening
from dangdoc.graph import files as export
from dangdoc.graph import store
from dangdoc.corpus import articles
from dangdoc.graph import link
from dangdoc.resolve import places
from dangdoc.views import draw, spread

OUT = Path(__file__).resolve().parent.parent / "docs" / "reference.md"

SECTIONS = [
    ("Identifiers", [dangdoc.parse_id, dangdoc.is_valid_id, dangdoc.format_id, dangdoc.DocumentId, dangdoc.parse_date]),
    ("Citations", [dangdoc.find_citations, dangdoc.Citation]),
    ("Documents", [dangdoc.resolve_citations, dangdoc.Document, dangdoc.Resolver, dangdoc.Catalog]),
    ("Places", [dangdoc.locate, dangdoc.Place, places.place_of, places.province_of, places.canonical_place,
                places.same_place, places.place_matches, places.acting_body]),
    ("Linking across a corpus", [link.link, link.plan, link.Evidence, link.decide, link.Cite, link.Link,
                                 dangdoc.Period]),
    ("Relations", [dangdoc.find_relations, dangdoc.Relation]),
    ("Articles and the graph", [dangdoc.read_articles, dangdoc.Article, articles.html_article, articles.html_date,
                                graph.build_corpus, graph.build_graph,
                                graph.CitationGraph,
                                graph.Mention, store.Store, store.Store.relink]),
    ("Keeping and drawing", [export.save, export.load, export.write_graphml, export.read_graphml, export.write_gexf,
                             export.read_gexf, export.write_node_link, export.read_node_link,
                             dangdoc.to_dot, dangdoc.render, draw.picture, draw.write_picture, dangdoc.Picture,
                             draw.documents_picture, draw.focus_picture, dangdoc.annotate]),
    ("Where and when a document is cited", [spread.spread, spread.Spread, draw.spread_picture, draw.render_spread]),
    ("The column table", [opening.open_corpus, columns.MentionTable, columns.MentionRow, columns.RelationRow,
                          columns.write_part, graph.corpus_records, cluster.build_table]),
    ("Accuracy", [dangdoc.evaluate, dangdoc.evaluate_relations]),
    ("Errors", [dangdoc.DangdocError, dangdoc.InvalidIdentifier, dangdoc.InvalidDate, dangdoc.UnknownCode,
                dangdoc.GrammarNotFound, dangdoc.ArticleError, dangdoc.GraphFileError, dangdoc.StoreError,
                dangdoc.RenderError, dangdoc.DocumentNotFound]),
]


def _signature(obj) -> str:
    try:
        text = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return ""
    return re.sub(r"<function (\w+) at 0x[0-9a-f]+>", r"\1", text)  # no memory addresses


def _entry(obj, level: str = "###") -> list[str]:
    name = obj.__name__
    kind = "class" if inspect.isclass(obj) else "function"
    lines = [f"{level} `{obj.__module__}.{name}`", "", "```python", f"{kind} {name}{_signature(obj)}", "```", ""]
    doc = inspect.getdoc(obj) or ""
    lines += ["    " + line if line else "" for line in doc.splitlines()] + [""]
    if inspect.isclass(obj) and not issubclass(obj, BaseException):
        for member_name, member in sorted(vars(obj).items()):
            if member_name.startswith("_") or not (inspect.isfunction(member) or isinstance(member, (property, classmethod))):
                continue
            target = member.fget if isinstance(member, property) else getattr(obj, member_name)
            sig = "" if isinstance(member, property) else _signature(target)
            lines += [f"- **`{member_name}{sig}`**" + (" (property)" if isinstance(member, property) else "")]
            summary = (inspect.getdoc(target) or "").split("\n\n")[0].replace("\n", " ")
            if summary:
                lines += [f"  {summary}"]
        lines.append("")
    return lines


def reference() -> str:
    lines = ["# dangdoc API reference", "",
             "Written by `scripts/api_reference.py` from the docstrings; the examples run as doctests in the package.", ""]
    for title, objects in SECTIONS:
        lines += [f"## {title}", ""]
        for obj in objects:
            lines += _entry(obj)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    text = reference()
    if "--check" in sys.argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            sys.exit("docs/reference.md is out of date: run python scripts/api_reference.py")
        sys.exit(0)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
