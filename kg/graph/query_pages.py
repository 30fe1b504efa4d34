"""The server's HTML pages: the saved queries as forms, and a saved query's rows as a table."""

from __future__ import annotations

import html
from urllib.parse import quote

from . import queries as Q

_STYLE = ("body{font-family:sans-serif;max-width:72em;margin:1em auto;padding:0 1em}"
          "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
          "form{margin:.3em 0 1.2em}label{margin-right:1em}")


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>\n{body}\n</body></html>\n")


def _form(q: Q.SavedQuery, values: dict[str, str]) -> str:
    inputs = "".join(
        f'<label>{html.escape(p.name)}{"" if p.optional else " *"} <input name="{html.escape(p.name)}" '
        f'value="{html.escape(values.get(p.name, ""))}" title="{html.escape(p.description)}"'
        f'{"" if p.optional else " required"}></label>'
        for p in q.params
    )
    return f'<form method="get" action="/query/{quote(q.name)}">{inputs}<button>Run {html.escape(q.name)}</button></form>'


def index_page(has_page: bool) -> str:
    items = []
    for q in Q.saved_queries().values():
        ps = "; ".join(f"{p.name}{' (optional)' if p.optional else ''}: {p.description}" for p in q.params) or "none"
        items.append(f"<h2>{html.escape(q.name)}</h2><p>{html.escape(q.question)}</p>"
                     f"<p><small>Parameters: {html.escape(ps)}</small></p>{_form(q, {})}")
    network = '<a href="/graph.html">the network page</a> · ' if has_page else ""
    return _page("kg: saved queries", f"<h1>kg: saved queries</h1><p>{network}SPARQL endpoint: "
                 f"<code>/sparql</code></p>\n" + "\n".join(items))


def result_page(q: Q.SavedQuery, values: dict[str, str], result: Q.QueryResult | None, max_rows: int,
                error: str | None = None) -> str:
    body = [f'<p><a href="/">all queries</a></p><h1>{html.escape(q.name)}</h1><p>{html.escape(q.question)}</p>',
            _form(q, values)]
    if error is not None:
        body.append(f'<p role="alert">{html.escape(error)}</p>')
    elif result is not None:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in result.columns)
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(v or '')}</td>" for v in row) + "</tr>"
                       for row in result.rows[:max_rows])
        more = f" (first {max_rows} shown)" if len(result.rows) > max_rows else ""
        body.append(f"<p>{len(result.rows)} rows{more}</p><table><tr>{head}</tr>{rows}</table>")
    return _page(f"kg: {q.name}", "\n".join(body))
