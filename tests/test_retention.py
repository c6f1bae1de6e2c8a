"""Retention (Archiefwet): drafts leave the bin at once, records only when their period has
ended and no hold is set; each destroyed record lands on the destruction list (CSV, PDF)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from partnercheck.domain.assessment import Answer, AssessmentState
from partnercheck.domain.retention import Reason, RecordFacts, RecordType, RetentionPeriod, add_years, judge
from partnercheck.services import assessments, retention
from partnercheck.store import UnknownAssessmentError

TODAY = dt.date.today()


def facts(state=AssessmentState.FINAL, approved=dt.date(2020, 2, 29), hold=False):  # type: ignore[no-untyped-def]
    return RecordFacts(1, state, approved, dt.date(2021, 1, 1), hold)


FINAL_10 = {RecordType.FINAL: RetentionPeriod(RecordType.FINAL, 10, "Selectielijst 2020, 1.1")}


def test_the_rules():
    assert judge(facts(AssessmentState.DRAFT, None), {}, TODAY).reason is Reason.DRAFT
    assert judge(facts(AssessmentState.DRAFT, None, hold=True), {}, TODAY).reason is Reason.HOLD
    assert judge(facts(), {}, dt.date(2099, 1, 1)).reason is Reason.NO_PERIOD  # PartnerCheck sets no period: keep
    before = judge(facts(), FINAL_10, dt.date(2030, 2, 27))
    assert before.reason is Reason.NOT_DUE and before.due == dt.date(2030, 2, 28) and not before.may_destroy
    assert judge(facts(), FINAL_10, dt.date(2030, 2, 28)).may_destroy
    assert judge(facts(hold=True), FINAL_10, dt.date(2099, 1, 1)).reason is Reason.HOLD
    review = judge(facts(AssessmentState.REVIEW, None), FINAL_10, dt.date(2099, 1, 1))
    assert review.reason is Reason.NO_PERIOD and review.start == dt.date(2021, 1, 1)
    assert add_years(dt.date(2024, 2, 29), 1) == dt.date(2025, 2, 28)


def _final(store, new_assessment, library) -> int:  # type: ignore[no-untyped-def]
    assessment_id = store.create(new_assessment)
    for q in library.active.questions:
        store.save_answer(assessment_id, q.id, Answer(min(q.options, key=lambda o: o.risk).value))
    assessments.change_state(store, assessment_id, AssessmentState.REVIEW)
    assessments.change_state(store, assessment_id, AssessmentState.FINAL, by="B. Baas")
    return assessment_id


def test_a_final_assessment_stays_in_the_bin_until_its_period_ends_then_is_listed(store, new_assessment, library):  # type: ignore[no-untyped-def]
    final_id = _final(store, new_assessment, library)
    draft_id = store.create(new_assessment)
    store.delete(final_id)
    store.delete(draft_id)

    emptied = retention.empty_bin(store)  # no period set: the record is kept
    assert [j.id for j in emptied.destroyed] == [draft_id] and [(j.id, j.reason) for j in emptied.kept] == [(final_id, Reason.NO_PERIOD)]
    with pytest.raises(UnknownAssessmentError):
        store.get(draft_id)
    assert store.destruction_list() == []  # a draft is not a record

    store.set_retention_period(RecordType.FINAL, 10, "Selectielijst gemeenten 2020, 1.1.2")
    due = add_years(TODAY, 10)
    emptied = retention.empty_bin(store, due - dt.timedelta(days=1))
    assert [(j.id, j.reason) for j in emptied.kept] == [(final_id, Reason.NOT_DUE)] and not emptied.destroyed
    assert store.get(final_id).approved_by == "B. Baas"
    assert store.history(final_id) and store.approved_report(final_id, "nl") is not None

    store.set_hold(final_id, True)
    assert [j.reason for j in retention.empty_bin(store, due).kept] == [Reason.HOLD]
    store.set_hold(final_id, False)
    assert [h.subject for h in store.history(final_id)][-2:] == ["hold", "hold"]

    emptied = retention.empty_bin(store, due)
    assert [j.id for j in emptied.destroyed] == [final_id] and not emptied.kept
    with pytest.raises(UnknownAssessmentError):
        store.get(final_id)
    assert store.db.execute("SELECT count(*) FROM history WHERE assessment_id = ?", [final_id]).fetchone()[0] == 0
    (entry,) = store.destruction_list()
    assert entry["assessment_id"] == final_id and entry["state"] == "final" and entry["years"] == 10
    assert entry["basis"].startswith("Selectielijst") and entry["due"] == due.isoformat()
    assert entry["approved_on"] == TODAY.isoformat() and entry["destroyed_by"] == store.actor
    assert entry["reports_sha256"].startswith("en:") and " nl:" in entry["reports_sha256"]


def test_the_command_line(run, store, new_assessment, library, tmp_path):  # type: ignore[no-untyped-def]
    final_id = _final(store, new_assessment, library)
    draft_id = store.create(new_assessment)
    store.delete(final_id)
    store.delete(draft_id)

    code, out, _ = run("bin", "--json")
    assert code == 0 and {d["id"]: d["reason"] for d in json.loads(out)} == {final_id: "no-period", draft_id: "draft"}
    code, out, err = run("bin", "--empty")
    assert code == 2 and "Destroyed 1" in out and f"kept back {final_id:>5}" in out and "no retention period" in out and "kept back" in err

    code, out, _ = run("retention", "--json")
    doc = json.loads(out)
    assert doc["periods"] == {"final": None, "review": None} and [r["id"] for r in doc["records"]] == [final_id]
    code, out, _ = run("retention", "--set", "final=0", "--basis", "testtermijn", "--due", "--json")
    assert json.loads(out)["periods"]["final"] == {"years": 0, "basis": "testtermijn"}
    assert [r["id"] for r in json.loads(out)["records"]] == [final_id]
    assert run("retention", "--set", "final=tien")[0] == 2
    assert run("retention", "--set", "archief=5")[0] == 2

    assert run("hold", str(final_id), "on", "--reason", "Woo-verzoek 2026-1")[0] == 0
    assert json.loads(run("retention", "--due", "--json")[1])["records"] == []
    code, out, _ = run("bin", "--empty")
    assert code == 2 and "a hold is set" in out
    assert run("hold", str(final_id), "off")[0] == 0
    code, out, _ = run("bin", "--empty")
    assert code == 0 and "on the destruction list" in out
    assert run("bin")[1] == "The bin is empty.\n"

    csv_path, pdf_path = tmp_path / "lijst.csv", tmp_path / "lijst.pdf"
    assert run("destruction-list", "--out", str(csv_path))[0] == 0
    rows = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert [(r["assessment_id"], r["dutch_party"], r["basis"]) for r in rows] == [(str(final_id), "Gemeente Breda", "testtermijn")]
    assert run("destruction-list", "--out", str(pdf_path), "--lang", "nl")[0] == 0
    from pypdf import PdfReader

    text = PdfReader(pdf_path).pages[0].extract_text()
    assert "Vernietigingslijst" in text and "Yangzhou" in text and "testtermijn" in text
    assert run("destruction-list", "--out", str(tmp_path / "lijst.txt"))[0] == 2


def test_a_hold_on_a_tie_keeps_every_assessment_of_it_in_the_bin(run, store, new_assessment, library, partnership):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    final_id = _final(store, new_assessment, library)
    revision = assessments.revise(store, final_id)
    other = store.create(replace(new_assessment, partnership=replace(partnership, counterpart="Suzhou")))
    tie = store.tie_of(final_id)
    store.delete(final_id)
    store.delete(revision)  # a draft in the bin: still held while the hold is on

    code, out, err = run("hold", "--tie", store.get_tie(tie).uuid, "on", "--reason", "Bezwaar")
    assert code == 0, err
    assert f"Hold on tie {tie} is on" in out and f"{final_id}, {revision}" in out
    assert {f.id for f in store.record_facts() if f.hold} == {final_id, revision}
    assert [h.subject for h in store.history(revision)][-1] == "hold"
    code, out, _ = run("bin", "--empty")
    assert code == 2 and "Destroyed 0" in out and out.count("a hold is set") == 2 and store.get(revision).id == revision
    assert not next(f for f in store.record_facts() if f.id == other).hold

    assert run("hold", "--tie", str(tie), "off")[0] == 0
    assert not any(f.hold for f in store.record_facts())
    code, _, err = run("hold", "--tie", "999", "on", "--reason", "x")
    assert code == 2 and "999" in err
    code, _, err = run("hold", "not-a-tie", "on", "--reason", "x")
    assert code == 2


def test_a_hold_keeps_its_reason_and_its_first_date(run, store, new_assessment, library, partnership):  # type: ignore[no-untyped-def]
    """The reason is what the officer sees in the window and the history keeps; setting the
    hold again with another reason replaces the reason, not the date it was first set."""
    from dataclasses import replace

    from partnercheck.store import StoreError

    final_id = _final(store, new_assessment, library)
    draft_id = store.create(new_assessment)
    other = store.create(replace(new_assessment, partnership=replace(partnership, counterpart="Suzhou")))
    assert store.hold_of(final_id) is None
    code, _, err = run("hold", str(final_id), "on", "--reason", "Woo-verzoek  2026-114 van NRC")
    assert code == 0, err
    first = store.hold_of(final_id)
    assert first is not None and first.reason == "Woo-verzoek 2026-114 van NRC"
    retention.hold(store, final_id, True, "Bezwaar 2026-7")
    again = store.hold_of(final_id)
    assert again is not None and again.reason == "Bezwaar 2026-7" and again.since == first.since
    # The overview names the reason, in the text and in the JSON.
    assert f"{final_id:>5}  Gemeente Breda – Yangzhou  (final, revision 1): kept: a hold is set (Bezwaar 2026-7)" in run("retention")[1]
    records = {r["id"]: r for r in json.loads(run("retention", "--json")[1])["records"]}
    assert (records[final_id]["hold"], records[final_id]["hold_reason"]) == (True, "Bezwaar 2026-7")
    assert [(h.old, h.new) for h in store.history(final_id) if h.subject == "hold"] == [
        (None, "on: Woo-verzoek 2026-114 van NRC"),
        ("on: Woo-verzoek 2026-114 van NRC", "on: Bezwaar 2026-7"),
    ]
    with pytest.raises(StoreError, match="at most 500"):
        retention.hold(store, draft_id, True, "x" * 501)
    assert store.hold_of(draft_id) is None

    tie = store.tie_of(final_id)
    assert retention.hold_tie(store, tie, True, "Woo-verzoek 2026-200") == sorted([final_id, draft_id])
    holds = store.tie_holds(tie)
    assert {i: h.reason for i, h in holds.items() if h} == {final_id: "Woo-verzoek 2026-200", draft_id: "Woo-verzoek 2026-200"}
    assert store.tie_holds(store.tie_of(other)) == {other: None}
    retention.hold_tie(store, tie, False)
    assert store.tie_holds(tie) == {final_id: None, draft_id: None}
    records = {r["id"]: r for r in json.loads(run("retention", "--json")[1])["records"]}
    assert (records[final_id]["hold"], records[final_id]["hold_reason"]) == (False, None)
    assert [h.new for h in store.history(final_id) if h.subject == "hold"][-1] is None


def test_a_hold_without_a_reason_is_refused_and_lifting_needs_none(run, store, new_assessment, library):  # type: ignore[no-untyped-def]
    """As the window: whoever later finds the record kept must know why."""
    final_id = _final(store, new_assessment, library)
    tie = store.tie_of(final_id)
    for args in ((str(final_id), "on"), (str(final_id), "on", "--reason", "   "), ("--tie", str(tie), "on")):
        code, out, err = run("hold", *args)
        assert (code, out) == (2, ""), args
        assert "--reason: say why the hold is set" in err and "nothing was changed" in err and len(err.splitlines()) == 1
    assert store.hold_of(final_id) is None and [h for h in store.history(final_id) if h.subject == "hold"] == []
    with pytest.raises(ValueError, match="a hold needs a reason"):
        retention.hold_tie(store, tie, True, "")
    code, _, err = run("hold", str(final_id), "on", "--reason", "Woo\x1b[2J")
    assert code == 2 and "U+001B" in err
    assert run("hold", str(final_id), "on", "--reason", "Woo-verzoek 2026-9")[0] == 0
    assert run("hold", str(final_id), "off")[0] == 0 and store.hold_of(final_id) is None
