"""The list read a page at a time: SQL filters and sorts as the window promises, the text
index stays in step with every write, and no per-assessment lookup reads a whole table."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from partnercheck.domain.assessment import Action, Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.domain.listing import ListQuery, SortKey
from partnercheck.store.listing import RARE

NAMES = ["Breda", "Delft", "Nijmegen", "Zwolle", "Ede", "100%_Zeker", "Café Ürk"]


def fill(store, library, n: int, seed: int = 3) -> list[int]:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    checklist = library.active
    return store.create_many(
        Assessment(
            Partnership(
                f"Gemeente {rng.choice(NAMES)}",
                DutchPartyKind.MUNICIPALITY,
                rng.choice(["Yangzhou", "Xi'an"]),
                CounterpartKind.CITY,
                rng.choice(list(PartnershipStatus)),
            ),
            checklist.id,
            checklist.version,
            assessor=rng.choice(["", "A. de Vries", "J. Jansen"]),
        )
        for _ in range(n)
    )


def matches(summary, words: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """The filter's promise, in Python (ASCII case folding, as SQLite's LIKE does)."""
    fields = [f.lower() for f in (summary.dutch_party, summary.counterpart, summary.assessor)]
    return all(any(word.lower() in field for field in fields) for word in words)


def listed(store, query: ListQuery) -> list[int]:  # type: ignore[no-untyped-def]
    return [s.id for s in store.list_page(query, 0, 10_000)]


@pytest.mark.parametrize("text", ["", "breda", "BREDA de", "nij vries", "100%_", "%", "_", "zz", "xi'an", "café", "ürk", 'a"b'])
def test_the_text_filter_finds_what_it_promises_by_either_path(store, library, text):  # type: ignore[no-untyped-def]
    fill(store, library, 120)
    everything = store.list_summaries()
    query = ListQuery(text=text)
    expected = [s.id for s in everything if matches(s, text.split())]
    assert listed(store, query) == expected
    assert store.count_listed(query) == len(expected)


def test_many_candidates_walk_the_list_few_read_the_index_and_agree(store, library):  # type: ignore[no-untyped-def]
    fill(store, library, RARE + 200, seed=5)
    common, rare = ListQuery(text="gemeente"), ListQuery(text="zwolle vries")
    assert not store._rare(common) and store._rare(rare)
    everything = store.list_summaries()
    for query in (common, rare):
        expected = [s.id for s in everything if matches(s, query.text.split())]
        assert listed(store, query) == expected and store.count_listed(query) == len(expected)


def test_the_text_index_follows_changes_deletes_and_the_bin(store, library):  # type: ignore[no-untyped-def]
    ids = fill(store, library, 30)
    target = ids[4]
    before = store.get(target).partnership
    store.update_partnership(target, dataclasses.replace(before, dutch_party="Gemeente Qwertyuiop"), assessor="Z. Zonder")
    assert listed(store, ListQuery(text="qwertyuiop")) == [target]
    assert listed(store, ListQuery(text="zonder")) == [target]
    store.delete(target)
    assert listed(store, ListQuery(text="qwertyuiop")) == [], "the bin is not listed"
    store.restore(target)
    assert listed(store, ListQuery(text="qwertyuiop")) == [target]
    store.delete(target)
    store.empty_bin()
    assert store.db.execute("SELECT count(*) FROM assessment_search WHERE assessment_search MATCH '\"qwertyuiop\"'").fetchone()[0] == 0


@pytest.mark.parametrize("key", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_follow_the_order_without_gaps_or_overlap(store, library, key, descending):  # type: ignore[no-untyped-def]
    fill(store, library, 75)
    query = ListQuery(status=PartnershipStatus.ACTIVE, sort=key, descending=descending)
    whole = listed(store, query)
    paged = [s.id for offset in range(0, 80, 7) for s in store.list_page(query, offset, 7)]
    assert paged == whole and len(set(whole)) == len(whole) == store.count_listed(query)
    assert [store.position_listed(query, i) for i in whole] == list(range(len(whole)))


# -- query plans ------------------------------------------------------------------------------

BIG_TABLES = ("assessment", "answer", "action", "history", "approved_report")


def plans(store, work) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every statement ``work`` runs, with SQLite's plan for it."""
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        work()
    finally:
        store.db.conn.set_trace_callback(None)
    found = {}
    for sql in statements:
        if re.match(r"\s*(WITH|SELECT|UPDATE|DELETE)", sql, re.IGNORECASE):
            found[sql] = [row[3] for row in store.db.conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
    return found


def full_scans(found: dict[str, list[str]]) -> list[str]:
    """Plans that read a whole big table (a scan of an index in order, stopping at a LIMIT, is
    the list's own way and allowed only there)."""
    return [f"{sql}\n  {step}" for sql, steps in found.items() for step in steps if re.match(rf"SCAN ({'|'.join(BIG_TABLES)})\b(?! USING)", step)]


def test_per_assessment_lookups_use_indexes(store, library):  # type: ignore[no-untyped-def]
    ids = fill(store, library, 50)
    store.create_many([dataclasses.replace(store.get(ids[0]), id=None, uuid=None)])  # an earlier one of the same partnership
    target = ids[7]
    question = library.active.questions[0]

    def work() -> None:
        store.get(target)
        store.previous_of(target)
        store.previous_of(ids[-1])
        store.history(target)
        store.history(target, question.id)
        store.save_answer(target, question.id, Answer(question.options[0].value, "note"))
        action_id = store.add_action(target, Action("Check the agreement"))
        store.update_action(dataclasses.replace(store.get(target).actions[0], owner="Griffie", id=action_id))
        store.delete_action(action_id)
        store.approved_report(target, "nl")
        store.list_page(ListQuery(), 0, 100)
        store.list_page(ListQuery(text="nijmegen vries"), 0, 100)
        store.list_page(ListQuery(sort=SortKey.DUTCH_PARTY, descending=False), 0, 100)

    found = plans(store, work)
    assert any("previous_id" in sql or "counterpart =" in sql for sql in found), "the lookups ran"
    assert full_scans(found) == []


def test_the_due_notice_count_reads_no_whole_big_table(store, library):  # type: ignore[no-untyped-def]
    """The window counts the ties due right after its first screen (services.portfolio.count_due)."""
    from partnercheck.services.review_due import count_due

    fill(store, library, 50)
    found = plans(store, lambda: count_due(store))
    assert any("count(*)" in sql for sql in found)
    assert full_scans(found) == []
