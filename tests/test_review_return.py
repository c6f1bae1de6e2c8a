"""The review round trip across two PCs: the officer sends the assessment for review and
exports the (encrypted) review package; the reviewer imports it on another PC, comments per
theme and sends the file back; importing it on the officer's PC brings the comments into the
original assessment (not a copy), with the history naming each, and nothing else changes."""

from __future__ import annotations

import pytest

from partnercheck.domain.assessment import Answer, AssessmentState, ReviewVerdict
from partnercheck.domain.interchange import to_document
from partnercheck.services import assessments, evidence, sealed, transfer
from partnercheck.services.importing import ImportConflict, ImportMode
from partnercheck.services.package import write_package
from partnercheck.workspace import open_store

SECRET = "correct horse battery staple"


@pytest.fixture
def officer(tmp_path, library, new_assessment):  # type: ignore[no-untyped-def]
    """The officer's database: one assessment with answers and a file, sent for review."""
    store = open_store(tmp_path / "officer.sqlite3")
    store.actor = "A. de Vries"
    assessment_id = store.create(new_assessment)
    for q in library.active.questions[:5]:
        store.save_answer(assessment_id, q.id, Answer(q.options[0].value, f"bevinding bij {q.id}"))
    (tmp_path / "besluit.pdf").write_bytes(b"%PDF raadsbesluit")
    evidence.attach_file(store, assessment_id, library.active.questions[0].id, tmp_path / "besluit.pdf")
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    yield store, assessment_id
    store.close()


def _to_reviewer(officer, tmp_path):  # type: ignore[no-untyped-def]
    """The encrypted review package, imported on the reviewer's PC: (store, id there)."""
    store, assessment_id = officer
    out = tmp_path / "toetsing.partnercheck"
    write_package(store, assessment_id, out, SECRET)
    reviewer = open_store(tmp_path / "reviewer.sqlite3")
    reviewer.actor = "J. Jansen"
    raw = sealed.unseal(out.read_bytes(), SECRET, str(out))
    imported = transfer.import_bytes(reviewer, raw, str(out))
    assert imported.outcome == "new" and reviewer.get(imported.id).state is AssessmentState.REVIEW
    return reviewer, imported.id


def _back(reviewer, reviewer_id, tmp_path, name="terug.json"):  # type: ignore[no-untyped-def]
    """The reviewer sends the assessment file back, encrypted, as the window's export does."""
    path = tmp_path / name
    sealed.write_file(path, transfer.export_text(reviewer.get(reviewer_id)).encode("utf-8"), SECRET)
    return path, sealed.unseal(path.read_bytes(), SECRET, str(path))


def _content(store, assessment_id):  # type: ignore[no-untyped-def]
    document = to_document(store.get(assessment_id))
    for key in ("updated", "review_comments", "signoff"):
        document.pop(key, None)
    return document


def test_the_reviewers_comments_come_back_into_the_original(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    store, assessment_id = officer
    themes = [t.id for t in library.active.themes]
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, themes[0], ReviewVerdict.CHANGE, "Bron bij 1.2 ontbreekt")
    assessments.comment_on_theme(reviewer, reviewer_id, themes[1], ReviewVerdict.OK, "")
    path, raw = _back(reviewer, reviewer_id, tmp_path)
    before = _content(store, assessment_id)
    count = len(store.list_summaries())

    imported = transfer.import_bytes(store, raw, str(path))

    assert (imported.id, imported.outcome, imported.taken) == (assessment_id, "reviewed", (themes[0], themes[1]))
    assert len(store.list_summaries()) == count  # no copy
    local = store.get(assessment_id)
    assert local.state is AssessmentState.REVIEW and local.reviewed_by == "J. Jansen"
    comment = local.review_comments[themes[0]]
    assert (comment.verdict, comment.text, comment.reviewer) == (ReviewVerdict.CHANGE, "Bron bij 1.2 ontbreekt", "J. Jansen")
    assert local.review_comments[themes[1]].verdict is ReviewVerdict.OK
    assert _content(store, assessment_id) == before  # answers, notes, actions, files: untouched
    entries = [(e.subject, e.new, e.actor) for e in store.history(assessment_id)]
    assert (f"review:{themes[0]}", "change: Bron bij 1.2 ontbreekt", "J. Jansen") in entries
    assert ("review-returned", "terug.json", "A. de Vries") in entries

    # The same file again changes nothing.
    again = transfer.import_bytes(store, raw, str(path))
    assert (again.id, again.outcome) == (assessment_id, "unchanged")


