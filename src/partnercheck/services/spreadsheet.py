"""The portfolio as a spreadsheet for the council (openpyxl): one sheet, a header row in the
chosen language, then the rows of ``portfolio --csv`` with numbers, dates and yes/no typed as
such, so the council can sort and filter them."""

from __future__ import annotations

import datetime as _dt
import io
from pathlib import Path
from typing import Any

from .files import write_atomically
from .portfolio import FIELDS, PortfolioRow, flat_record

HEADERS = {
    "tie": {"nl": "Band", "en": "Tie"},
    "uuid": {"nl": "UUID", "en": "UUID"},
    "dutch_party": {"nl": "Nederlandse partij", "en": "Dutch party"},
    "counterpart": {"nl": "Chinese partner", "en": "Chinese counterpart"},
    "status": {"nl": "Status", "en": "Status"},
    "assessment": {"nl": "Laatste beoordeling", "en": "Latest assessment"},
    "state": {"nl": "Stadium", "en": "Stage"},
    "verdict": {"nl": "Oordeel", "en": "Verdict"},
    "last_assessed": {"nl": "Laatst beoordeeld", "en": "Last assessed"},
    "next_review": {"nl": "Volgende herbeoordeling", "en": "Next review"},
    "review_reason": {"nl": "Reden", "en": "Reason"},
    "due": {"nl": "Herbeoordeling nodig", "en": "Review due"},
    "overdue": {"nl": "Te laat", "en": "Overdue"},
    "open_actions": {"nl": "Open acties", "en": "Open actions"},
    "overdue_actions": {"nl": "Verlopen acties", "en": "Overdue actions"},
    "events_since": {"nl": "Gebeurtenissen sinds", "en": "Events since"},
}
SHEET = {"nl": "Portefeuille", "en": "Portfolio"}
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
    sheet.title = SHEET[lang]
    columns = [*FIELDS, *(f"theme:{t}" for t in themes)]
    sheet.append([HEADERS[c][lang] if c in HEADERS else c for c in columns])
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
