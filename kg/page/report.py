"""``kg report``: one province's foreign relations as a page a Sở Ngoại vụ can hand to its leaders.

One self-contained HTML file (no script, no request: a Content-Security-Policy
forbids any, the timeline is inline SVG) or Markdown for pasting into a
report.  Every string read from an article is escaped (HTML-escaped, and in
Markdown its markup characters too); article links are kept only when they are
plain http(s) URLs.  Every row links to its numbered evidence sentences.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import Path
from string import Template

from .report_data import Report, Source

FORMATS = ("html", "md")
STATUSES = ("in_force", "renewed", "dormant", "expired", "unknown")
_STATUS_VI = {"in_force": "còn hiệu lực", "renewed": "đã gia hạn", "dormant": "không hoạt động",
              "expired": "hết hạn", "unknown": "chưa rõ"}
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`]+$")


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def headline(r: Report) -> list[tuple[str, str]]:
    """The figures at the top: (label, value)."""
    status = Counter(a.status for a in r.agreements)
    dated = [d for t in r.ties for d in (t.first, t.last) if d]
    return [
        ("Đối tác / partners", str(len(r.ties))),
        ("Quốc gia / countries", str(len({t.country for t in r.ties if t.country}))),
        ("Thỏa thuận / agreements", str(len(r.agreements))),
        *((f"{_STATUS_VI[s]} / {s}", str(status[s])) for s in STATUSES if status[s]),
        ("Sự kiện / events", str(len(r.events))),
        ("Số liệu / indicators", str(len(r.indicators))),
        ("Bài báo / articles", str(len({(s.file, s.title) for s in r.sources}))),
        ("Từ / since", min(dated) if dated else "—"),
    ]


def _scope(r: Report) -> str:
    years = f"{r.year_from or '…'}–{r.year_to or '…'}" if r.year_from or r.year_to else "mọi năm / all years"
    return f"{years}; tình trạng tính đến / status as of {r.as_of}"


def _notes(r: Report) -> list[str]:
    notes = []
    if r.became:
        notes.append(f"{r.province} đã sáp nhập vào {r.became} từ 1/7/2025 / was merged into {r.became} on 2025-07-01: "
                     f"kg report \"{r.became}\" gồm cả quan hệ của {r.province}.")
    if r.predecessors:
        notes.append(f"Gồm quan hệ của các đơn vị sáp nhập vào {r.province} ngày 1/7/2025 / includes the ties of the units "
                     f"merged into it: {', '.join(r.predecessors)} (cột “via”).")
    if r.undated_left_out:
        notes.append(f"{r.undated_left_out} dòng không có ngày không được tính trong khoảng năm này / undated rows left out.")
    return notes


def timeline_years(r: Report) -> dict[int, Counter]:
    """Events per year by partner country (an event with partners of two countries counts for each)."""
    years: dict[int, Counter] = {}
    for ev in r.events:
        if ev.date and ev.date[:4].isdigit():
            counts = years.setdefault(int(ev.date[:4]), Counter())
            for c in ev.countries or ("—",):
                counts[c] += 1
    return years


def timeline_svg(r: Report) -> str:
    """A stacked bar chart of events per year by partner country, as inline SVG (no script)."""
    years = timeline_years(r)
    if not years:
        return '<p class="empty">Không có sự kiện có ngày / no dated event.</p>'
    span = list(range(min(years), max(years) + 1))
    countries = sorted({c for cs in years.values() for c in cs})
    colour = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(countries)}
    top = max(sum(cs.values()) for cs in years.values())
    bar, gap, height, left, bottom = 36, 14, 180, 40, 30
    width = left + len(span) * (bar + gap) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="timeline" width="{width}" '
             f'height="{height + bottom + 10}" viewBox="0 0 {width} {height + bottom + 10}">',
             '<title>Sự kiện theo năm và quốc gia đối tác / events per year by partner country</title>',
             f'<line x1="{left}" y1="{height}" x2="{width - 5}" y2="{height}" stroke="#555"/>',
             f'<text x="{left - 6}" y="14" text-anchor="end" class="axis">{top}</text>',
             f'<text x="{left - 6}" y="{height}" text-anchor="end" class="axis">0</text>']
    for i, year in enumerate(span):
        x, y = left + i * (bar + gap) + gap // 2, float(height)
        for country in countries:
            n = years.get(year, Counter())[country]
            if n:
                h = n * (height - 10) / top
                y -= h
                parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colour[country]}">'
                             f'<title>{year}: {_e(country)} — {n}</title></rect>')
        parts.append(f'<text x="{x + bar / 2:.0f}" y="{height + 18}" text-anchor="middle" class="axis">{year}</text>')
    parts.append("</svg>")
    legend = "".join(f'<li><span class="swatch" style="background:{colour[c]}"></span>{_e(c)}</li>' for c in countries)
    return "".join(parts) + f'<ul class="legend">{legend}</ul>'


def _refs(sources: tuple[int, ...]) -> str:
    return " ".join(f'<a href="#ev-{i}">[{i}]</a>' for i in sources) or "—"


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A table whose cells are already HTML (escaped by the caller)."""
    if not rows:
        return '<p class="empty">Không có / none.</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _source_html(i: int, s: Source) -> str:
    title = f'<a href="{_e(s.url)}" rel="noopener noreferrer">{_e(s.title)}</a>' if s.url and _SAFE_URL.match(s.url) else _e(s.title)
    meta = ", ".join(_e(x) for x in (s.source, s.date) if x)
    return (f'<li id="ev-{i}"><q>{_e(s.sentence)}</q> — {title}{f" ({meta})" if meta else ""}'
            f' <span class="file">{_e(s.file)}:{s.start}–{s.end}</span></li>')