def test_a_second_look_replaces_the_comment_and_the_history_keeps_the_first(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    store, assessment_id = officer
    theme = library.active.themes[0].id
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, theme, ReviewVerdict.CHANGE, "Bron ontbreekt")
    path, raw = _back(reviewer, reviewer_id, tmp_path, "eerste.json")
    transfer.import_bytes(store, raw, str(path))
    assessments.comment_on_theme(reviewer, reviewer_id, theme, ReviewVerdict.OK, "Bron gevonden")
    path, raw = _back(reviewer, reviewer_id, tmp_path, "tweede.json")
    assert transfer.import_bytes(store, raw, str(path)).outcome == "reviewed"
    assert store.get(assessment_id).review_comments[theme].text == "Bron gevonden"
    changes = [(e.old, e.new) for e in store.history(assessment_id) if e.subject == f"review:{theme}"]
    assert ("change: Bron ontbreekt", "ok: Bron gevonden") in changes

    # An older file (the first) does not overwrite the newer comment.
    first = tmp_path / "eerste.json"
    older = transfer.import_bytes(store, sealed.unseal(first.read_bytes(), SECRET, str(first)), str(first))
    assert older.outcome == "unchanged" and store.get(assessment_id).review_comments[theme].text == "Bron gevonden"


def test_a_file_whose_answers_differ_is_not_a_review_and_stays_a_conflict(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    store, assessment_id = officer
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, library.active.themes[0].id, ReviewVerdict.OK, "")
    assessments.change_state(reviewer, reviewer_id, AssessmentState.DRAFT)
    q = library.active.questions[6]
    reviewer.save_answer(reviewer_id, q.id, Answer(q.options[0].value, "door de toetser ingevuld"))
    path, raw = _back(reviewer, reviewer_id, tmp_path)
    before = to_document(store.get(assessment_id))
    with pytest.raises(ImportConflict) as conflict:
        transfer.import_bytes(store, raw, str(path))
    assert conflict.value.existing == assessment_id
    assert to_document(store.get(assessment_id)) == before
    # A copy is still what --as-new makes.
    assert transfer.import_bytes(store, raw, str(path), ImportMode.AS_NEW).id != assessment_id


def test_comments_sent_back_with_the_assessment_returned_to_draft_come_in_too(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    """The reviewer may say "change needed" by sending it back to draft before exporting; the
    officer's copy stays as it is here (in review) and takes in the comments."""
    store, assessment_id = officer
    theme = library.active.themes[2].id
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, theme, ReviewVerdict.CHANGE, "Actieplan ontbreekt")
    assessments.change_state(reviewer, reviewer_id, AssessmentState.DRAFT)
    path, raw = _back(reviewer, reviewer_id, tmp_path)
    imported = transfer.import_bytes(store, raw, str(path))
    assert imported.outcome == "reviewed" and imported.taken == (theme,)
    assert store.get(assessment_id).state is AssessmentState.REVIEW


