"""A new assessment that joins a tie already there (made for the same parties, a revision, a
re-assessment, an import) is in the tie's history; the first assessment, which makes the tie,
is its ``created`` entry, not a second one."""

from __future__ import annotations

import json

from partnercheck.domain.interchange import to_document
from partnercheck.domain.tie_history import describe, subject_words
from partnercheck.services import assessments


def _added(store, tie):  # type: ignore[no-untyped-def]
    return [(e.old, e.new) for e in store.tie_history(tie) if e.subject == "assessment-added"]


def test_each_assessment_that_joins_an_existing_tie_is_recorded(run, store, new_assessment, partnership, tmp_path):  # type: ignore[no-untyped-def]
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    assert [e.subject for e in store.tie_history(tie)] == ["created"]

    second = assessments.create(store, partnership, "B. Jansen")  # the same parties: the same tie
    again = assessments.duplicate(store, first)
    chosen = assessments.create(store, partnership, "C. Smit", tie_id=tie)
    document = to_document(store.get(first))
    document["uuid"] = None
    path = tmp_path / "los.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, out, err = run("import", str(path))
    assert code == 0, err
    imported = max(s.id for s in store.list_summaries())
    assert store.tie_of(imported) == tie
    assert _added(store, tie) == [(None, f"assessment {n}") for n in (second, again, chosen, imported)]

    entries = json.loads(run("tie-history", str(tie), "--json")[1])
    assert [e["new"] for e in entries if e["what"] == "assessment-added"] == [f"assessment {n}" for n in (second, again, chosen, imported)]
    entry = next(e for e in store.tie_history(tie) if e.subject == "assessment-added")
    assert "beoordeling toegevoegd: – → assessment" in describe(entry, "nl")
    assert subject_words("assessment-added", "en") == "assessment added"
    assert f"assessment added: – → assessment {second}" in run("tie-history", str(tie), "--lang", "en")[1]


def test_a_new_tie_and_a_revision(store, new_assessment, library):  # type: ignore[no-untyped-def]
    from partnercheck.domain.assessment import Answer, AssessmentState

    q = library.active.questions
    new_assessment.answers = {x.id: Answer(x.options[0].value, "") for x in q}
    first = store.create(new_assessment)
    tie = store.tie_of(first)
    assessments.change_state(store, first, AssessmentState.REVIEW)
    assessments.change_state(store, first, AssessmentState.FINAL, by="Burgemeester")
    revision = assessments.revise(store, first)
    assert _added(store, tie) == [(None, f"assessment {revision}")]
