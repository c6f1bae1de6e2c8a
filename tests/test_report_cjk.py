"""Chinese in the report: the shipped subset of Droid Sans Fallback prints simplified and
traditional names (Taiwan, Hong Kong, Tibet, Xinjiang), CJK punctuation and the spaces
between Chinese words, and it is the subset packaging/subset-cjk-font builds."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from partnercheck.domain.assessment import Action, Answer, Assessment, CounterpartKind, DutchPartyKind, Partnership, PartnershipStatus
from partnercheck.report import fonts, render_report
from partnercheck.report.texts import label
from partnercheck.resources import font_dir
from partnercheck.workspace import checklist_library

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "subset-cjk-font"
CHECKLIST = checklist_library().active

# Names the checklist asks about, simplified and traditional; spaces between the words on purpose.
COUNTERPART = "中华人民共和国对外友好协会 扬州"
NAMES = [
    "台灣 臺灣 台湾 香港 西藏 維吾爾",
    "國際關係 国际关系",
    "新疆維吾爾自治區 新疆维吾尔自治区",
    "西藏自治区 达赖喇嘛",
    "香港特別行政區政府 衞生署 深水埗區議會",  # Hong Kong's own characters (Big5-HKSCS): 衞 埗
    "中華民國 外交部 台北市政府",
]
PUNCTUATION = "《国际关系》、「臺灣」『香港』【西藏】〔扬州〕，（维吾尔）：是否？是！〇。"
SPACED = ["台灣 臺灣 台湾 香港", "香港 西藏 維吾爾", "國際關係 国际关系", "衞生署 深水埗區議會", "协会 扬州"]


def _assessment() -> Assessment:
    questions = CHECKLIST.questions
    notes = [*NAMES, PUNCTUATION]
    answers = {q.id: Answer(q.options[0].value, note) for q, note in zip(questions, notes, strict=False)}
    return Assessment(
        partnership=Partnership(
            "Gemeente Breda 布雷达市", DutchPartyKind.MUNICIPALITY, COUNTERPART, CounterpartKind.CITY, PartnershipStatus.ACTIVE, 2012
        ),
        checklist_id=CHECKLIST.id,
        checklist_version=CHECKLIST.version,
        answers=answers,
        actions=[Action("Overleg met 香港經濟貿易辦事處 en 台北駐荷蘭代表處", owner="Team IZ 外事办")],
        id=3,
    )


def _text(pdf: bytes) -> str:
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {lang: _text(render_report(_assessment(), CHECKLIST, lang)) for lang in ("nl", "en")}


def test_the_fallback_font_is_the_subset_with_its_licence():
    shipped = {p.name for p in font_dir().iterdir()}
    assert fonts._FILES[fonts.FALLBACK] == "DroidSansFallback-subset.ttf"
    assert {"DroidSansFallback-subset.ttf", "LICENSE-DroidSansFallback.txt", "NOTICE-DroidSansFallback-subset.txt"} <= shipped
    assert "DroidSansFallbackFull.ttf" not in shipped  # the full font is only the build's source
    assert (font_dir() / "DroidSansFallback-subset.ttf").stat().st_size < 3_000_000


@pytest.mark.parametrize("text", [*NAMES, PUNCTUATION, COUNTERPART])
def test_every_chinese_character_is_set_in_the_fallback_font(text):
    assert fonts.showable(text) == text  # nothing becomes "[character cannot be shown]"
    for char in text:
        if not char.isspace() and ord(char) >= 0x2E80:
            assert fonts.font_for(char) == fonts.FALLBACK, f"{char} U+{ord(char):04X}"


def test_the_fallback_font_has_a_space_and_draws_it():
    fonts.markup("臺灣 香港")  # loads the fallback font
    face = pdfmetrics.getFont(fonts.FALLBACK).face
    assert 0x20 in face.charToGlyph and 0x3000 in face.charToGlyph  # space and ideographic space
    assert pdfmetrics.stringWidth(" ", fonts.FALLBACK, 10) > 0
    assert fonts.split_runs("臺灣 香港", fonts.font_for) == [(fonts.FALLBACK, "臺灣 香港")]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_simplified_and_traditional_names_are_in_the_text_layer(texts, lang):
    text = texts[lang]
    assert label(lang, "[character cannot be shown]") not in text
    assert label("nl", "[character cannot be shown]") not in text and label("en", "[character cannot be shown]") not in text
    for name in [*NAMES, COUNTERPART, "香港經濟貿易辦事處", "台北駐荷蘭代表處", "布雷达市", "外事办"]:
        assert name in text, name
    wanted = {c for c in "".join([*NAMES, PUNCTUATION, COUNTERPART]) if not c.isspace()}
    missing = sorted(c for c in wanted if c not in text)
    assert not missing, missing


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_spaces_between_chinese_words_survive(texts, lang):
    for spaced in SPACED:
        assert spaced in texts[lang], spaced
    assert PUNCTUATION in texts[lang]


def _script():  # type: ignore[no-untyped-def]
    loader = importlib.machinery.SourceFileLoader("subset_cjk_font", str(SCRIPT))
    spec = importlib.util.spec_from_loader("subset_cjk_font", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_the_subset_covers_gb2312_big5_and_hkscs_punctuation_and_the_space():
    """Every character the build asks for and the full font has is in the shipped subset."""
    script = _script()
    wanted = script.wanted()
    assert {ord(c) for c in "臺灣維爾區國際關係扬州衞埗邨 、。《》，（）"} <= wanted
    fonts.markup("中")
    cmap = pdfmetrics.getFont(fonts.FALLBACK).face.charToGlyph
    assert len(cmap) > 18_000
    assert {ord(c) for c in "".join([*NAMES, PUNCTUATION, COUNTERPART])} <= set(cmap)


@pytest.mark.slow
def test_the_subset_is_what_the_script_builds():
    """packaging/subset-cjk-font --check: a fresh build from Debian's full font gives the same bytes."""
    fonttools = pytest.importorskip("fontTools")
    script = _script()
    if not script.SOURCE.is_file():
        pytest.skip(f"{script.SOURCE} missing (apt-get install fonts-droid-fallback)")
    if fonttools.version != script.FONTTOOLS:
        pytest.skip(f"fontTools {fonttools.version}, the subset is made with {script.FONTTOOLS}")
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
