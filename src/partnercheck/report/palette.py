"""Colours and sizes shared by the report's pages and its chart."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

from ..domain.levels import Level

PAGE_SIZE = A4
MARGIN_X = 2 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 2.2 * cm

INK = colors.HexColor("#1A1A1A")
SOFT_INK = colors.HexColor("#333333")  # checklist guidance, a step back from the findings
ACCENT = colors.HexColor("#1F3A5F")  # headings: a sober dark blue
MUTED = colors.HexColor("#5A5A5A")
RULE = colors.HexColor("#B8BEC6")
SHADE = colors.HexColor("#EEF1F4")
DRAFT = colors.HexColor("#B00020")

# Colour is never the only carrier: the level word is always printed with it.
LEVEL_FILL = {
    Level.LOW: colors.HexColor("#2E7D32"),
    Level.MEDIUM: colors.HexColor("#F2A900"),
    Level.HIGH: colors.HexColor("#C62828"),
}
LEVEL_TEXT = {
    Level.LOW: colors.white,
    Level.MEDIUM: INK,
    Level.HIGH: colors.white,
}


def hex_of(colour: colors.Color) -> str:
    value: str = colour.hexval()  # "0x" and six hex digits
    return "#" + value[2:]
