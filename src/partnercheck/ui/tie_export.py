"""The tie dialog's Export as tie file…: the file `partnercheck export-tie TIE --out FILE`
writes (the tie with its events, gifts, costs and every assessment; with evidence, a tie
package that carries the files), for a colleague municipality or a data team. The same
service writes it (services.tie_transfer.export_tie_file), whole or not at all, and refuses
what the command line refuses (services.files.check_replaceable: a read-only file, a link, the
database itself).

The tie file names people (assessors, contact persons, the people at events) and holds notes:
as for the assessment file, the window asks for a passphrase first (services.export_rule,
Export.TIE_FILE) and writing it in the clear is the officer's choice (ui.passphrase_dialog
says what that means, as the command line's note does)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..store.errors import StoreError
from .messages import show_error
from .save_as import ask_save_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .window_port import WindowPort


class TieExport(QObject):
    def __init__(self, window: WindowPort) -> None:
        super().__init__(window)
        self.window = window

    def export_tie(self, tie_id: int, parent: QWidget) -> Path | None:
        """Ask for the file and write it; the path written, None when cancelled or refused."""
        from ..domain.records import Partnership
        from ..services import tie_transfer
        from ..services.export_rule import Export
        from ..services.package import SUFFIX
        from ..services.reports import parties_stem
        from . import passphrase_dialog

        w = self.window
        if w.store is None:
            return None
        if w.assessment_page is not None and not w.assessment_page.flush():
            return None  # the open assessment's last typing belongs in the file
        try:
            tie = w.store.get_tie(tie_id)
            files = tie_transfer.evidence_count(w.store, tie_id)
        except StoreError as exc:
            show_error(parent, exc)
            return None
        # With evidence the service writes a tie package, which carries the files: named so.
        if files:
            suffix, kind = SUFFIX, self.tr("PartnerCheck tie packages (*.partnercheck)")
        else:
            suffix, kind = ".json", self.tr("PartnerCheck tie files (*.json)")
        stem = parties_stem(Partnership(tie.dutch_party, tie.dutch_party_kind, tie.counterpart, tie.counterpart_kind, tie.status))
        # A refused name (read only, a link, the database) asks again before the passphrase.
        target = ask_save_path(parent, self.tr("Export as tie file"), f"{stem}-{self.tr('tie')}{suffix}", kind)
        if target is None:
            return None
        # Names, notes and any attached documents: encrypted unless the officer chooses otherwise.
        choice = passphrase_dialog.ask_export(parent, Export.TIE_FILE)
        if choice is None:
            return None
        try:
            count = tie_transfer.export_tie_file(w.store, tie_id, target, choice.passphrase)  # as `export-tie --out`
        except (OSError, StoreError) as exc:
            show_error(parent, exc)
            return None
        if count:  # "one evidence file", "2 evidence files": Qt's numerus forms, as `export-tie` says it
            text = self.tr("Tie %1 written to %2 (a tie package with %n evidence file(s)).", "", count)
        else:
            text = self.tr("Tie %1 written to %2 (a tie file).")
        text = text.replace("%1", str(tie_id)).replace("%2", str(target))
        text += " " + (self.tr("Encrypted.") if choice.passphrase is not None else self.tr("Not encrypted."))
        w.statusBar().showMessage(text, 8000)
        self._warn_if_refused(tie_id, target, parent)
        return target

    def _warn_if_refused(self, tie_id: int, target: Path, parent: QWidget) -> None:
        """A final assessment in it whose answer does not fit the tie: another PartnerCheck
        refuses the whole tie file (services.transfer, as `export-tie` warns on stderr)."""
        from ..services.transfer import refused_on_import_of_tie

        w = self.window
        assert w.store is not None
        refused = refused_on_import_of_tie(w.store, tie_id)
        if not refused:
            return
        lines = [
            (self.tr("Assessment %1: question %2") if len(questions) == 1 else self.tr("Assessment %1: questions %2"))
            .replace("%1", str(assessment))
            .replace("%2", ", ".join(questions))
            for assessment, questions in refused
        ]
        text = self.tr(
            "“%1” is written, but another PartnerCheck will refuse it on import, with all its assessments: a final assessment "
            "in it has an answer that does not fit the tie (meant for an older tie). Correct the tie's details, or the answer "
            "in a new revision, and export again."
        ).replace("%1", target.name)
        QMessageBox.warning(parent, self.tr("Export as tie file"), text + "\n\n" + "\n".join(lines))