def test_a_final_assessment_takes_no_comments(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    """Approved here meanwhile: the approved record is not changed by a late review."""
    store, assessment_id = officer
    assessments.change_state(store, assessment_id, AssessmentState.DRAFT)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, library.active.themes[0].id, ReviewVerdict.OK, "")
    path, raw = _back(reviewer, reviewer_id, tmp_path)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    with pytest.raises(ImportConflict):
        transfer.import_bytes(store, raw, str(path))
    assert store.get(assessment_id).review_comments == {}


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Took the review comments on 2 themes from terug.json into assessment {id}\n"),
        ("nl", "Opmerkingen van de toetser bij 2 thema's uit terug.json overgenomen in beoordeling {id}\n"),
    ],
)
def test_the_command_line_import_takes_the_review_in_and_says_so(officer, tmp_path, library, capsys, lang, said):  # type: ignore[no-untyped-def]
    from partnercheck.cli import main

    store, assessment_id = officer
    themes = library.active.themes
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, themes[0].id, ReviewVerdict.CHANGE, "Bron ontbreekt")
    assessments.comment_on_theme(reviewer, reviewer_id, themes[1].id, ReviewVerdict.OK, "")
    path, _ = _back(reviewer, reviewer_id, tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    capsys.readouterr()
    code = main(["import", str(path), "--db", str(tmp_path / "officer.sqlite3"), "--passphrase-file", str(secret), "--lang", lang])
    out, err = capsys.readouterr()
    assert (code, out, err) == (0, said.format(id=assessment_id), "")
    assert set(store.get(assessment_id).review_comments) == {themes[0].id, themes[1].id}


def test_a_second_round_replaces_the_reviewers_copy_and_comes_back_again(officer, tmp_path, library, capsys):  # type: ignore[no-untyped-def]
    """Change needed: the officer reworks the assessment and sends it for review again; the
    reviewer's copy (in review there) takes the newer version with --replace, and the second
    word comes back into the original."""
    from partnercheck.cli import main

    store, assessment_id = officer
    theme = library.active.themes[0].id
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.comment_on_theme(reviewer, reviewer_id, theme, ReviewVerdict.CHANGE, "Bron ontbreekt")
    path, raw = _back(reviewer, reviewer_id, tmp_path, "ronde1.json")
    assert transfer.import_bytes(store, raw, str(path)).outcome == "reviewed"

    assessments.change_state(store, assessment_id, AssessmentState.DRAFT)
    q = library.active.questions[0]
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "bron: raadsbesluit 2012-114"))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    package = tmp_path / "ronde2.partnercheck"
    write_package(store, assessment_id, package, SECRET)

    secret = tmp_path / "pass.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    reviewer.close()
    capsys.readouterr()
    args = ["import", str(package), "--db", str(tmp_path / "reviewer.sqlite3"), "--passphrase-file", str(secret)]
    assert main(args) == 2 and "--replace" in capsys.readouterr().err  # other content: the usual conflict
    assert main([*args, "--replace"]) == 0
    assert capsys.readouterr().out == f"Imported ronde2.partnercheck over assessment {reviewer_id}, in review\n"
    reviewer = open_store(tmp_path / "reviewer.sqlite3")
    reviewer.actor = "J. Jansen"
    there = reviewer.get(reviewer_id)
    assert there.state is AssessmentState.REVIEW and there.answers[q.id].note == "bron: raadsbesluit 2012-114"
    assert len(reviewer.list_summaries()) == 1  # no copy on the reviewer's PC either
    assessments.comment_on_theme(reviewer, reviewer_id, theme, ReviewVerdict.OK, "Bron staat er nu")
    path, raw = _back(reviewer, reviewer_id, tmp_path, "ronde2.json")
    reviewer.close()

    back = transfer.import_bytes(store, raw, str(path))
    assert (back.id, back.outcome, back.taken) == (assessment_id, "reviewed", (theme,))
    assert store.get(assessment_id).review_comments[theme].text == "Bron staat er nu"


def test_replace_needs_the_same_stage_on_both_sides(officer, tmp_path, library):  # type: ignore[no-untyped-def]
    store, assessment_id = officer
    reviewer, reviewer_id = _to_reviewer(officer, tmp_path)
    assessments.change_state(store, assessment_id, AssessmentState.DRAFT)
    q = library.active.questions[0]
    store.save_answer(assessment_id, q.id, Answer(q.options[0].value, "herzien"))
    path = tmp_path / "concept.json"
    transfer.export_file(store.get(assessment_id), path)  # a draft file, the reviewer's copy in review
    before = to_document(reviewer.get(reviewer_id))
    with pytest.raises(ImportConflict) as refused:
        transfer.import_bytes(reviewer, path.read_bytes(), str(path), ImportMode.REPLACE)
    assert "this file is draft and assessment" in refused.value.message and "a file in review" in refused.value.message
    assert to_document(reviewer.get(reviewer_id)) == before
