"""An approved assessment does not change after the fact: its report is kept at approval and a
reprint is that document, byte for byte, even after PartnerCheck's report has changed."""

from __future__ import annotations

import hashlib

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.report import texts
from partnercheck.report.texts import label
from partnercheck.services import assessments, reports


def _final(store, new_assessment, library) -> int:  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    return assessment_id


def test_the_approved_report_is_kept_in_both_languages(store, new_assessment, library):  # type: ignore[no-untyped-def]
    assessment_id = _final(store, new_assessment, library)
    for lang in ("nl", "en"):
        kept = store.approved_report(assessment_id, lang)
        assert kept is not None and kept.startswith(b"%PDF")
        digest = store.db.execute("SELECT sha256 FROM approved_report WHERE assessment_id = ? AND lang = ?", [assessment_id, lang]).fetchone()[0]
        assert digest == hashlib.sha256(kept).hexdigest()
    assert store.approved_report(assessment_id + 1, "nl") is None


def test_a_reprint_is_the_approved_document_after_the_report_changed(store, db_path, new_assessment, library, monkeypatch, tmp_path, capsys):  # type: ignore[no-untyped-def]
    assessment_id = _final(store, new_assessment, library)
    approved = store.approved_report(assessment_id, "nl")

    # A later PartnerCheck words its report differently.
    def reworded(lang: str, msgid: str, **values: object) -> str:
        return "Ander adviesrapport" if msgid == "Advice report" else label(lang, msgid, **values)

    monkeypatch.setattr(texts, "label", reworded)
    fresh = reports.render(reports.report_input(store, store.get(assessment_id), reports.ReportOptions("nl", compare=False)))
    assert fresh != approved, "a report made now would differ"
    assert reports.make_report(store, assessment_id, reports.ReportOptions("nl")) == approved
    out = tmp_path / "reprint.pdf"
    assert main(["report", str(assessment_id), "--out", str(out), "--db", str(db_path), "--lang", "nl"]) == 0
    assert out.read_bytes() == approved
    capsys.readouterr()


def test_a_draft_keeps_no_report(store, new_assessment):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    assert store.approved_report(assessment_id, "nl") is None
