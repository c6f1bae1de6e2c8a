"""File › Export assessment file… and Export for review… of a final assessment whose answer does
not fit its tie: the file is written (it is the record of what was approved), and the officer
is told at once that another PartnerCheck will refuse it, naming the question, as `partnercheck
export` says it on stderr (one rule: services.transfer.refused_on_import)."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QApplication

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.numbering import question_numbers
from partnercheck.ui.i18n import install_translators, remove_translators


def _final_misfit(store, new_assessment, library):  # type: ignore[no-untyped-def]
    checklist = library.active
    question, option = next((q, o) for q in checklist.questions for o in q.options if o.entered_before is not None)
    new_assessment.answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in checklist.questions}
    new_assessment.answers[question.id] = Answer(option.value)
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Baas")
    store.db.execute("UPDATE assessment SET status = 'proposed', since = NULL WHERE id = ?", [assessment_id])
    return assessment_id, f"{question_numbers(checklist)[question.id]} ({question.id})"


def test_exporting_a_final_misfit_warns_that_it_will_be_refused(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id, numbered = _final_misfit(store, new_assessment, library)
    window.reload_list(select_id=assessment_id)
    out = tmp_path / "final.json"
    dialogs.save_path = str(out)
    assert window.files.export_file()
    assert json.loads(out.read_text(encoding="utf-8"))["signoff"]["state"] == "final"  # written all the same
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Export assessment file")
    assert text == (
        f"“final.json” is written, but another PartnerCheck will refuse it on import: this assessment is final, and its answer "
        f"to question {numbered} does not fit the tie (it is meant for an older tie). Correct the tie's details, or the answer "
        "in a new revision, and export again."
    )
    dialogs.save_path = str(tmp_path / "review.partnercheck")
    window.menus.package_action.trigger()
    kind, title, text = dialogs.last()
    assert (kind, title) == ("warning", "Export for review") and text.startswith("“review.partnercheck” is written, but another")


def test_the_warning_in_dutch(qtbot, make_window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id, numbered = _final_misfit(store, new_assessment, library)
    translators = install_translators(QApplication.instance(), "nl")
    try:
        window = make_window(lang="nl")
        window.reload_list(select_id=assessment_id)
        dialogs.save_path = str(tmp_path / "vastgesteld.json")
        assert window.files.export_file()
        kind, title, text = dialogs.last()
        assert kind == "warning" and text.startswith(
            f"“vastgesteld.json” is geschreven, maar een andere PartnerCheck weigert het bij het importeren: deze beoordeling is "
            f"vastgesteld, en het antwoord op vraag {numbered} past niet bij de band"
        ), text
    finally:
        remove_translators(QApplication.instance(), translators)


def test_an_export_that_will_be_taken_in_says_nothing_more(window, store, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    assessment_id, _ = _final_misfit(store, new_assessment, library)
    store.db.execute("UPDATE assessment SET status = 'active', since = 2009 WHERE id = ?", [assessment_id])
    window.reload_list(select_id=assessment_id)
    dialogs.save_path = str(tmp_path / "final.json")
    assert window.files.export_file()
    assert not [m for m in dialogs.messages if m[0] == "warning"]
