"""Registers made from a tie's events: the gifts register (received and given, value, what was
done with it) and the costs per year per category. Pure: the caller hands the events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .events import GIFT_KINDS, CostCategory, Event, EventKind


@dataclass(frozen=True, slots=True)
class GiftEntry:
    event: Event
    received: bool  # False: given


def gifts(events: Iterable[Event]) -> list[GiftEntry]:
    """Every gift received or given, by date."""
    found = [GiftEntry(e, e.kind is EventKind.GIFT_RECEIVED) for e in events if e.kind in GIFT_KINDS]
    return sorted(found, key=lambda g: (g.event.date, g.event.id or 0))


@dataclass(frozen=True, slots=True)
class YearCosts:
    year: int
    cents: dict[CostCategory, int]  # every category, 0 where nothing was spent

    @property
    def total(self) -> int:
        return sum(self.cents.values())


def costs_per_year(events: Iterable[Event]) -> list[YearCosts]:
    """What the tie cost per calendar year and category: the events with both an amount and a
    cost category (a gift received has a value but is no cost unless given a category)."""
    years: dict[int, dict[CostCategory, int]] = {}
    for e in events:
        if e.value_cents is None or e.category is None:
            continue
        per = years.setdefault(e.date.year, dict.fromkeys(CostCategory, 0))
        per[e.category] += e.value_cents
    return [YearCosts(year, years[year]) for year in sorted(years)]
