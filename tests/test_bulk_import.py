"""``partnercheck import FILE... | FOLDER``: many files in one run, each on its own."""

from __future__ import annotations

import json
import uuid

import pytest

from partnercheck.services import transfer
from partnercheck.services.bulk_import import files_to_import
from partnercheck.workspace import open_store


@pytest.fixture
def exported(tmp_path, new_assessment):  # type: ignore[no-untyped-def]
    """An interchange file's text, as another town hall's PartnerCheck writes it."""
    source = open_store(tmp_path / "elsewhere.sqlite3")
    text = transfer.export_text(source.get(source.create(new_assessment)))
    source.close()
    return text


def folder_of(tmp_path, exported: str, n: int, bad: dict[int, str] | None = None):  # type: ignore[no-untyped-def]
    folder = tmp_path / "inbox"
    folder.mkdir()
    for i in range(n):
        doc = json.loads(exported)
        doc["partnership"]["dutch_party"] = f"Gemeente {i:03d}"
        doc["uuid"] = str(uuid.UUID(int=i + 1))  # each file another assessment
        if bad and i in bad:
            doc["partnership"]["status"] = bad[i]
        (folder / f"{i:03d}.json").write_text(json.dumps(doc), encoding="utf-8")
    (folder / "notes.txt").write_text("not an interchange file", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "999.json").write_text("{}", encoding="utf-8")
    return folder


def test_a_folder_is_imported_file_by_file_in_name_order(run, store, tmp_path, exported):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 12)
    code, out, err = run("import", str(folder))
    assert code == 0, err
    lines = out.splitlines()
    assert [line.split()[1] for line in lines] == [f"{i:03d}.json" for i in range(12)], "only the folder's own *.json, by name"
    ids = [int(line.split()[-1]) for line in lines]
    assert [store.get(i).partnership.dutch_party for i in ids] == [f"Gemeente {i:03d}" for i in range(12)]
    assert "Imported 12 of 12 files" in err


def test_a_refused_file_is_named_skipped_and_the_others_stay(run, store, tmp_path, exported):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 6, bad={2: "sleeping"})
    code, out, err = run("import", str(folder), str(tmp_path / "missing.json"))
    assert code == 2
    assert len(out.splitlines()) == 5
    assert f"{folder / '002.json'}: partnership.status" in err
    assert "missing.json: cannot be read" in err
    assert "Imported 5 of 7 files" in err and "2 refused" in err
    assert sorted(s.dutch_party for s in store.list_summaries()) == [f"Gemeente {i:03d}" for i in range(6) if i != 2]


def test_several_files_as_arguments_keep_their_order(run, store, tmp_path, exported):  # type: ignore[no-untyped-def]
    folder = folder_of(tmp_path, exported, 3)
    files = [folder / "002.json", folder / "000.json"]
    assert files_to_import(files) == files
    code, out, _ = run("import", *map(str, files))
    assert code == 0 and [line.split()[1] for line in out.splitlines()] == ["002.json", "000.json"]


def test_an_empty_folder_is_bad_input_and_creates_no_database(run, db_path, tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "empty").mkdir()
    code, _, err = run("import", str(tmp_path / "empty"))
    assert code == 2 and "no interchange files" in err
    assert not db_path.exists()


def test_a_folder_import_leaves_the_checkpoint_to_its_end_and_restores_the_setting(store, tmp_path, exported):  # type: ignore[no-untyped-def]
    """SQLite's checkpoint every 1,000 WAL pages (two disk syncs each) waits for the run's one
    flush, up to the window's backstop (issue 16); afterwards the connection checkpoints as
    before, also after a run that stopped on an error."""
    from partnercheck.services.bulk_import import import_many
    from partnercheck.store.transactions import IDLE_BACKSTOP_PAGES

    def setting() -> int:
        return int(store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0])

    before = setting()
    paths = files_to_import([folder_of(tmp_path, exported, 3)])
    seen: list[int] = []
    results = import_many(store, paths, lambda n, r: seen.append(setting()))
    assert all(r.id is not None for r in results)
    assert seen == [max(before, IDLE_BACKSTOP_PAGES)] * 3
    assert setting() == before

    def stop(n, r):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_many(store, paths, stop)
    assert setting() == before