def render_html(r: Report) -> str:
    """The report as one self-contained HTML page."""
    from ..resources import page_asset

    figures = "".join(f'<div class="figure"><b>{_e(v)}</b><span>{_e(k)}</span></div>' for k, v in headline(r))
    by_country: dict[str, list] = {}
    for t in r.ties:
        by_country.setdefault(t.country or "—", []).append(t)
    partners = "".join(
        f"<h3>{_e(country)}</h3>" + _table(
            ("Đối tác / partner", "Loại / type", "Qua / via", "Bài / articles", "Đầu tiên / first", "Gần nhất / last",
             "Quan hệ / kinds", "Nguồn / sources"),
            [(_e(t.partner), _e(t.partner_type), _e(t.via or ""), str(t.articles), _e(t.first or "không rõ ngày"),
              _e(t.last or ""), _e(t.kinds), _refs(t.sources)) for t in ties])
        for country, ties in sorted(by_country.items())) or '<p class="empty">Không có / none.</p>'
    agreements = _table(
        ("Đối tác / partners", "Văn bản / type", "Qua / via", "Ký / since", "Thời hạn / period", "Hoạt động gần nhất / last activity",
         "Tình trạng / status", "Nguồn / sources"),
        [(_e(a.partners), _e(a.agreement_type), _e(a.via or ""), _e(a.since or ""), _e(a.period or ""), _e(a.last_activity or ""),
          f'<span class="status {a.status}">{_e(_STATUS_VI.get(a.status, a.status))} / {_e(a.status)}</span>'
          + (f" ({_e(a.reported)})" if a.reported != "signed" else ""), _refs(a.sources)) for a in r.agreements])
    events = _table(("Ngày / date", "Loại / kind", "Đối tác / partners", "Qua / via", "Nguồn / sources"),
                    [(_e(e.date or ""), _e(e.kind), _e(e.partners), _e(e.via or ""), _refs(e.sources)) for e in r.events])
    indicators = _table(
        ("Chỉ số / indicator", "Giá trị / value", "Đơn vị / unit", "Kỳ / period", "Khu / zone", "Qua / via", "Nguồn / sources"),
        [(_e(i.indicator), _e((i.qualifier + " " if i.qualifier else "") + i.value), _e(i.unit), _e(i.period or ""),
          _e(i.zone or ""), _e(i.via or ""), _refs(i.sources)) for i in r.indicators])
    sources = "".join(_source_html(i, s) for i, s in enumerate(r.sources, 1))
    notes = "".join(f'<p class="note">{_e(n)}</p>' for n in _notes(r))
    template = Template(page_asset("report_template.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=_e(f"Quan hệ đối ngoại của {r.province}"), province=_e(r.province), scope=_e(_scope(r)), notes=notes,
        figures=figures, partners=partners, agreements=agreements, timeline=timeline_svg(r), events=events,
        indicators=indicators, sources=sources or '<li class="empty">Không có / none.</li>',
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")


def _m(value: object) -> str:
    """Article text made inert in Markdown: markup characters escaped, HTML entities for < > &."""
    text = "" if value is None else " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def _md_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    if not rows:
        return "Không có / none.\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _md_refs(sources: tuple[int, ...]) -> str:
    return " ".join(f"[{i}](#ev-{i})" for i in sources) or "—"


def render_md(r: Report) -> str:
    """The report as Markdown (GitHub-flavoured tables)."""
    out = [f"# Quan hệ đối ngoại của {_m(r.province)}", "", _m(_scope(r)), ""]
    out += [f"> {_m(n)}\n" for n in _notes(r)]
    out += ["## Tóm tắt / headline", "", _md_table(("", ""), [(_m(k), _m(v)) for k, v in headline(r)])]
    out += ["## Đối tác / partners", "", _md_table(
        ("country", "partner", "type", "via", "articles", "first", "last", "kinds", "sources"),
        [(_m(t.country or "—"), _m(t.partner), t.partner_type, _m(t.via or ""), str(t.articles), _m(t.first or "không rõ ngày"),
          _m(t.last or ""), _m(t.kinds), _md_refs(t.sources)) for t in r.ties])]
    out += ["## Thỏa thuận / agreements", "", _md_table(
        ("partners", "type", "via", "since", "period", "last activity", "status", "sources"),
        [(_m(a.partners), _m(a.agreement_type), _m(a.via or ""), _m(a.since or ""), _m(a.period or ""), _m(a.last_activity or ""),
          a.status, _md_refs(a.sources)) for a in r.agreements])]
    years = timeline_years(r)
    out += ["## Sự kiện theo năm / events per year", "", _md_table(
        ("year", "events by partner country"),
        [(str(y), _m(", ".join(f"{c} {n}" for c, n in sorted(years[y].items())))) for y in sorted(years)])]
    out += ["## Sự kiện / events", "", _md_table(
        ("date", "kind", "partners", "via", "sources"),
        [(_m(e.date or ""), e.kind, _m(e.partners), _m(e.via or ""), _md_refs(e.sources)) for e in r.events])]
    out += ["## Số liệu / indicators", "", _md_table(
        ("indicator", "value", "unit", "period", "zone", "via", "sources"),
        [(_m(i.indicator), _m((i.qualifier + " " if i.qualifier else "") + i.value), _m(i.unit), _m(i.period or ""),
          _m(i.zone or ""), _m(i.via or ""), _md_refs(i.sources)) for i in r.indicators])]
    out += ["## Nguồn / sources", ""]
    for i, s in enumerate(r.sources, 1):
        link = f" <{s.url}>" if s.url and _SAFE_URL.match(s.url) else ""
        meta = ", ".join(_m(x) for x in (s.source, s.date) if x)
        out.append(f'<a id="ev-{i}"></a>{i}. “{_m(s.sentence)}” — {_m(s.title)}{f" ({meta})" if meta else ""}{link}, '
                   f"`{s.file.replace('`', '')}:{s.start}–{s.end}`")
    return "\n".join(out) + "\n"


def write_report(report: Report, out: Path | None, fmt: str = "html") -> str:
    """The report rendered in ``fmt``; written to ``out`` (through a temporary file) when given."""
    text = render_html(report) if fmt == "html" else render_md(report)
    if out is not None:
        from ..build import write_atomic

        write_atomic(out, text.encode("utf-8"))
    return text
