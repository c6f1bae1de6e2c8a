"""The reviewer's word per theme (akkoord / aanpassen with a comment), as the CNIL PIA tool has
per section: only while in review, kept in the history, printed in the report's sign-off,
gone in a new revision; the command line takes the same path."""

from __future__ import annotations

import io
from dataclasses import replace

import pypdf
import pytest

from partnercheck.domain.assessment import Answer, AssessmentState, ReviewVerdict
from partnercheck.services import assessments, reports
from partnercheck.store.errors import StateError


@pytest.fixture
def in_review(store, new_assessment, library) -> int:  # type: ignore[no-untyped-def]
    answered = replace(new_assessment, answers={q.id: Answer(q.options[0].value) for q in library.active.questions})
    assessment_id = store.create(answered)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    return assessment_id


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_a_reviewer_comments_per_theme_and_the_history_keeps_each(store, in_review, library) -> None:  # type: ignore[no-untyped-def]
    first, second = (t.id for t in library.active.themes[:2])
    assessments.comment_on_theme(store, in_review, first, ReviewVerdict.CHANGE, "Bron bij 1.2 ontbreekt", by="J. Jansen")
    assessments.comment_on_theme(store, in_review, first, ReviewVerdict.OK, "", by="J. Jansen")
    assessments.comment_on_theme(store, in_review, second, ReviewVerdict.OK, "Helder", by="J. Jansen")
    assert store.get(in_review).reviewed_by == "J. Jansen", "the sign-off names who reviewed the themes"
    comments = store.get(in_review).review_comments
    assert {k: (c.verdict, c.text, c.reviewer) for k, c in comments.items()} == {
        first: (ReviewVerdict.OK, "", "J. Jansen"),
        second: (ReviewVerdict.OK, "Helder", "J. Jansen"),
    }
    entries = [(h.subject, h.old, h.new, h.actor) for h in store.history(in_review) if h.subject.startswith("review")]
    assert entries == [
        (f"review:{first}", None, "change: Bron bij 1.2 ontbreekt", "J. Jansen"),
        ("reviewed_by", None, "J. Jansen", "J. Jansen"),
        (f"review:{first}", "change: Bron bij 1.2 ontbreekt", "ok", "J. Jansen"),
        (f"review:{second}", None, "ok: Helder", "J. Jansen"),
    ]


def test_only_in_review_on_a_known_theme_and_change_says_what(store, in_review, new_assessment, library) -> None:  # type: ignore[no-untyped-def]
    theme = library.active.themes[0].id
    with pytest.raises(StateError, match="no theme"):
        assessments.comment_on_theme(store, in_review, "no-such-theme", ReviewVerdict.OK, "")
    with pytest.raises(StateError, match="say what should change"):
        assessments.comment_on_theme(store, in_review, theme, ReviewVerdict.CHANGE, "  ")
    draft = store.create(new_assessment)
    with pytest.raises(StateError, match="only while the assessment is in review"):
        assessments.comment_on_theme(store, draft, theme, ReviewVerdict.OK, "")
    assert store.get(in_review).review_comments == {} and store.get(draft).review_comments == {}


def test_the_report_prints_them_in_the_signoff_and_a_new_revision_starts_without(store, in_review, library) -> None:  # type: ignore[no-untyped-def]
    theme = library.active.themes[0]
    assessments.comment_on_theme(store, in_review, theme.id, ReviewVerdict.CHANGE, "Zie de raadsbrief van maart", by="J. Jansen")
    for lang, heading, word in (("nl", "Toetsing per thema", "aanpassen"), ("en", "Review per theme", "change")):
        text = _pdf_text(reports.make_report(store, in_review, reports.ReportOptions(lang)))
        signoff = text[text.rindex(heading) :]
        assert theme.title.get(lang) in signoff and word in signoff and "Zie de raadsbrief van maart" in signoff and "J. Jansen" in signoff
    assessments.change_state(store, in_review, AssessmentState.FINAL, by="Hoofd IZ")
    kept = _pdf_text(store.approved_report(in_review, "nl") or b"")
    assert "Zie de raadsbrief van maart" in kept, "the approved report keeps what the reviewer said"
    revision = assessments.revise(store, in_review)
    assert store.get(revision).review_comments == {}
    assert "Toetsing per thema" not in _pdf_text(reports.make_report(store, revision, reports.ReportOptions("nl")))


