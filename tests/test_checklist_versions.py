"""A new checklist version for an offline town hall: installed from a file, old assessments
keep their version, and an upgrade is a new revision that carries answers by question id."""

from __future__ import annotations

import tomllib

import pytest

from partnercheck.domain.assessment import Answer, Assessment, AssessmentState
from partnercheck.domain.checklist_loader import ChecklistError
from partnercheck.paths import installed_checklist_dir
from partnercheck.resources import checklist_dir
from partnercheck.services.assessments import upgrade
from partnercheck.services.checklists import install_checklist
from partnercheck.store.errors import StoreError
from partnercheck.workspace import checklist_library, open_store

OLD = checklist_dir() / "china-partnerships-2026.1.toml"
SPLIT = checklist_dir() / "china-partnerships-2026.2.toml"  # the version that split and reworded questions
NEWEST = "2026.5"  # the newest shipped version, active for new assessments
NEW = checklist_dir() / f"china-partnerships-{NEWEST}.toml"


def _bumped(tmp_path, version="2027.1", edit=None):
    text = NEW.read_text(encoding="utf-8").replace(f'version = "{NEWEST}"', f'version = "{version}"', 1)
    if edit:
        text = edit(text)
    path = tmp_path / "received.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_installed_checklist_becomes_active_and_survives_as_a_file(tmp_path):
    assert checklist_library().active.version == NEWEST
    installed = install_checklist(_bumped(tmp_path), checklist_library(), installed_checklist_dir())
    assert installed.version == "2027.1" and installed.content_date == "2026-11-30"
    assert (installed_checklist_dir() / "china-partnerships-2027.1.toml").is_file()
    library = checklist_library()
    assert library.active.version == "2027.1"
    assert library.get("china-partnerships", "2026.1") is not None, "old versions stay loadable"
    # The same file again changes nothing; other content under the same version is refused.
    install_checklist(_bumped(tmp_path), library, installed_checklist_dir())
    changed = _bumped(tmp_path, edit=lambda t: t.replace('title_en = "Due diligence', 'title_en = "Changed due diligence', 1))
    with pytest.raises(ChecklistError, match="installed already with other content"):
        install_checklist(changed, library, installed_checklist_dir())


def test_a_broken_checklist_file_is_refused_and_nothing_is_installed(tmp_path):
    broken = _bumped(tmp_path, edit=lambda t: t.replace("risk = 0", "risk = 9", 1))
    with pytest.raises(ChecklistError) as info:
        install_checklist(broken, checklist_library(), installed_checklist_dir())
    assert "received.toml" in str(info.value) and ".risk" in info.value.key
    assert not list(installed_checklist_dir().glob("*.toml")) if installed_checklist_dir().exists() else True
    assert checklist_library().active.version == NEWEST


def _old_assessment(new_assessment, library) -> Assessment:
    old = library.get("china-partnerships", "2026.1")
    answers = {q.id: Answer(min(q.options, key=lambda o: o.risk).value, f"note {q.id}") for q in old.questions}
    answers["one-china.clause"] = Answer("yes", "article 5 of the 2012 text")
    answers["cpaffc.party-posts"] = Answer("yes", "")
    return Assessment(
        partnership=new_assessment.partnership,
        checklist_id=old.id,
        checklist_version=old.version,
        assessor="A. de Vries",
        answers=answers,
        state=AssessmentState.DRAFT,
    )


def test_upgrade_makes_a_new_revision_and_carries_answers_by_question_id(db_path, new_assessment, library):
    store = open_store(db_path)
    old_id = store.create(_old_assessment(new_assessment, library))
    before = store.get(old_id)
    new_id, summary = upgrade(store, old_id)
    upgraded = store.get(new_id)
    new = library.get("china-partnerships", NEWEST)
    assert (upgraded.checklist_version, upgraded.revision, upgraded.previous_id) == (NEWEST, 2, old_id)
    assert store.get(old_id) == before, "the original keeps its version and answers"
    # Unchanged questions keep answer and note.
    for qid in summary.carried:
        assert upgraded.answers[qid] == before.answers[qid]
    assert "cpaffc.bodies-mapped" in summary.carried
    # Questions that replace old ones start open, with the old answer beside them in the note.
    for qid in ("one-china.commitment", "one-china.diplomatic-principles", "cpaffc.united-front-posts"):
        assert qid in summary.to_review
        assert upgraded.answers[qid].value is None
        assert "vorig antwoord / previous answer: Ja / Yes" in upgraded.answers[qid].note
    assert "article 5 of the 2012 text" in upgraded.answers["one-china.commitment"].note
    assert set(summary.new) >= {"cpaffc.role", "gifts.events", "gifts.conditions", "human-rights.yielded", "intermediaries.confucius"}
    assert set(summary.dropped) == set()
    assert len(summary.carried) + len(summary.to_review) + len(summary.new) == len(new.questions)
    # The upgraded revision is open: no verdict until the new questions are answered.
    [row] = [s for s in store.list_summaries() if s.id == new_id]
    assert row.verdict in ("incomplete", "high")
    assert any(h.subject == "checklist_version" and (h.old, h.new) == ("2026.1", NEWEST) for h in store.history(new_id))
    with pytest.raises(StoreError, match="already on the newest checklist"):
        upgrade(store, new_id)
    assert summary.lines("nl")[0] == f"Checklist 2026.1 → {NEWEST}"


def test_the_shipped_2026_2_replaces_the_split_and_reworded_questions():
    data = tomllib.loads(SPLIT.read_text(encoding="utf-8"))
    replaces = {q["id"]: q.get("replaces", []) for t in data["themes"] for q in t["questions"]}
    assert replaces["cpaffc.united-front-posts"] == ["cpaffc.party-posts"]
    assert replaces["one-china.commitment"] == ["one-china.clause"] == replaces["one-china.diplomatic-principles"]
    old_ids = {q["id"] for t in tomllib.loads(OLD.read_text(encoding="utf-8"))["themes"] for q in t["questions"]}
    gone = old_ids - set(replaces)
    assert gone == {"cpaffc.party-posts", "one-china.clause"}, "every other question keeps its id"


def test_the_command_line_installs_and_upgrades(tmp_path, capsys, new_assessment, library):
    from partnercheck.cli import main
    from partnercheck.domain.interchange import dumps

    db = str(tmp_path / "cli.sqlite3")
    source = tmp_path / "old.json"
    source.write_text(dumps(_old_assessment(new_assessment, library)), encoding="utf-8")
    assert main(["import", str(source), "--db", db]) == 0
    old_id = capsys.readouterr().out.split()[-1]
    assert main(["upgrade", old_id, "--db", db]) == 0
    out = capsys.readouterr().out
    assert f"Checklist 2026.1 → {NEWEST}" in out and out.strip().endswith(str(int(old_id) + 1))
    assert main(["upgrade", str(int(old_id) + 1), "--db", db]) == 2
    assert "already on the newest checklist" in capsys.readouterr().err

    assert main(["checklist", "install", str(_bumped(tmp_path)), "--db", db]) == 0
    assert "Installed china-partnerships 2027.1 (content 2026-11-30); active: china-partnerships 2027.1" in capsys.readouterr().out
    assert main(["checklist", "--json"]) == 0
    assert '"content_date": "2026-11-30"' in capsys.readouterr().out
    assert main(["checklist", "install"]) == 2
    assert "name the checklist file" in capsys.readouterr().err
