"""`partnercheck export` of a final assessment whose answer does not fit its tie (approved before
that rule existed, or before the tie's details were corrected): another PartnerCheck refuses
such a file on import (domain.interchange.MisfitImportError), so the export warns on stderr, in
the run's language, and still writes the file (exit 0): it is the record of what was approved."""

from __future__ import annotations

import json
import sqlite3

import pytest

from partnercheck.cli import main
from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.numbering import question_numbers
from partnercheck.workspace import open_store

WARNING = {
    "en": "partnercheck export: warning: assessment {id} is final, but its answer to question {question} does not fit the tie "
    "(it is meant for an older tie); another PartnerCheck will refuse this file on import. The file was written; correct "
    "the tie's details, or the answer in a new revision.\n",
    "nl": "partnercheck export: waarschuwing: beoordeling {id} is vastgesteld, maar het antwoord op vraag {question} past niet "
    "bij de band (het is bedoeld voor een oudere band); een andere PartnerCheck weigert dit bestand bij het importeren. Het "
    "bestand is geschreven; verbeter de gegevens van de band, of het antwoord in een nieuwe revisie.\n",
}


@pytest.fixture
def final_misfit(tmp_path, library, new_assessment):
    """A final assessment whose tie was later set to proposed, holding the answer that fits
    only a tie entered before a year (whichever question of the active checklist has one)."""
    checklist = library.active
    question, option = next((q, o) for q in checklist.questions for o in q.options if o.entered_before is not None)
    db = tmp_path / "sender.sqlite3"
    store = open_store(db)
    new_assessment.answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value) for q in checklist.questions}
    new_assessment.answers[question.id] = Answer(option.value)  # fits the tie entered in 2009
    assessment_id = store.create(new_assessment)
    store.set_state(assessment_id, AssessmentState.REVIEW)
    store.set_state(assessment_id, AssessmentState.FINAL, by="B. Baas")
    store.db.execute("UPDATE assessment SET status = 'proposed', since = NULL WHERE id = ?", [assessment_id])
    store.close()
    return db, assessment_id, f"{question_numbers(checklist)[question.id]} ({question.id})", question.id, option.value


def _cli(capsys, db, *args):  # type: ignore[no-untyped-def]
    code = main([args[0], "--db", str(db), *args[1:]])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_exporting_a_final_misfit_warns_that_it_will_be_refused_and_still_writes_it(capsys, final_misfit, tmp_path, db_path, lang):  # type: ignore[no-untyped-def]
    db, assessment_id, numbered, question_id, value = final_misfit
    warning = WARNING[lang].format(id=assessment_id, question=numbered)
    out = tmp_path / "final.json"
    code, stdout, err = _cli(capsys, db, "export", str(assessment_id), "--out", str(out), "--lang", lang)
    assert code == 0 and stdout == ""
    assert err.endswith(warning), err  # after the note on personal data
    assert json.loads(out.read_text(encoding="utf-8"))["signoff"]["state"] == "final"  # the record of what was approved
    # To standard output the file stays clean JSON; the warning goes to stderr all the same.
    code, stdout, err = _cli(capsys, db, "export", str(assessment_id), "--lang", lang)
    assert code == 0 and json.loads(stdout)["answers"][question_id]["value"] == value and err == warning
    # ...and what it warned of is so: another PartnerCheck refuses the file.
    assert _cli(capsys, db_path, "import", str(out))[0] == 2


def test_exporting_a_final_assessment_that_fits_its_tie_warns_of_nothing(capsys, final_misfit):  # type: ignore[no-untyped-def]
    db, assessment_id, *_ = final_misfit
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessment SET status = 'active', since = 2009 WHERE id = ?", [assessment_id])
    conn.commit()
    conn.close()
    code, _, err = _cli(capsys, db, "export", str(assessment_id))
    assert code == 0 and err == ""


TIE_WARNING = {
    "en": "partnercheck export-tie: warning: assessment {id} is final, but its answer to question {question} does not fit the tie "
    "(it is meant for an older tie); another PartnerCheck will refuse this tie file, with all its assessments, on import. The "
    "file was written; correct the tie's details, or the answer in a new revision.\n",
    "nl": "partnercheck export-tie: waarschuwing: beoordeling {id} is vastgesteld, maar het antwoord op vraag {question} past niet "
    "bij de band (het is bedoeld voor een oudere band); een andere PartnerCheck weigert dit bandbestand, met al zijn "
    "beoordelingen, bij het importeren. Het bestand is geschreven; verbeter de gegevens van de band, of het antwoord in een "
    "nieuwe revisie.\n",
}


def _tie(db, assessment_id):  # type: ignore[no-untyped-def]
    store = open_store(db)
    try:
        return store.tie_of(assessment_id)
    finally:
        store.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_tie_file_holding_a_final_misfit_warns_that_the_whole_file_will_be_refused(capsys, final_misfit, tmp_path, db_path, lang):  # type: ignore[no-untyped-def]
    """`export-tie` writes every assessment of the tie; one final misfit and the receiver
    refuses the whole tie file: said before the file is sent, to --out and to standard output."""
    db, assessment_id, numbered, *_ = final_misfit
    tie = _tie(db, assessment_id)
    warning = TIE_WARNING[lang].format(id=assessment_id, question=numbered)
    out = tmp_path / "tie.json"
    code, stdout, err = _cli(capsys, db, "export-tie", str(tie), "--out", str(out), "--lang", lang)
    assert code == 0 and stdout == "" and err.endswith(warning), err
    code, stdout, err = _cli(capsys, db, "export-tie", str(tie), "--lang", lang)
    assert code == 0 and json.loads(stdout)["format"] and err == warning
    code, _, err = _cli(capsys, db_path, "import", str(out))
    assert code == 2 and numbered.split()[0] in err, err  # what it warned of is so: refused for that answer


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_review_package_of_a_final_misfit_warns_too(capsys, final_misfit, tmp_path, db_path, lang):  # type: ignore[no-untyped-def]
    db, assessment_id, numbered, *_ = final_misfit
    out = tmp_path / "review.partnercheck"
    code, stdout, err = _cli(capsys, db, "package", str(assessment_id), "--out", str(out), "--no-encrypt", "--lang", lang)
    assert code == 0 and str(out) in stdout, stdout
    err = "".join(line for line in err.splitlines(keepends=True) if str(out) not in line)  # the not-encrypted warning
    assert err == WARNING[lang].replace("partnercheck export:", "partnercheck package:").format(id=assessment_id, question=numbered), err
    assert _cli(capsys, db_path, "import", str(out))[0] == 2


def test_a_tie_whose_final_assessments_fit_warns_of_nothing(capsys, final_misfit, tmp_path):  # type: ignore[no-untyped-def]
    db, assessment_id, *_ = final_misfit
    conn = sqlite3.connect(db)
    conn.execute("UPDATE assessment SET status = 'active', since = 2009 WHERE id = ?", [assessment_id])
    conn.commit()
    conn.close()
    code, _, err = _cli(capsys, db, "export-tie", str(_tie(db, assessment_id)), "--out", str(tmp_path / "t.json"))
    assert code == 0 and "warning" not in err, err
    package = tmp_path / "p.partnercheck"
    code, _, err = _cli(capsys, db, "package", str(assessment_id), "--out", str(package), "--no-encrypt")
    assert code == 0 and [line for line in err.splitlines() if str(package) not in line] == [], err  # only: not encrypted
