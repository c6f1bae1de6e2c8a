"""A large-municipality data set: many assessments with realistic answers, notes and actions.

    python tests/benchmarks/dataset.py OUT.sqlite3 [--count 10000] [--seed 1]

Deterministic for a given seed. Used by the benchmarks and handy for trying the window on a
full database.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from partnercheck.domain.assessment import (
    Action,
    ActionStatus,
    Answer,
    Assessment,
    CounterpartKind,
    DutchPartyKind,
    Partnership,
    PartnershipStatus,
)
from partnercheck.workspace import open_store

DUTCH = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Arnhem",
    "Haarlem",
    "Enschede",
    "Maastricht",
    "Emmen",
    "Terneuzen",
    "Meppel",
    "Wageningen",
    "Sittard-Geleen",
    "Capelle aan den IJssel",
    "Zwolle",
    "Leeuwarden",
    "Delft",
    "Leiden",
    "Dordrecht",
]
PROVINCES = [
    "Drenthe",
    "Flevoland",
    "Friesland",
    "Gelderland",
    "Groningen",
    "Limburg",
    "Noord-Brabant",
    "Noord-Holland",
    "Overijssel",
    "Utrecht",
    "Zeeland",
    "Zuid-Holland",
]
CHINESE = [
    "Yangzhou",
    "Chengdu",
    "Wuhan",
    "Shangluo",
    "Shanghai",
    "Jiashan",
    "Haikou",
    "Zhangzhou",
    "Maoming",
    "Xi'an",
    "Changzhou",
    "Nanjing",
    "Hangzhou",
    "Suzhou",
    "Qingdao",
    "Dalian",
    "Xiamen",
    "Ningbo",
]
CN_PROVINCES = ["Shaanxi", "Zhejiang", "Sichuan", "Heilongjiang", "Fujian", "Hubei", "Shandong", "Hunan", "Liaoning", "Guangdong", "Hebei", "Jiangsu"]
NOTES = [
    "Besproken met de afdeling internationale zaken.",
    "Navraag gedaan bij ICP China; antwoord volgt.",
    "Zie raadsbesluit en bijlagen in het dossier.",
    "Contact loopt via het Foreign Affairs Office van de partnerstad.",
    "Nog niet bekend; actie uitgezet bij de griffie.",
    "Delegatiebezoek gepland; reisadvies doorgenomen.",
]


def make_assessment(rng: random.Random, checklist, index: int) -> Assessment:
    province = rng.random() < 0.2
    partnership = Partnership(
        dutch_party=f"Provincie {rng.choice(PROVINCES)}" if province else f"Gemeente {rng.choice(DUTCH)}",
        dutch_party_kind=DutchPartyKind.PROVINCE if province else DutchPartyKind.MUNICIPALITY,
        counterpart=rng.choice(CN_PROVINCES if province else CHINESE),
        counterpart_kind=CounterpartKind.PROVINCE if province else CounterpartKind.CITY,
        status=rng.choice(list(PartnershipStatus)),
        since=rng.randint(1979, 2022),
    )
    answered_share = rng.choice([1.0, 1.0, 0.8, 0.5, 0.2])
    answers = {}
    for q in checklist.questions:
        if rng.random() > answered_share:
            continue
        # Mostly low-risk answers, some unknown, a few risky ones: like real files.
        weights = [6 if o.risk == 0 else 2 if o.value == "unknown" else 1 for o in q.options]
        option = rng.choices(q.options, weights)[0]
        note = rng.choice(NOTES) if rng.random() < 0.3 else ""
        answers[q.id] = Answer(option.value, note)
    actions = [
        Action(
            f"Maatregel {i + 1}: {rng.choice(NOTES)}",
            rng.choice(["Griffie", "Internationale zaken", "Bestuursondersteuning", ""]),
            dt.date(2027, rng.randint(1, 12), rng.randint(1, 28)),
            rng.choice(list(ActionStatus)),
        )
        for i in range(rng.randint(0, 4))
    ]
    created = dt.datetime(2023, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=index * 3)
    return Assessment(
        partnership=partnership,
        checklist_id=checklist.id,
        checklist_version=checklist.version,
        assessor=rng.choice(["A. de Vries", "B. Jansen", "C. Bakker", "D. Visser", "E. Smit"]),
        created=created,
        answers=answers,
        actions=actions,
    )


def build(path: Path, count: int = 10_000, seed: int = 1) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(path)
    rng = random.Random(seed)
    checklist = store.library.active
    batch = 1000
    for start in range(0, count, batch):
        store.create_many(make_assessment(rng, checklist, i) for i in range(start, min(count, start + batch)))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    build(args.out, args.count, args.seed)
    print(f"{args.count} assessments in {args.out} ({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
