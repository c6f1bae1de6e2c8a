"""The stored summary (domain.scoring.summary) says what the full score says: the store
rescores with it at every save and import, the screens and the report with ``score``."""

from __future__ import annotations

import random

import pytest

from partnercheck.domain.assessment import Answer
from partnercheck.domain.scoring import KNOWN_MODELS, score, summary


@pytest.mark.parametrize("model", sorted(KNOWN_MODELS))
def test_the_summary_has_the_levels_counts_and_verdict_of_the_full_score(library, model):  # type: ignore[no-untyped-def]
    checklist = library.active
    rng = random.Random(model)
    for share in (0.0, 0.2, 0.6, 1.0, 1.0):
        answers = {q.id: Answer(rng.choice(q.options).value, "") for q in checklist.questions if rng.random() < share}
        full, short = score(checklist, answers, model), summary(checklist, answers, model)
        assert (short.overall, short.answered, short.total) == (full.overall, full.answered, full.total)
        assert (short.verdict, short.themes) == (full.verdict, full.themes)
