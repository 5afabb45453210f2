"""The interactive page: one self-contained HTML file (no network at view time) for an event table.

Built on vis-timeline (npm ``vis-timeline``, Apache-2.0 OR MIT), vendored under ``assets/`` with its
licences and inlined into the page: a timeline library with zoom from centuries to hours, lanes (groups),
ranges and points, selection events, and no server or build step, which is what a newsroom page needs.

Untrusted text (every cell comes from web articles) reaches the page in two ways only: the table view and
the vague list are written here with :func:`html.escape`; the timeline's data travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, and the page's script puts
it into the DOM with ``textContent``. A Content-Security-Policy forbids any network fetch.
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

import pandas as pd

from ..chart.lanes import OTHER, assign, lane_names
from ..chart.rows import POINT, publication_dates, row_views, text, usable
from ..labels import date_label
from ..table import actors_list
from .atomic import write_text_atomic

MAX_LANES = 12
LABEL_CHARS = 42  # a timeline item shows this much; the rest is in the detail panel
NOBODY = "(nobody named)"
_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")


def _asset(name: str) -> str:
    return resources.files("timeline.export").joinpath("assets", name).read_text(encoding="utf-8")


def _iso(ts) -> str | None:
    return None if ts is None or pd.isna(ts) else pd.Timestamp(ts).strftime("%Y-%m-%dT%H:%M:%S")


def _interval(start, end) -> str:
    if start is None or pd.isna(start):
        return ""
    s, e = pd.Timestamp(start), pd.Timestamp(end) if not pd.isna(end) else None
    fmt = (lambda t: t.strftime("%Y-%m-%d")) if all(t is None or (t.hour, t.minute, t.second) == (0, 0, 0)
                                                    for t in (s, e)) else (lambda t: t.strftime("%Y-%m-%d %H:%M"))
    return f"[{fmt(s)}, {fmt(e)})" if e is not None else fmt(s)


def page_rows(df: pd.DataFrame) -> list[dict]:
    """The page's rows: every non-error row of the table, dated or vague, in table order."""
    df = usable(df)
    views = row_views(df)
    dated_keys = [v.lane for v in views if v.start is not None]
    names = lane_names([k or NOBODY for k in dated_keys], MAX_LANES)
    lanes = assign([v.lane or NOBODY for v in views], names)
    out = []
    for v, r in zip(views, df.itertuples(index=False)):
        label = v.headline if len(v.headline) <= LABEL_CHARS else v.headline[: LABEL_CHARS - 1].rstrip() + "…"
        out.append({
            "id": v.row, "doc": v.doc_id, "start": _iso(v.start), "end": _iso(v.end), "point": v.point,
            "date": v.date_text if v.start is not None else "undated",
            "label": label or text(r.timex_text), "event": v.headline, "sentence": text(getattr(r, "sentence", None)),
            "timex": text(r.timex_text), "value": text(getattr(r, "timex_value", None)),
            "interval": _interval(v.start, v.end), "asserted": v.asserted,
            "subject": text(getattr(r, "subject", None)), "actors": actors_list(getattr(r, "actors", None)),
            "lane": lanes[v.row], "source": text(getattr(r, "source", None)),
            "resolved_from": text(getattr(r, "subject_resolved_from", None)),
        })
    return out


