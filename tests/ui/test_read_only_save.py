"""Saving a report or an export under the name of a read-only file (chmod 444, the Windows
read-only attribute): the file is kept and the window says so, naming it, after the save
dialog; the same rule as the command line's (services.files.check_replaceable)."""

from __future__ import annotations

import stat

from partnercheck.services.files import ReadOnlyFile
from partnercheck.ui.i18n import install_translators, remove_translators
from partnercheck.ui.messages import describe

OLD = b"kept as it was\n"


def _read_only(path):  # type: ignore[no-untyped-def]
    path.write_bytes(OLD)
    path.chmod(0o444)
    return path


def test_a_report_saved_over_a_read_only_file_is_refused_and_said(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    page = window.open_assessment(store.create(new_assessment))
    report = page.report_page
    report.pdf, report.pdf_lang = b"%PDF-1.4 test", "en"  # as a finished report leaves them
    target = _read_only(tmp_path / "advies.pdf")
    dialogs.save_path = str(target)
    assert not report.save_pdf()
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "File problem")
    assert text == "“advies.pdf” is read-only; choose another name. Nothing was written."
    assert target.read_bytes() == OLD and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_an_export_over_a_read_only_file_is_refused_and_said(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    window.reload_list(select_id=store.create(new_assessment))
    target = _read_only(tmp_path / "export.json")
    dialogs.save_path = str(target)
    assert not window.files.export_file()
    assert "“export.json” is read-only; choose another name." in dialogs.last()[2]
    assert target.read_bytes() == OLD


def test_the_read_only_message_in_dutch(qapp, tmp_path):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, "nl")
    try:
        title, text = describe(ReadOnlyFile(13, "is read-only; choose another name", str(tmp_path / "advies.pdf")))
        assert title == "Probleem met een bestand"
        assert text == "“advies.pdf” is alleen-lezen; kies een andere naam. Er is niets geschreven."
    finally:
        remove_translators(qapp, translators)
