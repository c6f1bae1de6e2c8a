"""Saving a report or an export under the name of a read-only file (chmod 444, the Windows
read-only attribute): the file is kept and the window says so, naming it, after the save
dialog; the same rule as the command line's (services.files.check_replaceable)."""

from __future__ import annotations

import stat

import pytest

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
    assert not report.save_pdf()  # the dialog opened again on the name; Cancel ended it
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "File problem")
    assert text == "“advies.pdf” is read-only; choose another name. Nothing was written."
    assert target.read_bytes() == OLD and stat.S_IMODE(target.stat().st_mode) == 0o444
    assert dialogs.save_starts[1:] == [str(target)]


@pytest.mark.parametrize("word", [False, True])
def test_the_save_dialog_opens_again_in_the_same_folder_after_a_read_only_file(window, store, new_assessment, tmp_path, dialogs, word):  # type: ignore[no-untyped-def]
    """As Word and LibreOffice do: the refusal is said, the dialog opens again on the refused
    name in its folder, and the name chosen then is written."""
    page = window.open_assessment(store.create(new_assessment))
    report = page.report_page
    report.pdf, report.pdf_lang = b"%PDF-1.4 test", "en"  # as a finished report leaves them
    suffix = ".docx" if word else ".pdf"
    target = _read_only(tmp_path / f"advies{suffix}")
    dialogs.save_path = str(tmp_path / "advies")  # the suffix is added, then the name refused
    dialogs.save_again = [str(tmp_path / "advies-2")]
    assert (report.save_word if word else report.save_pdf)()
    assert dialogs.kinds() == ["warning"] and "“" + target.name + "” is read-only" in dialogs.last()[2]
    assert dialogs.save_starts[1] == str(target) and len(dialogs.save_starts) == 2
    assert target.read_bytes() == OLD
    written = (tmp_path / f"advies-2{suffix}").read_bytes()
    assert written.startswith(b"PK" if word else b"%PDF")


def test_export_asks_no_passphrase_for_a_refused_name_and_writes_the_next(window, store, new_assessment, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    window.reload_list(select_id=store.create(new_assessment))
    target = _read_only(tmp_path / "export.json")
    dialogs.save_path = str(target)
    dialogs.save_again = [str(tmp_path / "export-2.json")]
    assert window.files.export_file()
    assert dialogs.passphrase_requests == ["export"]  # once: for the name that was written
    assert dialogs.save_starts[1:] == [str(target)] and target.read_bytes() == OLD
    assert (tmp_path / "export-2.json").read_bytes().startswith(b"{")


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


def test_the_register_dialog_opens_again_after_a_read_only_metadata_json(window, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    """The register is two files: a read-only metadata.json beside the chosen name refuses the
    name as a read-only register would; the dialog opens again on it, Cancel ends it."""
    site = tmp_path / "site"
    site.mkdir()
    meta = _read_only(site / "metadata.json")
    dialogs.save_path = str(site / "register")
    assert window.publication.publish_register() is None
    assert [m[0] for m in dialogs.messages] == ["warning"] and "“metadata.json” is read-only" in dialogs.last()[2]
    assert dialogs.save_starts[1:] == [str(site / "register.sqlite3")]
    assert meta.read_bytes() == OLD and not (site / "register.sqlite3").exists()
