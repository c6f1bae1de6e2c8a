"""The file name proposed for a saved report: the Dutch and the English print, two revisions
and two report variants of one partnership never get the same name, and the name is one
Windows accepts whatever the parties are called."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from partnercheck.domain.assessment import AssessmentState
from partnercheck.services.reports import report_file_name

DAY = dt.date(2026, 11, 30)
WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_parties_variant_language_revision_and_date(new_assessment) -> None:  # type: ignore[no-untyped-def]
    second = replace(new_assessment, revision=2)
    assert report_file_name(second, "nl", today=DAY) == "Breda-Yangzhou_advies_nl_rev2_2026-11-30.pdf"
    assert report_file_name(second, "en", today=DAY) == "Breda-Yangzhou_advice_en_rev2_2026-11-30.pdf"
    names = {
        report_file_name(a, lang, variant, today=DAY)
        for a in (new_assessment, second)
        for lang in ("nl", "en")
        for variant in ("full", "summary", "public")
    }
    assert len(names) == 12
    assert report_file_name(second, "nl", "public", today=DAY) == "Breda-Yangzhou_openbaar_nl_rev2_2026-11-30.pdf"


def test_a_final_assessment_carries_its_approval_date(new_assessment) -> None:  # type: ignore[no-untyped-def]
    final = replace(new_assessment, state=AssessmentState.FINAL, approved_by="Hoofd IZ", approved_on=dt.date(2026, 10, 1))
    assert report_file_name(final, "nl", today=DAY).endswith("_rev1_2026-10-01.pdf")


def test_names_windows_refuses_are_made_safe(new_assessment) -> None:  # type: ignore[no-untyped-def]
    hostile = [
        ('Provincie Noord-Brabant / "Zuid"', "Xi'an: <Shaanxi>|*?"),
        ("CON", "NUL"),
        ("...", "-"),
        ("a\tb\nc", "x\x00y"),
        ("Gemeente " + "Heel lang " * 40, "深圳市" * 50),
    ]
    for dutch, counterpart in hostile:
        partnership = replace(new_assessment.partnership, dutch_party=dutch, counterpart=counterpart)
        name = report_file_name(replace(new_assessment, partnership=partnership), "nl", today=DAY)
        stem = name.removesuffix(".pdf")
        assert not WINDOWS_FORBIDDEN.search(name), name
        assert name.endswith("_advies_nl_rev1_2026-11-30.pdf"), name
        assert stem.split(".")[0].upper() not in {"CON", "PRN", "AUX", "NUL"}, name
        assert not stem.endswith((" ", ".")) and not stem.startswith((" ", "-", ".")), name
        assert len(name) < 150, len(name)
    odd = replace(new_assessment.partnership, dutch_party="Provincie Noord-Brabant", counterpart="Xi'an: <Shaanxi>|*?")
    assert report_file_name(replace(new_assessment, partnership=odd), "en", today=DAY) == "Noord-Brabant-Xi'an Shaanxi_advice_en_rev1_2026-11-30.pdf"
