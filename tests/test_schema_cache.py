"""The schema each version must have, kept between runs (store.schema_cache): the same answer
as applying the steps, a damaged cache file only costs applying them again."""

from __future__ import annotations

from partnercheck.paths import cache_dir
from partnercheck.store import migrations
from partnercheck.store.schema_cache import applied_in_memory, cached_tables


def test_the_cached_schema_is_the_one_the_steps_make_and_a_damaged_cache_is_made_again(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(tmp_path / "cache"))
    latest = migrations.latest_version()
    made = applied_in_memory(latest)
    assert "assessment" in made and "uuid" in made["assessment"]
    assert cached_tables(latest, lambda: applied_in_memory(latest)) == made
    [kept] = cache_dir().glob(f"schema3-{latest}=*.marshal")

    def not_again():  # type: ignore[no-untyped-def]
        raise AssertionError("the cache holds it")

    assert cached_tables(latest, not_again) == made
    for damage in (kept.read_bytes()[:-3], b"{not marshal", b""):  # cut short, not marshal, empty
        kept.write_bytes(damage)
        assert cached_tables(latest, lambda: applied_in_memory(latest)) == made
    assert cached_tables(latest, not_again) == made, "written again whole"
    assert cached_tables(3, lambda: applied_in_memory(3)) != made, "each version its own file"


def test_an_unwritable_cache_folder_only_means_applying_the_steps(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("PARTNERCHECK_CACHE_DIR", str(blocker / "cache"))
    latest = migrations.latest_version()
    assert cached_tables(latest, lambda: applied_in_memory(latest)) == applied_in_memory(latest)


def test_a_file_whose_version_says_older_but_has_a_later_steps_index_is_refused_before_any_backup(tmp_path):  # type: ignore[no-untyped-def]
    """A damaged version number (one bit of byte 63) on a current file: the steps since that
    version add no table or column, only an index and triggers; those give it away."""
    import sqlite3

    import pytest

    from partnercheck.store.errors import NotADatabaseError
    from partnercheck.workspace import open_store

    db = tmp_path / "db.sqlite3"
    open_store(db).close()
    latest = migrations.latest_version()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {latest - 2}")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="of a later one"):
        open_store(db)
    assert not (tmp_path / "backups").exists()
