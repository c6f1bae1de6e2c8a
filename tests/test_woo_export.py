"""A Woo request about one tie: every record of its assessments (revisions and the bin
included) in one folder, an index listing every document, and a redaction list naming every
official and every free-text passage that may name third parties; nothing redacted."""

from __future__ import annotations

import csv
import io
import json

from partnercheck.domain.assessment import Action, Answer, AssessmentState
from partnercheck.domain.personal_data import officials_in
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
    assessments.change_state(store, first, AssessmentState.REVIEW)
    assessments.change_state(store, first, AssessmentState.FINAL, by="B. Baas")
    second = assessments.revise(store, first)
    store.delete(second)  # in the bin, still held: part of the answer
    other = store.create(replace(new_assessment, partnership=replace(partnership, counterpart="Suzhou")))

    out = tmp_path / "woo"
    code, said, err = run("woo-export", "gemeente breda", "Yangzhou", "--out", str(out))
    assert code == 0, err
    assert "nothing was redacted" in said and "hold" in said
    index = _rows(out / "index.csv")
    assert sorted({int(r["assessment_id"]) for r in index}) == [first, second] and other not in {int(r["assessment_id"]) for r in index}
    assert {r["document"] for r in index} == {p.name for p in out.iterdir()} - {"index.csv", "redaction.csv"}
    assert [r["in_bin"] for r in index if int(r["assessment_id"]) == second] == ["yes", "yes"]
    final_report = next(r["document"] for r in index if int(r["assessment_id"]) == first and r["document"].endswith(".pdf"))
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
    assert all(r["whose"] in ("official", "third-party") for r in redaction)


def test_nothing_to_gather_or_a_folder_in_use_writes_nothing(run, store, new_assessment, tmp_path):  # type: ignore[no-untyped-def]
    store.create(new_assessment)
    code, _, err = run("woo-export", "Gemeente Breda", "Nergens", "--out", str(tmp_path / "a"))
    assert code == 2 and "no assessments" in err and not (tmp_path / "a").exists()
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    code, _, err = run("woo-export", "Gemeente Breda", "Yangzhou", "--out", str(busy))
    assert code == 2 and "not an empty folder" in err and [p.name for p in busy.iterdir()] == ["keep.txt"]
    assert json.loads(run("list", "--json")[1])
