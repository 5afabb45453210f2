"""The timeline chart: ``plot(df) -> Figure`` and ``save(fig, path)``; the ``timeline plot`` renderer.

=============== =====================================================================================
module          job
=============== =====================================================================================
rows.py         event table -> ChartEvents: usable rows, asserted or not, salience, the N most salient
lanes.py        which entity a row belongs to (the subject's, then its organisation or country)
axis.py         dates -> pixels; a broken axis when a story leaves long stretches empty
layout.py       events -> grouped labels placed in date order, no overlap, no crossing leaders
render.py       panels, lanes, bars, dots, leaders, publication dates, legend, notes -> Figure
=============== =====================================================================================

Only the Agg backend is used, so this runs headless.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..export.atomic import CheckedFile, write_atomic
from ..labels import date_label

DPI = 100  # figure pixels per inch while laying out (render.DPI)
MAX_EVENTS = 40  # default cap of dated events drawn (render.MAX_EVENTS)

SAVE_DPI = 150
SAVE_MAX_PX = 8000  # the longer side of a written PNG, whatever the table


def save(fig, path) -> None:
    """Save a chart atomically; the format comes from the extension (.png, .svg or .pdf), and the same
    figure always gives the same bytes.

    Examples
    --------
    >>> save(timeline.plot(df), "chart.svg")  # doctest: +SKIP
    """
    import matplotlib

    ext = Path(path).suffix.lower()
    if ext not in (".png", ".svg", ".pdf"):
        raise UsageError(f"{path}: chart must be .png, .svg or .pdf")
    fmt = ext[1:]
    w, h = fig.get_size_inches()
    dpi = min(SAVE_DPI, SAVE_MAX_PX / max(w, h)) if fmt == "png" else DPI
    # Same table, same bytes: no creation date in the file, and SVG element ids from a fixed salt rather
    # than a random one (PNG already carries no date).
    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}.get(fmt)
    with matplotlib.rc_context({"svg.hashsalt": "timeline"}):
        def draw(p: Path) -> None:
            with CheckedFile(p, "w") as fh:  # a full disk must fail the save, not truncate the chart
                fig.savefig(fh, format=fmt, dpi=dpi, bbox_inches="tight", pad_inches=0.15, metadata=metadata)

        write_atomic(path, draw)


def __getattr__(name: str):
    # matplotlib loads with the renderer, on first use: the HTML page shares rows/lanes without it
    if name == "plot":
        from .render import plot

        return plot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["plot", "save", "date_label", "MAX_EVENTS"]
