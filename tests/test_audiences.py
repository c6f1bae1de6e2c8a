"""The audiences end to end through the store and the command line: notes and actions marked
public or internal and roles remembered; the public PDF; the Word draft read back with
python-docx; the decision to publish and the public register served by Datasette's client."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
import zipfile
from dataclasses import replace

import docx
import pypdf
import pytest

from partnercheck.domain.assessment import Action, Answer, Assessment, AssessmentState
from partnercheck.domain.scoring import score
from partnercheck.report.texts import label
from partnercheck.services.assessments import change_state

ASSESSOR, REVIEWER, APPROVER, OWNER = "Johanna Beoordelaar", "Karel Toetsema", "Annelies Vaststeller", "Pieter-Jan Uitvoerder"
SECRET_NOTE, SECRET_ACTION = "Vertrouwelijk gesprek met de ambassadeur", "Contact met de AIVD leggen"


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_text(path) -> str:
    return " ".join(flat(p.extract_text()) for p in pypdf.PdfReader(path).pages)


@pytest.fixture
def final_id(store, partnership, library):
    """A final assessment full of internal notes and names, one public note, one internal action."""
    checklist = library.active
    answers = {q.id: Answer(q.options[-1].value, f"{SECRET_NOTE} ({ASSESSOR})") for q in checklist.questions}
    first = checklist.questions[0]
    answers[first.id] = Answer(first.options[-1].value, "Toelichting voor iedereen")
    rec = score(checklist, answers).recommendations[0]
    actions = [
        Action(SECRET_ACTION, owner=OWNER),
        Action("Raad informeren", owner=OWNER, due=dt.date(2027, 2, 1), recommendation_id=rec.id),
    ]
    a = Assessment(partnership, checklist.id, checklist.version, assessor=ASSESSOR, answers=answers, actions=actions)
    new_id = store.create(a)
    store.set_note_public(new_id, first.id, True)
    stored = store.get(new_id)
    store.update_action(replace(stored.actions[0], internal=True), expected=stored.actions[0])
    store.set_state(new_id, AssessmentState.REVIEW)
    store.set_reviewer(new_id, REVIEWER)
    change_state(store, new_id, AssessmentState.FINAL, by=APPROVER)
    return new_id


def test_marks_and_roles_are_kept_and_carried_into_a_revision(store, final_id, library):
    a = store.get(final_id)
    assert a.public_notes == frozenset({library.active.questions[0].id})
    assert [x.internal for x in a.actions] == [True, False]
    store.set_role(ASSESSOR, "beleidsadviseur internationale zaken")
    store.set_role(ASSESSOR, "senior beleidsadviseur internationale zaken")  # entered again: replaced
    assert store.roles() == {ASSESSOR: "senior beleidsadviseur internationale zaken"}
    from partnercheck.services.assessments import revise

    revision = store.get(revise(store, final_id))
    assert revision.public_notes == a.public_notes and [x.internal for x in revision.actions] == [True, False]


def test_a_final_assessment_cannot_be_marked(store, final_id, library):
    from partnercheck.store import StoreError

    with pytest.raises(StoreError):
        store.set_note_public(final_id, library.active.questions[1].id, True)


def test_the_public_pdf_from_the_command_line_leaks_nothing(run, store, final_id, tmp_path):
    assert run("role", ASSESSOR, "beleidsadviseur internationale zaken")[0] == 0
    assert run("role", OWNER, "afdeling Internationale Zaken")[0] == 0
    out = tmp_path / "public.pdf"
    code, _, err = run("report", str(final_id), "--variant", "public", "--out", str(out), "--lang", "nl")
    assert code == 0, err
    text = pdf_text(out)
    for secret in (SECRET_NOTE, SECRET_ACTION, ASSESSOR, REVIEWER, APPROVER, OWNER, "Toetsema", "Vaststeller"):
        assert secret not in text, secret
    assert "beleidsadviseur internationale zaken" in text and "afdeling Internationale Zaken" in text
    assert "Toelichting voor iedereen" in text and "Raad informeren" in text
    assert text.count(label("nl", "PUBLIC VERSION")) == len(pypdf.PdfReader(out).pages)
    again = tmp_path / "again.pdf"
    run("report", str(final_id), "--variant", "public", "--out", str(again), "--lang", "nl")
    assert again.read_bytes() == out.read_bytes()


def test_marking_from_the_command_line(run, store, partnership, library):
    checklist = library.active
    qid = checklist.questions[0].id
    new_id = store.create(
        Assessment(partnership, checklist.id, checklist.version, answers={qid: Answer(None, "note")}, actions=[Action("Iets doen")])
    )
    assert run("mark", str(new_id), "--note", qid, "public")[0] == 0
    assert run("mark", str(new_id), "--action", "1", "internal")[0] == 0
    a = store.get(new_id)
    assert a.public_notes == {qid} and a.actions[0].internal
    code, _, err = run("mark", str(new_id), "--action", "5", "internal")
    assert code == 2 and "--action 5" in err


@pytest.mark.parametrize("lang", ["nl", pytest.param("en", marks=pytest.mark.slow)])  # English: the same check, in the full run
def test_the_word_draft_reads_back_with_headings_verdict_and_measures(run, final_id, tmp_path, lang):
    out = tmp_path / "draft.docx"
    code, _, err = run("report", str(final_id), "--format", "docx", "--lang", lang, "--out", str(out))
    assert code == 0, err
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    for key in ("Summary and advice", "Key measures", "Changes since the previous assessment", "Sign-off"):
        assert label(lang, key) in headings, key
    verdict = label(lang, "Verdict") + ": "
    assert any(p.text.startswith(verdict) for p in document.paragraphs), "the verdict sentence"
    assert any(p.style.name == "List Bullet" for p in document.paragraphs), "real lists"
    measures = next(t for t in document.tables if t.rows[0].cells[1].text == label(lang, "Measure"))
    assert measures.rows[0].cells[3].text == label(lang, "Owner") and len(measures.rows) > 2
    assert document.core_properties.language == ("nl-NL" if lang == "nl" else "en-GB")
    again = tmp_path / "again.docx"
    run("report", str(final_id), "--format", "docx", "--lang", lang, "--out", str(again))
    with zipfile.ZipFile(out) as first, zipfile.ZipFile(again) as second:
        assert first.namelist() == second.namelist()
        for name in first.namelist():
            assert first.read(name) == second.read(name), name


def test_the_public_word_draft_leaks_nothing(run, final_id, tmp_path):
    out = tmp_path / "public.docx"
    assert run("report", str(final_id), "--format", "docx", "--variant", "public", "--out", str(out))[0] == 0
    with zipfile.ZipFile(out) as z:
        everything = " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    for secret in (SECRET_NOTE, SECRET_ACTION, ASSESSOR, REVIEWER, APPROVER, OWNER):
        assert secret not in everything, secret


def test_publication_is_decided_for_final_assessments_only(run, store, partnership, library, final_id):
    draft = store.create(Assessment(partnership, library.active.id, library.active.version))
    code, _, err = run("approve-publication", str(draft), "--by", "M. Burgemeester", "--note", "Weging gemaakt")
    assert code == 2 and "final" in err
    code, _, err = run("approve-publication", str(final_id), "--by", "M. Burgemeester", "--note", " ")
    assert code == 2 and "--note" in err
    code, out, err = run(
        "approve-publication", str(final_id), "--by", "M. Burgemeester", "--note", "Belang openbaarheid weegt zwaarder", "--lang", "nl"
    )
    assert code == 0, err
    [decision] = store.publication_decisions()
    assert (decision.assessment_id, decision.decided_by, decision.weighing) == (final_id, "M. Burgemeester", "Belang openbaarheid weegt zwaarder")
    # The moment as the window and the report write it, never ISO; in the command's --lang.
    from partnercheck.domain.dates import format_datetime

    said = format_datetime(decision.decided_at.astimezone(), "nl")
    assert re.fullmatch(r"\d\d-\d\d-\d{4} \d\d:\d\d", said)
    assert out == f"Beoordeling {final_id} mag openbaar worden gemaakt: besloten door M. Burgemeester op {said}\n"
    code, out, err = run("approve-publication", str(final_id), "--by", "M. Burgemeester", "--note", "Opnieuw gewogen", "--lang", "en")
    assert code == 0, err
    assert re.search(r" on \d\d/\d\d/\d{4} \d\d:\d\d$", out.strip()) and "-" not in out.split(" on ")[-1]


def _datasette(register, metadata, path: str) -> dict | list:
    done = subprocess.run(
        [sys.executable, "-m", "datasette", str(register), "--metadata", str(metadata), "--get", path],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.slow
def test_the_register_is_served_by_datasette_with_public_fields_only(run, store, final_id, partnership, library, tmp_path):
    # A second tie whose latest final assessment has no decision stays out.
    checklist = library.active
    other = replace(partnership, counterpart="Suzhou")
    answers = {q.id: Answer(q.options[0].value) for q in checklist.questions}
    second = store.create(Assessment(other, checklist.id, checklist.version, assessor=ASSESSOR, answers=answers))
    store.set_state(second, AssessmentState.REVIEW)
    change_state(store, second, AssessmentState.FINAL, by=APPROVER)
    assert run("approve-publication", str(final_id), "--by", "M. Burgemeester", "--note", "Gewogen")[0] == 0

    register = tmp_path / "register.sqlite3"
    code, out, err = run("publish", "--out", str(register))
    assert code == 0, err
    assert "Suzhou" in out and "Wrote 1 tie " in out
    metadata = tmp_path / "metadata.json"
    assert register.stat().st_mode & 0o222 == 0, "read-only"
    assert sqlite3.connect(register).execute("PRAGMA table_info(ties)").fetchall(), "an ordinary SQLite file"
    rows = _datasette(register, metadata, "/register/ties.json?_shape=objects")["rows"]
    assert [(r["dutch_party"], r["counterpart"], r["verdict"]) for r in rows] == [(partnership.dutch_party, "Yangzhou", "high")]
    assert rows[0]["summary_nl"] and rows[0]["summary_en"] and rows[0]["since"] == partnership.since
    levels = _datasette(register, metadata, "/register/theme_levels.json?_shape=array")
    assert len(levels) == len(checklist.themes)
    high = _datasette(register, metadata, "/register/ties_with_high_verdict.json?_shape=array")
    assert [r["counterpart"] for r in high] == ["Yangzhou"]
    meta = _datasette(register, metadata, "/-/metadata.json")
    assert meta["license"] == "CC0-1.0" and "ties_by_province" in meta["databases"]["register"]["queries"]
    everything = register.read_bytes().decode("utf-8", "replace") + json.dumps(rows, ensure_ascii=False)
    for secret in (SECRET_NOTE, SECRET_ACTION, ASSESSOR, REVIEWER, APPROVER, OWNER, "M. Burgemeester", "Gewogen"):
        assert secret not in everything, secret


def test_marks_travel_in_the_interchange_file_and_are_part_of_the_kenmerk(store, final_id, library):
    from partnercheck.domain.interchange import parse_document, to_document
    from partnercheck.report import content_hash

    a = store.get(final_id)
    doc = to_document(a)
    first = library.active.questions[0].id
    assert doc["answers"][first]["public"] is True and "public" not in doc["answers"][library.active.questions[1].id]
    assert doc["actions"][0]["internal"] is True and "internal" not in doc["actions"][1]
    back = parse_document(doc, "x.json", library)
    assert back.public_notes == a.public_notes and [x.internal for x in back.actions] == [True, False]
    plain = replace(a, public_notes=frozenset(), actions=[replace(x, internal=False) for x in a.actions])
    assert content_hash(plain) != content_hash(a)  # what is printed differs (issue: the kenmerk follows the print)
    doc["actions"][0]["internal"] = "yes"
    from partnercheck.domain.interchange import InterchangeError

    with pytest.raises(InterchangeError, match=r"actions\[0\]\.internal"):
        parse_document(doc, "x.json", library)


def test_toggling_a_mark_changes_the_kenmerk_and_an_unchanged_assessment_keeps_it(run, store, partnership, library, tmp_path):
    """The kenmerk follows what is printed: the public version prints a public note and leaves
    out an internal action, the full report marks internal actions."""
    from partnercheck.report import content_hash

    checklist = library.active
    qid = checklist.questions[0].id
    new_id = store.create(
        Assessment(partnership, checklist.id, checklist.version, answers={qid: Answer(None, "Toelichting")}, actions=[Action("Iets doen")])
    )
    before = content_hash(store.get(new_id))
    assert content_hash(store.get(new_id)) == before  # read again: the same
    assert run("mark", str(new_id), "--note", qid, "public")[0] == 0
    public = content_hash(store.get(new_id))
    assert public != before
    assert run("mark", str(new_id), "--action", "1", "internal")[0] == 0
    both = content_hash(store.get(new_id))
    assert both not in (before, public)
    out = tmp_path / "rapport.pdf"
    assert run("report", str(new_id), "--out", str(out))[0] == 0
    assert both in flat(pdf_text(out))
    assert run("mark", str(new_id), "--note", qid, "internal")[0] == 0
    assert run("mark", str(new_id), "--action", "1", "public")[0] == 0
    assert content_hash(store.get(new_id)) == before  # the marks undone: the kenmerk it had
    # A public mark on a question without a note prints nothing: no other kenmerk.
    empty = store.get(new_id)
    assert content_hash(replace(empty, public_notes=frozenset({checklist.questions[1].id}))) == before