def test_the_command_line(run, store, in_review, library) -> None:  # type: ignore[no-untyped-def]
    theme = library.active.themes[1].id
    code, out, err = run("review-comment", str(in_review), theme, "--change", "--text", "Actiehouder ontbreekt", "--by", "J. Jansen")
    assert (code, err) == (0, "") and theme in out
    assert store.get(in_review).review_comments[theme].text == "Actiehouder ontbreekt"
    code, out, err = run("review-comment", str(in_review), theme, "--change")
    assert code == 2 and "say what should change" in err
    code, out, err = run("review-comment", str(in_review), "nope", "--ok")
    assert code == 2 and "no theme 'nope'" in err
    assert store.get(in_review).review_comments[theme].verdict is ReviewVerdict.CHANGE


def test_review_comments_travel_in_the_interchange_file_and_old_files_still_import(store, in_review, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A colleague reviews on another PC and sends the file back: the assessor sees the same
    verdicts, texts, reviewer and times; a file without the field imports with none."""
    from partnercheck.domain import interchange
    from partnercheck.services.importing import ImportMode, import_path
    from partnercheck.workspace import open_store

    first, second = (t.id for t in library.active.themes[:2])
    assessments.comment_on_theme(store, in_review, first, ReviewVerdict.CHANGE, "Bron bij 1.2 ontbreekt", by="J. Jansen")
    assessments.comment_on_theme(store, in_review, second, ReviewVerdict.OK, "Helder", by="J. Jansen")
    sent = store.get(in_review)
    file = tmp_path / "review.json"
    file.write_text(interchange.dumps(sent), encoding="utf-8")
    assert set(interchange.to_document(sent)["review_comments"]) == {first, second}

    other = open_store(tmp_path / "other.sqlite3")
    try:
        got = other.get(import_path(other, file).id)
        assert got.review_comments == sent.review_comments, "verdict, text, reviewer and time all arrive"
        assert interchange.dumps(got) == interchange.dumps(replace(sent, updated=got.updated)), "exported again, the same file"

        old = interchange.to_document(sent)
        del old["review_comments"]
        old["uuid"] = None
        old_file = tmp_path / "old.json"
        old_file.write_text(interchange.json.dumps(old), encoding="utf-8")
        assert other.get(import_path(other, old_file, ImportMode.AS_NEW).id).review_comments == {}
    finally:
        other.close()


def test_a_replaced_draft_takes_the_comments_of_the_file(store, in_review, library, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from partnercheck.domain import interchange
    from partnercheck.services.importing import ImportMode, import_path

    first = library.active.themes[0].id
    assessments.comment_on_theme(store, in_review, first, ReviewVerdict.CHANGE, "Bron ontbreekt", by="J. Jansen")
    store.set_state(in_review, AssessmentState.DRAFT)  # sent back: the assessor works on it
    doc = interchange.to_document(store.get(in_review))
    doc["review_comments"] = {first: {"verdict": "ok", "text": "Nu goed", "reviewer": "J. Jansen"}}
    doc["actions"] = [{"text": "Bron toegevoegd"}]
    file = tmp_path / "back.json"
    file.write_text(interchange.json.dumps(doc), encoding="utf-8")
    assert import_path(store, file, ImportMode.REPLACE).outcome == "replaced"
    comment = store.get(in_review).review_comments[first]
    assert (comment.verdict, comment.text, comment.reviewer) == (ReviewVerdict.OK, "Nu goed", "J. Jansen")
    assert comment.at is not None, "a comment without a time takes the time of import"
