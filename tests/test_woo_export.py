"""A Woo request about one tie: its events and agreements, and every record of its assessments
(revisions and the bin included, with their evidence lists) in one folder, an index listing
every document, and a redaction list naming every official and every free-text passage that
may name third parties; nothing redacted."""

from __future__ import annotations

import csv
import dataclasses
import datetime as _dt
import hashlib
import io
import json

from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.domain.events import Event, EventKind
from partnercheck.domain.personal_data import officials_in
from partnercheck.domain.ties import Agreement
from partnercheck.services import assessments


def _rows(path):  # type: ignore[no-untyped-def]
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_the_woo_export_gathers_every_record_and_names_every_person(run, store, new_assessment, library, partnership, tmp_path):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    questions = library.active.questions
    first = store.create(new_assessment)
    for q in questions:
        store.save_answer(first, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    store.save_answer(first, questions[0].id, Answer(questions[0].options[0].value, "Gesproken met mevrouw Li Wei van de Oeigoerse Vereniging"))
    store.add_action(first, Action("Amnesty raadplegen", owner="J. Jansen"))
    store.set_reviewer(first, "C. Controle")
    pdf = b"%PDF-1.4 raadsbesluit"
    store.attach(first, questions[0].id, "raadsbesluit.pdf", pdf)
    assessments.change_state(store, first, AssessmentState.REVIEW)
    assessments.change_state(store, first, AssessmentState.FINAL, by="B. Baas")
    second = assessments.revise(store, first)
    store.delete(second)  # in the bin, still held: part of the answer
    other = store.create(replace(new_assessment, partnership=replace(partnership, counterpart="Suzhou")))
    tie = store.tie_of(first)
    assert store.tie_of(other) != tie
    store.update_tie(dataclasses.replace(store.get_tie(tie), agreements=(Agreement("Vriendschapsverdrag", _dt.date(2015, 5, 1)),)))
    store.add_event(tie, Event(date=_dt.date(2024, 3, 1), kind=EventKind.VISIT_OUT, text="Bezoek aan Yangzhou", people="burgemeester Wang"))

    out = tmp_path / "woo"
    code, said, err = run("woo-export", str(tie), "--out", str(out), "--lang", "nl")
    assert code == 0, err
    assert "er is niets weggelakt" in said and f"hold --tie {tie} on" in said
    index = _rows(out / "index.csv")
    ids = {int(r["assessment_id"]) for r in index if r["assessment_id"]}
    assert sorted(ids) == [first, second] and other not in ids
    assert {r["tie"] for r in index} == {str(tie)}
    assert {r["document"] for r in index} == {p.name for p in out.iterdir()} - {"index.csv", "redaction.csv"}
    assert [r["in_bin"] for r in index if r["assessment_id"] == str(second)] == ["yes", "yes", "yes"]
    events = _rows(out / "tie-events.csv")
    assert [(e["date"], e["text"], e["people"]) for e in events] == [("2024-03-01", "Bezoek aan Yangzhou", "burgemeester Wang")]
    assert _rows(out / "tie-agreements.csv") == [{"title": "Vriendschapsverdrag", "signed": "2015-05-01"}]
    evidence = _rows(out / f"{first:04d}-r1-evidence.csv")
    assert [(e["name"], e["sha256"], e["in_bin"]) for e in evidence] == [("raadsbesluit.pdf", hashlib.sha256(pdf).hexdigest(), "no")]
    assert evidence[0]["added"][:4].isdigit() and evidence[0]["question"] == questions[0].id
    assert any(r["document"].endswith("-evidence.csv") and "1 file(s)" in r["content"] for r in index if r["assessment_id"] == str(first))
    final_report = next(r["document"] for r in index if r["assessment_id"] == str(first) and r["document"].endswith(".pdf"))
    assert (out / final_report).read_bytes() == store.approved_report(first, "nl")  # the document as approved

    redaction = _rows(out / "redaction.csv")
    named = {(r["document"], r["text"]) for r in redaction}
    assert set(officials_in(store.get(first))) == {"A. de Vries", "B. Baas", "C. Controle", "J. Jansen"}
    for row in index:
        if row["document"].endswith(".pdf"):
            doc = row["document"]
            for official in officials_in(store.get(int(row["assessment_id"]))):
                assert (doc, official) in named, (doc, official)
            assert any(d == doc and "Li Wei" in t for d, t in named)
    history = f"{first:04d}-r1-history.csv"
    assert any(r["document"] == history and r["whose"] == "third-party" and "Li Wei" in r["text"] for r in redaction)
    assert any(r["document"] == history and r["location"] == "history.actor" for r in redaction)
    assert any(r["document"] == "tie-events.csv" and r["text"] == "burgemeester Wang" for r in redaction)
    assert all(r["whose"] in ("official", "third-party") for r in redaction)
    # The tie's own history: the agreement and the event as they were recorded, the event's
    # people listed for review.
    tie_log = _rows(out / "tie-history.csv")
    assert any(r["subject"] == "agreement" and "Vriendschapsverdrag" in r["new"] for r in tie_log)
    assert any(r["subject"].startswith("event:") and "burgemeester Wang" in r["new"] for r in tie_log)
    assert any(r["document"] == "tie-history.csv" and r["whose"] == "third-party" and "burgemeester Wang" in r["text"] for r in redaction)


def test_nothing_to_gather_or_a_folder_in_use_writes_nothing(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    tie = store.tie_of(store.create(new_assessment))
    code, _, err = run("woo-export", "999", "--out", str(tmp_path / "a"))
    assert code == 2 and "999" in err and not (tmp_path / "a").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    code, _, err = run("woo-export", str(tie), "--out", str(busy))
    assert code == 2 and "not an empty folder" in err and [p.name for p in busy.iterdir()] == ["keep.txt"]
    assert json.loads(run("list", "--json")[1])


def test_every_publication_decision_about_the_tie_is_in_the_export(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    """Who decided, when and the weighing, for each decision: the one in force and the one
    it replaced; listed in the index, the deciders and the weighings in the redaction list."""
    from partnercheck.services.register import approve_publication

    first = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(first, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, first, AssessmentState.REVIEW)
    assessments.change_state(store, first, AssessmentState.FINAL, by="B. Baas")
    approve_publication(store, first, "P. Publiek", "Geen schade voor de betrekkingen met Yangzhou; gesproken met dhr. Zhang Wei.")
    approve_publication(store, first, "Q. Tweede", "Opnieuw gewogen na het advies van Buitenlandse Zaken.")
    draft = store.create(new_assessment)  # no decision: no row
    tie = store.tie_of(first)
    assert store.tie_of(draft) == tie

    out = tmp_path / "woo"
    assert run("woo-export", str(tie), "--out", str(out), "--lang", "nl")[0] == 0
    decisions = _rows(out / "publication-decisions.csv")
    assert [(d["assessment_id"], d["decided_by"], d["in_force"]) for d in decisions] == [
        (str(first), "P. Publiek", "no"),
        (str(first), "Q. Tweede", "yes"),
    ]
    assert decisions[0]["weighing"].startswith("Geen schade") and decisions[1]["weighing"] == "Opnieuw gewogen na het advies van Buitenlandse Zaken."
    assert decisions[1]["decided_at"] == store.publication_decision(first).decided_at.astimezone().isoformat()
    assert decisions[0]["decided_at"] <= decisions[1]["decided_at"]
    index = _rows(out / "index.csv")
    assert any(r["document"] == "publication-decisions.csv" and "2" in r["content"] for r in index)
    redaction = [(r["document"], r["kind"], r["text"]) for r in _rows(out / "redaction.csv") if r["document"] == "publication-decisions.csv"]
    assert ("publication-decisions.csv", "name", "P. Publiek") in redaction and ("publication-decisions.csv", "name", "Q. Tweede") in redaction
    assert any(kind == "free text" and "Zhang Wei" in text for _, kind, text in redaction)


def test_the_redaction_list_names_each_name_in_free_text_with_its_passage(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    """Per document each candidate name in a note, an action or an event's text, with the words
    around it and what marked it; places and bodies in the same notes are not listed; an
    official named in a note is marked as an official; nothing is redacted in the documents."""
    questions = library.active.questions
    first = store.create(new_assessment)
    note = "Gesproken met mevrouw Li Wei van de Oeigoerse Vereniging in Breda; A. de Vries was erbij. Advies van Buitenlandse Zaken en ICP China."
    store.save_answer(first, questions[0].id, Answer(questions[0].options[0].value, note))
    store.add_action(first, Action("Bel Sarah Johnson van Human Rights Watch (+31 6 1234 5678)", owner="J. Jansen"))
    tie = store.tie_of(first)
    store.update_tie(dataclasses.replace(store.get_tie(tie), contacts="Zhou Min (FAO Yangzhou)"))
    store.add_event(
        tie, Event(date=_dt.date(2024, 3, 1), kind=EventKind.VISIT_OUT, text="Diner met Zhou Min in Yangzhou", people="burgemeester Wang")
    )

    out = tmp_path / "woo"
    assert run("woo-export", str(tie), "--out", str(out), "--lang", "nl")[0] == 0
    rows = _rows(out / "redaction.csv")
    names = [(r["document"].split("-", 2)[-1], r["text"], r["whose"], r["found_by"]) for r in rows if r["kind"] == "name in free text"]
    report = "report-nl.pdf"
    assert (report, "mevrouw Li Wei", "third-party", "title") in names
    assert (report, "A. de Vries", "official", "particle") in names, "the assessor, named in a note: an official"
    assert (report, "Sarah Johnson", "third-party", "capitalised") in names
    assert any(t == "'+31 6 1234 5678" for _, t, _, _ in names), "a phone number, kept from being read as a formula"
    assert ("events.csv", "Zhou Min", "third-party", "pinyin") in names  # tie-events.csv
    listed = " ".join(t for _, t, _, _ in names)
    for body in ("Breda", "Oeigoerse", "Buitenlandse Zaken", "ICP China", "Human Rights Watch", "Yangzhou"):
        assert body not in listed, body
    li = next(r for r in rows if r["text"] == "mevrouw Li Wei")
    assert li["passage"].startswith("Gesproken met mevrouw Li Wei van de Oeigoerse") and li["location"] == f"answers.{questions[0].id}.note"
    assert sum(1 for r in rows if r["kind"] == "name in free text") == len(names)
