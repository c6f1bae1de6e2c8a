"""File › Publish register… keeps a metadata.json it did not write and never writes over the
database: the window says so in its own words, and nothing is written."""

from __future__ import annotations

from dataclasses import replace

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.services import assessments


def _approved(store, new_assessment, library):  # type: ignore[no-untyped-def]
    answers = {q.id: Answer(q.options[0].value) for q in library.active.questions}
    assessment_id = store.create(replace(new_assessment, answers=answers))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    store.approve_publication(assessment_id, "M. Burgemeester", "Gewogen")
    return assessment_id


def test_the_window_keeps_a_foreign_metadata_json_and_the_database(qtbot, window, store, db_path, new_assessment, library, tmp_path, dialogs):  # type: ignore[no-untyped-def]
    _approved(store, new_assessment, library)
    site = tmp_path / "site"
    site.mkdir()
    (site / "metadata.json").write_text('{"title": "Open data"}', encoding="utf-8")
    assert window.publication.publish_register(str(site / "register.sqlite3")) is None
    kind, title, text = dialogs.last()
    assert kind == "warning" and "metadata.json" in text and "PartnerCheck" in text
    assert (site / "metadata.json").read_text(encoding="utf-8") == '{"title": "Open data"}'
    assert not (site / "register.sqlite3").exists()

    before = len(store.list_summaries())
    assert window.publication.publish_register(str(db_path)) is None
    assert db_path.name in dialogs.last()[2] and len(store.list_summaries()) == before
