"""Ties in the store: assessments join their tie, keep their own snapshot of it, and wrongly
grouped ties are merged or split."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from partnercheck.domain.assessment import CounterpartKind, DutchPartyKind, PartnershipStatus
from partnercheck.domain.ties import Agreement, Tie, match_key
from partnercheck.services import assessments
from partnercheck.store.errors import StoreError, UnknownTieError


def _tie(**changes):
    base = Tie("Provincie Zuid-Holland", DutchPartyKind.PROVINCE, "Hebei", CounterpartKind.PROVINCE, PartnershipStatus.ACTIVE, since=1986)
    return dataclasses.replace(base, **changes)


def test_names_are_compared_the_unicode_way():
    assert match_key("Gemeente  Breda ", "Ｙａｎｇｚｈｏｕ") == match_key("gemeente breda", "YANGZHOU")
    assert match_key("Fryslân", "Straße") == match_key("FRYSLA\u0302N", "STRASSE")
    assert match_key("Breda", "Yangzhou") != match_key("Breda", "Hangzhou")


def test_a_new_assessment_joins_the_tie_with_the_same_names(store, new_assessment, partnership):
    first = store.create(new_assessment)
    renamed = dataclasses.replace(partnership, dutch_party="GEMEENTE BREDA")
    second = store.create(dataclasses.replace(new_assessment, partnership=renamed))
    other = store.create(dataclasses.replace(new_assessment, partnership=dataclasses.replace(partnership, counterpart="Hangzhou")))
    assert store.tie_of(first) == store.tie_of(second) != store.tie_of(other)
    assert store.get_tie(store.tie_of(first)).assessments == (first, second)
    assert store.previous_of(second) == first


def test_an_assessment_keeps_the_tie_as_it_was_when_assessed(store):
    tie_id = store.create_tie(_tie(agreements=(Agreement("Vriendschapsovereenkomst", dt.date(1986, 5, 1)),), contacts="M. de Boer"))
    first = assessments.create(store, None, "A", tie_id=tie_id)  # type: ignore[arg-type]
    assert store.get(first).partnership.status is PartnershipStatus.ACTIVE
    store.update_tie(dataclasses.replace(store.get_tie(tie_id), status=PartnershipStatus.DORMANT, since=1987))
    again = assessments.duplicate(store, first)
    assert store.get(first).partnership.status is PartnershipStatus.ACTIVE  # the old snapshot stays
    assert (store.get(again).partnership.status, store.get(again).partnership.since) == (PartnershipStatus.DORMANT, 1987)
    assert store.tie_of(again) == tie_id
    tie = store.get_tie(tie_id)
    assert tie.agreements == (Agreement("Vriendschapsovereenkomst", dt.date(1986, 5, 1)),)
    assert tie.contacts == "M. de Boer" and tie.assessments == (first, again)


def test_details_changed_in_the_latest_assessment_become_the_ties(store):
    tie_id = store.create_tie(_tie())
    first = assessments.create(store, None, "A", tie_id=tie_id)  # type: ignore[arg-type]
    second = assessments.create(store, None, "A", tie_id=tie_id)  # type: ignore[arg-type]
    store.update_partnership(first, dataclasses.replace(store.get(first).partnership, status=PartnershipStatus.ENDED))
    assert store.get_tie(tie_id).status is PartnershipStatus.ACTIVE  # not the latest: the tie stays
    store.update_partnership(second, dataclasses.replace(store.get(second).partnership, status=PartnershipStatus.DORMANT))
    assert store.get_tie(tie_id).status is PartnershipStatus.DORMANT


def test_wrongly_grouped_ties_are_merged_and_split(store, new_assessment):
    a = store.get_tie(store.tie_of(store.create(new_assessment)))
    b_id = store.create_tie(_tie(dutch_party="Gem. Breda", counterpart="Yangzhou Shi"))
    moved = assessments.create(store, None, "A", tie_id=b_id)  # type: ignore[arg-type]
    store.merge_ties(a.id, b_id)
    with pytest.raises(UnknownTieError):
        store.get_tie(b_id)
    assert store.tie_of(moved) == a.id
    revision = assessments.revise(store, moved)
    new_tie = store.move_assessment(moved)  # split off again, with its revision
    assert store.tie_of(moved) == store.tie_of(revision) == new_tie != a.id
    assert store.get_tie(new_tie).dutch_party == "Gem. Breda"
    with pytest.raises(StoreError, match="itself"):
        store.merge_ties(a.id, a.id)


def test_a_tie_is_named_by_number_or_uuid(store):
    tie_id = store.create_tie(_tie())
    tie = store.get_tie(tie_id)
    assert store.resolve_tie(str(tie_id)) == store.resolve_tie(tie.uuid) == store.resolve_tie(tie.uuid.upper()) == tie_id
    for bad in ("99", "x", "", "00000000-0000-4000-8000-000000000000"):
        with pytest.raises(UnknownTieError, match="no such tie"):
            store.resolve_tie(bad)


def test_a_tie_refuses_implausible_years():
    with pytest.raises(ValueError, match="ended"):
        _tie(since=2000, ended=1999)
    with pytest.raises(ValueError, match="since"):
        _tie(since=1800)


def test_a_report_keeps_the_tie_as_it_was_when_assessed(store):
    """Signed, dormant or ended later: the earlier assessment's report does not change."""
    from partnercheck.services.reports import ReportOptions, make_report

    tie_id = store.create_tie(_tie(status=PartnershipStatus.PROPOSED, since=None))
    first = assessments.create(store, None, "A", tie_id=tie_id)  # type: ignore[arg-type]
    before = make_report(store, first, ReportOptions("nl", compare=False))
    store.update_tie(dataclasses.replace(store.get_tie(tie_id), status=PartnershipStatus.ENDED, since=1990, ended=2025))
    assert make_report(store, first, ReportOptions("nl", compare=False)) == before
    later = assessments.duplicate(store, first)
    assert store.get(later).partnership.status is PartnershipStatus.ENDED
