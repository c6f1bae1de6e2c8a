"""The portfolio of ties, what is due for review, search and the spreadsheet: exact shapes."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json

import pytest

from partnercheck.domain.assessment import Action, ActionStatus, Answer, AssessmentState, CounterpartKind, DutchPartyKind, PartnershipStatus
from partnercheck.domain.dates import format_short_date
from partnercheck.domain.events import Event, EventKind
from partnercheck.domain.levels import Verdict
from partnercheck.domain.review import ReviewPolicy, add_months
from partnercheck.domain.ties import Tie
from partnercheck.services import portfolio

TODAY = dt.date.today()


def final(new_assessment, library, *, risk, approved, counterpart="Yangzhou", actions=()):
    """A final assessment answered throughout with the lowest- or highest-risk options."""
    pick = min if risk == "low" else max
    answers = {q.id: Answer(pick(q.options, key=lambda o: o.risk).value) for q in library.active.questions}
    p = dataclasses.replace(new_assessment.partnership, counterpart=counterpart)
    return dataclasses.replace(
        new_assessment, partnership=p, answers=answers, state=AssessmentState.FINAL, approved_by="B", approved_on=approved, actions=list(actions)
    )


@pytest.fixture
def ties(store, new_assessment, library):
    """Tie 1: final low, approved 30 days ago, an overdue open action. Tie 2: final high,
    approved 8 months ago (overdue). Tie 3: no assessment yet."""
    late = Action("Informeer de raad", due=TODAY - dt.timedelta(days=1))
    a1 = store.create(
        final(new_assessment, library, risk="low", approved=TODAY - dt.timedelta(days=30), actions=[late, Action("Later", status=ActionStatus.DONE)])
    )
    a2 = store.create(final(new_assessment, library, risk="high", approved=add_months(TODAY, -8), counterpart="Hangzhou"))
    t3 = store.create_tie(Tie("Provincie Fryslân", DutchPartyKind.PROVINCE, "Jiangsu", CounterpartKind.PROVINCE, PartnershipStatus.PROPOSED))
    assert [store.get(a).partnership.counterpart for a in (a1, a2)] == ["Yangzhou", "Hangzhou"]
    assert store.db.execute("SELECT verdict FROM assessment ORDER BY id").fetchall() == [("low",), ("high",)]
    return {"a1": a1, "a2": a2, "t1": store.tie_of(a1), "t2": store.tie_of(a2), "t3": t3}


def test_portfolio_json_has_every_tie_with_its_review(run, ties, store, library):
    store.add_event(ties["t1"], Event(TODAY - dt.timedelta(days=40), EventKind.VISIT_IN, "Bezoek voor de beoordeling"))
    store.add_event(ties["t1"], Event(TODAY - dt.timedelta(days=2), EventKind.VISIT_OUT, "Bezoek erna"))
    code, out, _ = run("portfolio", "--json")
    assert code == 0
    rows = json.loads(out)
    themes = {t.id: "low" for t in library.active.themes}
    assert rows[0] == {
        "tie": 1, "uuid": store.get_tie(1).uuid, "dutch_party": "Gemeente Breda", "counterpart": "Yangzhou", "status": "active",
        "assessment": ties["a1"], "state": "final", "verdict": "low", "last_assessed": (TODAY - dt.timedelta(days=30)).isoformat(),
        "next_review": add_months(TODAY - dt.timedelta(days=30), 24).isoformat(), "review_reason": "verdict", "due": False, "overdue": False,
        "open_actions": 1, "overdue_actions": 1, "events_since": 1, "themes": themes,
    }  # fmt: skip
    assert (rows[1]["verdict"], rows[1]["next_review"], rows[1]["due"], rows[1]["overdue"]) == (
        "high",
        add_months(add_months(TODAY, -8), 6).isoformat(),
        True,
        True,
    )
    assert rows[2] == {
        "tie": 3, "uuid": store.get_tie(3).uuid, "dutch_party": "Provincie Fryslân", "counterpart": "Jiangsu", "status": "proposed",
        "assessment": None, "state": None, "verdict": "not-started", "last_assessed": None, "next_review": TODAY.isoformat(),
        "review_reason": "never-assessed", "due": True, "overdue": False, "open_actions": 0, "overdue_actions": 0, "events_since": 0, "themes": {},
    }  # fmt: skip


def test_portfolio_csv_and_the_spreadsheet_hold_the_same_rows(run, ties, store, library, tmp_path):
    from openpyxl import load_workbook

    code, out, _ = run("portfolio", "--csv")
    records = list(csv.DictReader(io.StringIO(out)))
    theme_columns = [f"theme:{t.id}" for t in library.active.themes]
    assert list(records[0]) == [*portfolio.FIELDS, *theme_columns]
    assert [r["tie"] for r in records] == ["1", "2", "3"]
    assert (records[1]["verdict"], records[1]["overdue"], records[1][theme_columns[0]]) == ("high", "True", "high")
    assert records[2][theme_columns[0]] == ""
    target = tmp_path / "portefeuille.xlsx"
    code, out, err = run("portfolio", "--xlsx", str(target), "--lang", "nl")
    assert (code, out, err) == (0, f"Geschreven: {target}\n", "")
    sheet = load_workbook(target).active
    assert sheet.title == "Portefeuille"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Band", "UUID", "Nederlandse partij") and values[0][-len(theme_columns) :] == tuple(theme_columns)
    assert len(values) == 4

    def as_text(v):
        if v is None:
            return ""
        return v.date().isoformat() if isinstance(v, dt.datetime) else str(v)

    assert [[as_text(v) for v in row] for row in values[1:]] == [list(r.values()) for r in records]


def test_due_lists_overdue_first_and_what_an_event_makes_due(run, ties, store):
    code, out, _ = run("due", "--json")
    assert [(r["tie"], r["reason"], r["overdue"]) for r in json.loads(out)] == [(2, "verdict", True), (3, "never-assessed", False)]
    event = store.add_event(ties["t1"], Event(TODAY - dt.timedelta(days=3), EventKind.MEDIA, "Foto in China Daily"))
    code, out, _ = run("due", "--json")
    got = json.loads(out)
    assert got[1] == {
        "tie": 1, "uuid": store.get_tie(1).uuid, "dutch_party": "Gemeente Breda", "counterpart": "Yangzhou", "verdict": "low",
        "next_review": (TODAY - dt.timedelta(days=3)).isoformat(), "overdue": True, "reason": "event", "event": event,
    }  # fmt: skip
    code, out, _ = run("due")
    assert (
        out.splitlines()[1] == f"    1  {format_short_date(TODAY - dt.timedelta(days=3), 'en')}  overdue  "
        f"Gemeente Breda – Yangzhou: event since the last assessment (event {event})"
    )


def test_a_gift_makes_a_review_due_when_the_settings_say_so(store, ties):
    store.add_event(ties["t1"], Event(TODAY, EventKind.GIFT_RECEIVED, "Vaas"))
    assert not [r for r in portfolio.due(portfolio.portfolio(store, TODAY), TODAY) if r.tie == 1]
    store.set_review_policy(ReviewPolicy(triggers=frozenset({EventKind.GIFT_RECEIVED})))
    assert [r.review.reason for r in portfolio.due(portfolio.portfolio(store, TODAY), TODAY) if r.tie == 1] == ["event"]
    # Shorter periods after a low verdict: tie 1 (approved 30 days ago) is due after one month.
    store.set_review_policy(ReviewPolicy(months={**ReviewPolicy().months, Verdict.LOW: 1}))
    row = portfolio.portfolio(store, TODAY)[0]
    assert row.review.date == add_months(TODAY - dt.timedelta(days=30), 1)


def test_an_ended_tie_is_never_due(store, ties):
    store.update_tie(dataclasses.replace(store.get_tie(ties["t3"]), status=PartnershipStatus.ENDED))
    assert [r.tie for r in portfolio.due(portfolio.portfolio(store, TODAY), TODAY)] == [ties["t2"]]


def test_search_finds_without_accents_ranked_and_names_the_tie(run, ties, store):
    store.add_event(ties["t2"], Event(TODAY, EventKind.VISIT_IN, "Delegatie bezocht het café van Zoë", people="Wethouder Müller"))
    store.update_tie(dataclasses.replace(store.get_tie(ties["t3"]), notes="Contact via het café aan de Oude Gracht"))
    code, out, _ = run("search", "cafe", "--json")
    hits = json.loads(out)
    assert sorted((h["kind"], h["tie"]) for h in hits) == [("event", 2), ("tie", 3)]
    assert all("[café]" in h["snippet"] for h in hits)
    code, out, _ = run("search", "mulle zoe", "--json")  # word starts, accents folded, every word
    assert [(h["kind"], h["id"], h["tie"]) for h in json.loads(out)] == [("event", 1, 2)]
    code, out, _ = run("search", "raad")  # the action of tie 1's assessment
    assert out == "    1  action         1  Informeer de [raad]\n"
    code, out, _ = run("search", '"NEAR(x) OR *')  # FTS syntax is just text
    assert (code, out) == (0, "Nothing found for '\"NEAR(x) OR *'.\n")


def _fonts(reader):
    """(font, embedded) for every font of every page."""
    found = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            found.add(
                (
                    str(font["/BaseFont"]),
                    descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                )
            )
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_portfolio_pdf_prints_user_text_as_typed_with_embedded_fonts_and_the_same_bytes(run, ties, store, tmp_path, lang):
    import pypdf

    store.update_tie(dataclasses.replace(store.get_tie(ties["t3"]), dutch_party="Provincie <b>Fryslân</b> & Co"))
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run("portfolio", "--pdf", str(first), "--lang", lang)[1] == ("Geschreven: " if lang == "nl" else "Wrote ") + f"{first}\n"
    run("portfolio", "--pdf", str(second), "--lang", lang)
    assert first.read_bytes() == second.read_bytes()
    reader = pypdf.PdfReader(first)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Provincie <b>Fryslân</b> & Co – Jiangsu" in text
    assert ("te laat" if lang == "nl" else "overdue") in text and "Gemeente Breda – Yangzhou" in text
    fonts = _fonts(reader)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert reader.metadata.title == ("Portefeuille van banden met Chinese partners" if lang == "nl" else "Portfolio of ties with Chinese partners")


def test_the_advice_report_prints_the_gifts_register_and_costs_of_a_draft(store, new_assessment, tmp_path):
    import pypdf

    from partnercheck.domain.events import CostCategory, GiftDisposition
    from partnercheck.services.reports import ReportOptions, make_report

    assessment_id = store.create(new_assessment)
    plain = make_report(store, assessment_id, ReportOptions("nl", compare=False))
    assert "Geschenkenregister" not in " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(plain)).pages)
    tie = store.tie_of(assessment_id)
    store.add_event(
        tie, Event(dt.date(2025, 5, 1), EventKind.GIFT_RECEIVED, "Vaas <i>blauw</i>", value_cents=125050, disposition=GiftDisposition.RETURNED)
    )
    store.add_event(tie, Event(dt.date(2025, 6, 2), EventKind.VISIT_OUT, "Reis", value_cents=240000, category=CostCategory.TRAVEL))
    pdf = make_report(store, assessment_id, ReportOptions("nl", compare=False))
    assert pdf == make_report(store, assessment_id, ReportOptions("nl", compare=False))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Geschenken en kosten van de band" in text and "Vaas <i>blauw</i>" in text and "1.250,50" in text and "Teruggegeven" in text
    assert "2025 2.400,00 0,00 0,00 0,00 0,00 2.400,00" in text


def test_each_ties_latest_final_assessment_is_found_through_its_own_index(store, ties):  # type: ignore[no-untyped-def]
    """The due notice reads the portfolio after every open: per tie one step into the index of
    final assessments, not a walk through all its assessments (960 -> 40 ms at 100,000)."""
    from partnercheck.store.portfolio import _QUERY

    sql = _QUERY.format(kinds=":k0")
    plan = [row[3] for row in store.db.execute(f"EXPLAIN QUERY PLAN {sql}", {"today": TODAY.isoformat(), "k0": "incident"})]
    assert any("USING INDEX assessment_final" in step for step in plan), plan
    facts = store.portfolio_facts(TODAY.isoformat(), ["incident"])
    assert [f["final"]["id"] if f["final"] else None for f in facts] == [ties["a1"], ties["a2"], None]
