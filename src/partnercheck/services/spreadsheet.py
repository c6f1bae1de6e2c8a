"""The portfolio as a spreadsheet for the council (openpyxl): one sheet, a header row in the
chosen language, then the rows of ``portfolio --csv`` with numbers, dates and yes/no typed as
such, so the council can sort and filter them."""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path
from typing import Any

from ..catalogs import NC_, translate_in
from .files import write_atomically
from .portfolio import FIELDS, PortfolioRow, flat_record

# The header row. Its own msgctxt: the council's spreadsheet says "Volgende herbeoordeling" where
# the portfolio page has room for less ("Volgende beoordeling").
COLUMN = "spreadsheet"
HEADERS = {
    "tie": NC_("spreadsheet", "Tie"),
    "uuid": NC_("spreadsheet", "UUID"),
    "dutch_party": NC_("spreadsheet", "Dutch party"),
    "counterpart": NC_("spreadsheet", "Chinese counterpart"),
    "status": NC_("spreadsheet", "Status"),
    "assessment": NC_("spreadsheet", "Latest assessment"),
    "state": NC_("spreadsheet", "Stage"),
    "verdict": NC_("spreadsheet", "Verdict"),
    "last_assessed": NC_("spreadsheet", "Last assessed"),
    "next_review": NC_("spreadsheet", "Next review"),
    "review_reason": NC_("spreadsheet", "Reason"),
    "due": NC_("spreadsheet", "Review due"),
    "overdue": NC_("spreadsheet", "Overdue"),
    "open_actions": NC_("spreadsheet", "Open actions"),
    "overdue_actions": NC_("spreadsheet", "Overdue actions"),
    "events_since": NC_("spreadsheet", "Events since"),
}
SHEET = NC_("spreadsheet", "Portfolio")
_DATES = ("last_assessed", "next_review")


def _cell(name: str, value: Any) -> Any:
    if name in _DATES and value:
        return _dt.date.fromisoformat(value)
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        # A control character (an escape sequence in an imported party name) cannot be stored in
        # a worksheet: openpyxl refuses the whole file. It is written as \x1b, visibly.
        return ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value


def portfolio_xlsx(rows: list[PortfolioRow], themes: list[str], today: _dt.date, lang: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate_in(lang, COLUMN, SHEET)
    columns = [*FIELDS, *(f"theme:{t}" for t in themes)]
    sheet.append([translate_in(lang, COLUMN, HEADERS[c]) if c in HEADERS else c for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        record = flat_record(row, today, themes)
        sheet.append([_cell(c, record[c]) for c in columns])
        for cell in sheet[sheet.max_row]:
            # openpyxl makes any text starting with "=" a formula: a party name such as
            # =HYPERLINK("http://…"&B2) would run when the council opens the file. Text stays text.
            if cell.data_type == "f":
                cell.data_type = "s"
    for index, name in enumerate(columns, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        if name in _DATES:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.number_format = "yyyy-mm-dd"
        sheet.column_dimensions[letter].width = max(10, min(40, len(str(sheet.cell(row=1, column=index).value)) + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    # A fixed creation time: the same portfolio gives the same file.
    book.properties.created = book.properties.modified = _dt.datetime(2000, 1, 1)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def save_portfolio_xlsx(path: Path, rows: list[PortfolioRow], themes: list[str], today: _dt.date, lang: str) -> None:
    write_atomically(path, portfolio_xlsx(rows, themes, today, lang))
