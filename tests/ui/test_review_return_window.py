"""The window's side of a review done on another PC: the officer exports the review package
(encrypted), the reviewer comments on the themes there and sends the file back; File › Import
brings the comments into the open assessment, with no copy and no question."""

from __future__ import annotations

from partnercheck.domain.assessment import Answer, AssessmentState, ReviewVerdict
from partnercheck.services import assessments, sealed, transfer
from partnercheck.workspace import open_store

SECRET = "lange wachtwoordzin 2026"


def test_the_returned_review_comes_into_the_open_assessment(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    from partnercheck.ui.history_text import describe

    themes = library.active.themes
    assessment_id = store.create(new_assessment)
    q = library.active.questions[0]
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "bevinding"))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    window.reload_list(select_id=assessment_id)
    package = tmp_path / "toetsing.partnercheck"
    dialogs.save_path, dialogs.export_passphrase = str(package), SECRET
    window.menus.package_action.trigger()

    # On the reviewer's PC.
    reviewer = open_store(tmp_path / "toetser.sqlite3")
    reviewer.actor = "J. Jansen"
    there = transfer.import_bytes(reviewer, sealed.unseal(package.read_bytes(), SECRET, str(package)), str(package)).id
    assessments.comment_on_theme(reviewer, there, themes[0].id, ReviewVerdict.CHANGE, "Bron bij 1.1 ontbreekt")
    assessments.comment_on_theme(reviewer, there, themes[3].id, ReviewVerdict.OK, "")
    back = tmp_path / "terug.json"
    sealed.write_file(back, transfer.export_text(reviewer.get(there)).encode("utf-8"), SECRET)
    reviewer.close()

    window.open_assessment(assessment_id)
    session = window.session
    assert session is not None and session.assessment.review_comments == {}
    dialogs.open_path, dialogs.import_passphrase = str(back), SECRET
    assert window.files.import_file() == assessment_id
    assert not dialogs.messages  # no "already here" question, no copy offered
    assert len(store.list_summaries()) == 1
    assert window.session is session and set(session.assessment.review_comments) == {themes[0].id, themes[3].id}
    assert session.assessment.reviewed_by == "J. Jansen"
    assert window.statusBar().currentMessage() == "Took in the reviewer's comments on 2 themes of Gemeente Breda – Yangzhou.".replace(
        "Gemeente Breda", new_assessment.partnership.dutch_party
    ).replace("Yangzhou", new_assessment.partnership.counterpart)
    rows = [describe(e, library.active, "en") for e in store.history(assessment_id)]
    assert any(r.change == "Review comments taken in from terug.json" for r in rows)


def test_the_reviewer_replaces_the_copy_in_review_with_the_newer_version(window, store, new_assessment, library, tmp_path, dialogs, monkeypatch):  # type: ignore[no-untyped-def]
    """Second round, on the reviewer's PC: the copy here is in review, the file a newer version
    in review; the window offers to replace it, names it, and it stays in review."""
    from PySide6.QtWidgets import QMessageBox

    from partnercheck.ui import ask

    q = library.active.questions[0]
    here = store.create(new_assessment)
    store.save_answer(here, q.id, Answer(q.options[0].value, "eerste versie"))
    assessments.change_state(store, here, AssessmentState.REVIEW)
    officer = open_store(tmp_path / "beoordelaar.sqlite3")
    first = transfer.export_text(store.get(here)).encode("utf-8")
    mine = transfer.import_bytes(officer, first, "ronde1.json").id
    assessments.change_state(officer, mine, AssessmentState.DRAFT)
    officer.save_answer(mine, q.id, Answer(q.options[0].value, "tweede versie"))
    assessments.change_state(officer, mine, AssessmentState.REVIEW)
    newer = tmp_path / "ronde2.json"
    transfer.export_file(officer.get(mine), newer)
    officer.close()

    offered: list[list[str]] = []

    def pick(parent, title, text, actions):  # type: ignore[no-untyped-def]
        offered.append([text, *actions])
        return 1

    monkeypatch.setattr(ask, "pick", pick)
    window.reload_list(select_id=here)
    dialogs.open_path = str(newer)
    dialogs.answer = QMessageBox.StandardButton.Yes
    assert window.files.import_file() == here
    text, *actions = offered[0]
    assert "Both are in review" in text and actions == ["Import as a &copy", "&Replace the assessment in review…"]
    assert dialogs.last()[1] == "Replace the assessment in review"
    local = store.get(here)
    assert local.state is AssessmentState.REVIEW and local.answers[q.id].note == "tweede versie"
    assert len(store.list_summaries()) == 1
    assert window.statusBar().currentMessage() == (
        f"Replaced the assessment in review {new_assessment.partnership.dutch_party} – {new_assessment.partnership.counterpart} with the file."
    )
