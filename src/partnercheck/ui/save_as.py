"""The save dialog every "Save as" of the window asks through: a name the write would refuse
(a read-only file, a link, a pipe or device, a folder, the database in use: the rule of
services.files.check_replaceable, the command line's too) is said, and the dialog opens again
on that name, in its folder, as Word and LibreOffice do; Cancel ends the action. Checked
before the work, so nothing is rendered or asked (a passphrase) for a name that is refused.
The write checks again: the file may change in between."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget,
    title: str,
    start: str,
    filters: str,
    *,
    complete: Callable[[str], Path] = Path,
    check: Callable[[Path], None] | None = None,
) -> Path | None:
    """The file the user chose (``complete`` adds a missing suffix), None on Cancel. ``check``:
    the refusal to ask again after (default: services.files.check_replaceable)."""
    from ..services.files import check_replaceable
    from .messages import show_error

    while True:
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, filters)
        if not chosen:
            return None
        target = complete(chosen)
        try:
            (check or check_replaceable)(target)
        except OSError as exc:
            show_error(parent, exc)
            start = str(target)  # the same folder, the name to change
            continue
        return target
