"""``import --replace``: the local draft takes the file's content, and its history keeps every
value the file overwrote (old and new, under the subjects an edit in the window uses), so
nothing the draft held is lost: readable with ``partnercheck history`` and in the window's
History. Never over a final assessment (docs/interchange.md, "Round trip")."""

from __future__ import annotations

import json
import uuid

import pytest

from partnercheck.domain.assessment import Action, Answer, AssessmentState, Basis
from partnercheck.services import assessments


@pytest.fixture
def sent(library):
    """The file as the sender first sent it: a draft with two answers and one action."""
    checklist = library.active
    q0, q1 = checklist.questions[:2]
    return {
        "format": "partnercheck-assessment",
        "format_version": 2,
        "uuid": str(uuid.uuid4()),
        "checklist": {"id": checklist.id, "version": checklist.version},
        "partnership": {
            "dutch_party": "Gemeente Breda",
            "dutch_party_kind": "municipality",
            "counterpart": "Yangzhou",
            "counterpart_kind": "city",
            "status": "active",
        },
        "assessor": "A. de Vries",
        "answers": {
            q0.id: {"value": q0.options[0].value, "note": "uit het dossier", "basis": "document"},
            q1.id: {"value": q1.options[0].value, "note": ""},
        },
        "actions": [{"text": "Jaarverslag opvragen"}],
    }


def _import(run, tmp_path, doc, *options):
    path = tmp_path / f"file-{len(list(tmp_path.glob('file-*')))}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return run("import", str(path), *options)


def test_every_overwritten_value_is_kept_in_the_history(run, store, tmp_path, library, sent):
    q0, q1 = library.active.questions[:2]
    code, out, err = _import(run, tmp_path, sent)
    assert code == 0, err
    draft = int(out.split()[-1])
    # Here the draft is worked on before the sender's new version arrives.
    store.save_answer(draft, q0.id, Answer(q0.options[1].value, "lokale notitie", Basis.CONVERSATION))
    store.add_action(draft, Action("Raad informeren"))

    newer = json.loads(json.dumps(sent))
    newer["answers"] = {q0.id: {"value": q0.options[2].value, "note": "nieuwe versie"}}  # q1 dropped
    newer["actions"] = [{"text": "Contract laten toetsen", "status": "in-progress"}]
    newer["partnership"]["counterpart"] = "Yangzhou (Jiangsu)"
    newer["assessor"] = "B. Baas"
    code, _, err = _import(run, tmp_path, newer)
    assert code == 2 and "--replace" in err
    code, out, err = _import(run, tmp_path, newer, "--replace")
    assert code == 0, err

    code, out, _ = run("history", str(draft), "--json")
    entries = json.loads(out)
    replaced = [i for i, e in enumerate(entries) if e["what"] == "replaced"]
    assert len(replaced) == 1 and entries[replaced[0]]["new"].startswith("file-")
    after = {e["what"]: (e["old"], e["new"]) for e in entries[replaced[0] :]}
    assert after[f"answer:{q0.id}"] == (q0.options[1].value, q0.options[2].value)
    assert after[f"note:{q0.id}"] == ("lokale notitie", "nieuwe versie")
    assert after[f"basis:{q0.id}"] == ("conversation", None)
    assert after[f"answer:{q1.id}"] == (q1.options[0].value, None), "an answer the file no longer has"
    assert after["partnership.counterpart"] == ("Yangzhou", "Yangzhou (Jiangsu)")
    assert after["assessor"] == ("A. de Vries", "B. Baas")
    assert json.loads(after["action:1"][0])["text"] == "Jaarverslag opvragen"
    assert json.loads(after["action:1"][1])["text"] == "Contract laten toetsen"
    assert json.loads(after["action:2"][0])["text"] == "Raad informeren" and after["action:2"][1] is None
    # The same through --question, and in the text the command prints.
    code, out, _ = run("history", str(draft), "--question", q0.id)
    assert "lokale notitie -> nieuwe versie" in out
    assert store.get(draft).answers[q0.id] == Answer(q0.options[2].value, "nieuwe versie")


def test_a_draft_that_only_came_by_import_keeps_its_values_in_the_history_too(run, store, tmp_path, library, sent):
    """Its answers were never edited here, so no earlier entry holds them: the replacement does."""
    q0 = library.active.questions[0]
    draft = int(_import(run, tmp_path, sent)[1].split()[-1])
    newer = json.loads(json.dumps(sent))
    newer["answers"][q0.id]["note"] = "anders"
    assert _import(run, tmp_path, newer, "--replace")[0] == 0
    kept = [(h.subject, h.old, h.new) for h in store.history(draft) if h.subject == f"note:{q0.id}"]
    assert kept == [(f"note:{q0.id}", "uit het dossier", "anders")]


def test_a_final_assessment_is_never_replaced(run, store, tmp_path, library, sent):
    checklist = library.active
    draft = int(_import(run, tmp_path, sent)[1].split()[-1])
    for q in checklist.questions:
        store.save_answer(draft, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, draft, AssessmentState.REVIEW)
    assessments.change_state(store, draft, AssessmentState.FINAL, by="B. Baas")
    before = [(h.subject, h.old, h.new) for h in store.history(draft)]
    code, _, err = _import(run, tmp_path, sent, "--replace")
    assert code == 2 and "only a draft is replaced" in err
    assert [(h.subject, h.old, h.new) for h in store.history(draft)] == before