def _json_for_script(obj) -> str:
    """JSON that cannot end its <script> block or open a comment, whatever the strings hold."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _options(values: list[str], all_label: str) -> str:
    opts = [f'<option value="">{html.escape(all_label)}</option>']
    opts += [f'<option value="{html.escape(v, quote=True)}">{html.escape(v)}</option>' for v in values]
    return "".join(opts)


def _table(rows: list[dict]) -> str:
    head = ("<tr><th scope=\"col\">Date</th><th scope=\"col\">Event</th><th scope=\"col\">Time expression</th>"
            "<th scope=\"col\">TIMEX3</th><th scope=\"col\">Interval</th><th scope=\"col\">Lane</th>"
            "<th scope=\"col\">Document</th><th scope=\"col\">Sentence</th></tr>")
    body = []
    for r in rows:
        e = html.escape
        cls = "" if r["asserted"] else ' class="hypo"'
        body.append(f'<tr tabindex="0" data-row="{r["id"]}"{cls}><td>{e(r["date"])}</td><td>{e(r["event"])}</td>'
                    f'<td>{e(r["timex"])}</td><td>{e(r["value"])}</td><td>{e(r["interval"])}</td>'
                    f'<td>{e(r["lane"])}</td><td>{e(r["doc"])}</td><td>{e(r["sentence"])}</td></tr>')
    return (f'<table><caption class="summary">All {len(rows):,} rows, in table order. Tab to a row and press '
            f'Enter to show it on the timeline.</caption><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>')


def to_html(df: pd.DataFrame, title: str | None = None) -> str:
    rows = page_rows(df)
    docs = sorted({r["doc"] for r in rows})
    if title is None:
        title = f"Timeline: {docs[0]}" if len(docs) == 1 else "Timeline"
    pubs = [{"start": _iso(p), "end": _iso(p + POINT), "label": f"published {date_label(p, None, 'day')}"}
            for p in publication_dates(usable(df))]
    dated = [r for r in rows if r["start"]]
    vague = [r for r in rows if not r["start"]]
    lanes = []
    for r in dated:
        if r["lane"] not in lanes:
            lanes.append(r["lane"])
    actors = sorted({a for r in rows for a in r["actors"]} | {r["lane"] for r in rows} - {OTHER, NOBODY})
    e = html.escape
    pub_text = ", ".join(p["label"].removeprefix("published ") for p in pubs[:5]) + (" …" if len(pubs) > 5 else "")
    summary = (f"{len(dated):,} dated and {len(vague):,} undated rows from {len(docs):,} "
               f"document{'s' if len(docs) != 1 else ''}" + (f"; published {pub_text}" if pubs else ""))
    vague_html = "".join(f'<li tabindex="0" data-row="{r["id"]}"><b>{e(r["timex"])}</b>: {e(r["event"] or r["sentence"])}'
                         f' <small>({e(r["doc"])})</small></li>' for r in vague) or "<li>none</li>"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>{_asset('page.css')}</style></head><body>",
        '<a class="skip" href="#table-view">Skip to the table of events</a>',
        f"<header><h1>{e(title)}</h1><p class=\"summary\">{e(summary)}</p></header>",
        '<section id="controls" aria-label="Lanes and filters">',
        '<label>Lanes <select id="lanes"><option value="actor">by actor</option>'
        '<option value="doc">by document</option><option value="none">one line</option></select></label>',
        f'<label>Actor <select id="actor">{_options(actors, "all actors")}</select></label>',
        f'<label>Document <select id="doc">{_options(docs, "all documents")}</select></label>',
        '<button type="button" id="zoom-in">Zoom in</button><button type="button" id="zoom-out">Zoom out</button>'
        '<button type="button" id="fit">Show all</button>',
        '<span class="legend"><span><i class="key"></i>stated</span><span><i class="key hypo"></i>hypothetical, '
        'future or negated</span><span><i class="key pub"></i>publication date</span></span>',
        "</section>",
        '<div id="timeline" role="application" aria-label="Timeline: drag to pan, scroll to zoom"></div>',
        '<section id="detail" aria-live="polite"><p>Hover over or click an event to read its sentence.</p></section>',
        f'<section id="vague"><h2>Undated / vague ({len(vague):,})</h2><ul>{vague_html}</ul></section>',
        f'<section id="table-view"><h2>Table</h2>{_table(rows)}</section>',
        '<script type="application/json" id="timeline-data">'
        + _json_for_script({"rows": rows, "pubs": pubs, "lanes": lanes}) + "</script>",
        f"<script>{_asset('vis-timeline-graph2d.min.js')}</script>",
        f"<script>{_asset('page.js')}</script>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def write_html(df: pd.DataFrame, path: str | Path, title: str | None = None) -> Path:
    """Write the page atomically (whole or nothing)."""
    return write_text_atomic(path, to_html(df, title))
