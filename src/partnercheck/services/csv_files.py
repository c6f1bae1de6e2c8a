"""CSV files for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents),
CRLF line ends, and no cell a spreadsheet would run as a formula.

Texts in these files come from people outside (a party's name, a note, a history entry): a
cell starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) is
a formula to Excel and LibreOffice, which can fetch URLs or start programs when the file is
opened. Such a cell is written with a leading apostrophe, the spreadsheets' own sign for
"this is text": the reader sees the text, nothing is run. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """``value`` as a cell no spreadsheet runs; None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([safe_cell(v) for v in row] for row in rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")
