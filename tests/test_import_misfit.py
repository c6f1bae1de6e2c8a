"""A final assessment whose answer does not fit its tie (domain.answer_fit) is refused at import,
whatever file it travels in (an interchange file, a review package, a tie file): PartnerCheck
would not approve it (tests/test_approval_fit.py), so it does not take it in as approved either.
Nothing is written, and the command line names the file, the question and the answer in the
run's language. A draft or an assessment in review with such an answer imports as before (the
window and the report flag the answer)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.interchange import MisfitImportError, parse_bytes, to_document
from partnercheck.domain.interchange_parser import InterchangeError
from partnercheck.workspace import open_store

ICP = "rvo-icp.icp-consulted"
LABEL_EN = "No: the tie was entered before 2020, has not been renewed or extended since, and has not been discussed with ICP China since"
LABEL_NL = "Nee: de band is vóór 2020 aangegaan en sindsdien niet verlengd of uitgebreid, en ook niet met ICP China besproken"


@pytest.fixture
def sender(tmp_path, library, new_assessment):
    """A database (the sender's) holding one final assessment whose tie was later set to proposed:
    approved before the rule, or before the tie's details were corrected."""
    db = tmp_path / "sender.sqlite3"
    store = open_store(db)
    new_assessment.answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    new_assessment.answers[ICP] = Answer("not-since-2020-not-renewed")  # fits the tie entered in 2009
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Baas")
    store.db.execute("UPDATE assessment SET status = 'proposed', since = NULL WHERE id = ?", [assessment_id])
    store.close()
    return db, assessment_id


def _cli(capsys, db, *args):
    code = main([args[0], "--db", str(db), *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


def _rows(db):
    if not db.exists():
        return None
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("assessment", "answer", "partnership", "history")]
    finally:
        conn.close()


def _exported(capsys, sender, tmp_path, command, name):
    db, assessment_id = sender
    out = tmp_path / name
    clear = ["--no-encrypt"] if command == "package" else []  # a package is encrypted by default
    code, _, err = _cli(capsys, db, command, str(assessment_id if command != "export-tie" else 1), "--out", str(out), *clear)
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "en",
            "“final.json” holds a final assessment whose answer to question 4.1 (rvo-icp.icp-consulted), “" + LABEL_EN + "”, "
            "does not fit the tie: it is meant for a tie entered before 2020, and this tie is only proposed. PartnerCheck does "
            "not approve such an assessment, so it does not take it in as approved either; ask the sender to correct the "
            "answer or the tie's details. Nothing was imported; your assessments are unchanged.",
        ),
        (
            "nl",
            "‘final.json’ bevat een definitieve beoordeling waarvan het antwoord op vraag 4.1 (rvo-icp.icp-consulted), ‘"
            + LABEL_NL
            + "’, niet bij de band past: het is bedoeld voor een band die vóór 2020 is aangegaan, en deze band is nog maar "
            "voorgesteld. PartnerCheck keurt zo'n beoordeling niet goed, en neemt haar dus ook niet als goedgekeurd op; "
            "vraag de afzender het antwoord of de gegevens van de band te verbeteren. Niets is geïmporteerd; uw "
            "beoordelingen zijn ongewijzigd.",
        ),
    ],
)
def test_a_final_interchange_file_with_a_misfit_is_refused_in_the_run_s_language(capsys, sender, tmp_path, db_path, lang, lead):
    source = _exported(capsys, sender, tmp_path, "export", "final.json")
    assert json.loads(source.read_text(encoding="utf-8"))["signoff"]["state"] == "final"
    code, out, err = _cli(capsys, db_path, "import", str(source), "--lang", lang)
    assert (code, out) == (2, "")
    assert err.startswith(f"partnercheck import: {lead} Details: {source}: answers.{ICP}.value: ") and err.count("\n") == 1
    # ...the technical detail for whoever made the file, in English as every refused file's
    assert err.endswith(
        "final, but the answer 'not-since-2020-not-renewed' to 4.1 (rvo-icp.icp-consulted) fits only a tie entered before 2020, "
        "and this tie is only proposed; PartnerCheck does not approve such an assessment\n"
    )
    assert _rows(db_path) in (None, [0, 0, 0, 0])  # nothing written


def test_a_tie_that_dates_from_2020_or_later_is_named_by_its_year(sender, tmp_path, library):
    db, assessment_id = sender
    store = open_store(db)
    store.db.execute("UPDATE assessment SET status = 'active', since = 2021 WHERE id = ?", [assessment_id])
    raw = json.dumps(to_document(store.get(assessment_id))).encode()
    store.close()
    with pytest.raises(MisfitImportError) as refused:
        parse_bytes(raw, "f.json", library)
    assert isinstance(refused.value, InterchangeError) and refused.value.kind == "misfit"
    assert (refused.value.question, refused.value.answer.en) == ("4.1 (rvo-icp.icp-consulted)", LABEL_EN)
    assert refused.value.field == f"answers.{ICP}.value"
    assert refused.value.message.endswith(
        "fits only a tie entered before 2020, and this tie dates from 2021; PartnerCheck does not approve such an assessment"
    )


def test_a_final_review_package_with_a_misfit_is_refused(capsys, sender, tmp_path, db_path):
    source = _exported(capsys, sender, tmp_path, "package", "final.pcpkg")
    code, out, err = _cli(capsys, db_path, "import", str(source))
    assert (code, out) == (2, "")
    assert "“final.pcpkg” holds a final assessment whose answer to question 4.1 (rvo-icp.icp-consulted)" in err
    assert _rows(db_path) in (None, [0, 0, 0, 0])


def test_a_tie_file_with_a_final_misfit_is_refused_whole(capsys, sender, tmp_path, db_path):
    source = _exported(capsys, sender, tmp_path, "export-tie", "band.json")
    code, out, err = _cli(capsys, db_path, "import", str(source))
    assert (code, out) == (2, "")
    assert "“band.json” holds a final assessment whose answer to question 4.1 (rvo-icp.icp-consulted)" in err
    assert f"Details: {source}: assessments[0].answers.{ICP}.value: final, but" in err  # which assessment of the file
    assert _rows(db_path) in (None, [0, 0, 0, 0])  # not the tie either


@pytest.mark.parametrize("state", ["draft", "review"])
def test_a_draft_or_one_in_review_with_a_misfit_still_imports(capsys, sender, tmp_path, db_path, state):
    source = _exported(capsys, sender, tmp_path, "export", "final.json")
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["signoff"].update(state=state, approved_by=None, approved_on=None)
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _cli(capsys, db_path, "import", str(source))
    assert code == 0, err
    store = open_store(db_path)
    try:
        (imported,) = [store.get(s.id) for s in store.list_summaries()]
        assert imported.state.value == state and imported.answers[ICP].value == "not-since-2020-not-renewed"
    finally:
        store.close()


def test_a_folder_import_refuses_that_file_and_takes_the_others(capsys, sender, tmp_path, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    source = _exported(capsys, sender, tmp_path, "export", "final.json")
    (folder / "a-final.json").write_bytes(source.read_bytes())
    doc = json.loads(source.read_text(encoding="utf-8"))
    doc["signoff"].update(state="draft", approved_by=None, approved_on=None)
    doc.pop("uuid")
    (folder / "b-draft.json").write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = _cli(capsys, db_path, "import", str(folder))
    assert code == 2
    assert "“a-final.json” holds a final assessment whose answer to question 4.1" in err
    assert "This file was not imported." in err
    assert _rows(db_path)[0] == 1  # the draft
