"""The rules of tools/dicts_to_po.py that name code: call sites no generic rule can rewrite
(a key chosen at run time, a "_one" pair), and report/texts.py as it becomes.
«key» is a key's English text, «key/1» the singular form of a plural pair."""

# Call sites a generic rule cannot rewrite: a key chosen at run time, a "_one" pair.
EDITS: list[tuple[str, str, str]] = [
    (
        "src/partnercheck/report/closing.py",
        """        ("prepared_by", ctx.assessment.assessor, ""),
        ("reviewed_by", ctx.assessment.reviewed_by or "", ""),
        ("approved_by", approved_name, approved_on),""",
        """        (ctx.t("prepared_by"), ctx.assessment.assessor, ""),
        (ctx.t("reviewed_by"), ctx.assessment.reviewed_by or "", ""),
        (ctx.t("approved_by"), approved_name, approved_on),""",
    ),
    ("src/partnercheck/report/closing.py", "for key, name, date in roles:", "for role, name, date in roles:"),
    ("src/partnercheck/report/closing.py", "markup(ctx.t(key))", "markup(role)"),
    (
        "src/partnercheck/report/summary.py",
        """    intro = "open_points_intro_unsupported" if result.unsupported else "open_points_intro"
""",
        "",
    ),
    (
        "src/partnercheck/report/summary.py",
        "ctx.t(intro, n=len(result.open_points))",
        'ctx.t("open_points_intro_unsupported" if result.unsupported else "open_points_intro", n=len(result.open_points))',
    ),
    (
        "src/partnercheck/report/variants.py",  # its English has an apostrophe: out of the f-string
        """f'<font color="{hex_of(ACCENT)}"><b>{markup(ctx.t("public_note"))}</b></font>'""",
        '''f'<font color="{hex_of(ACCENT)}"><b>' + markup(ctx.t("public_note")) + "</b></font>"''',
    ),
    (
        "src/partnercheck/report/layout.py",
        """    def t(self, key: str, **values: object) -> str:
        return texts.label(self.lang, key, **values)
""",
        """    def t(self, msgid: str, **values: object) -> str:
        return texts.label(self.lang, msgid, **values)

    def nt(self, singular: str, plural: str, n: int, **values: object) -> str:
        return texts.plural(self.lang, singular, plural, n, **values)

    def pt(self, context: str, msgid: str, **values: object) -> str:
        return texts.label_in(self.lang, context, msgid, **values)
""",
    ),
    (
        "src/partnercheck/report/layout.py",
        '    header_key: str = "header"  # the running header\'s text (the summary has its own)\n',
        "    brief: bool = False  # the mayor's summary: its own running header\n",
    ),
    (
        "src/partnercheck/report/document.py",
        'ctx.header_key == "header_summary"',
        "ctx.brief",
    ),
    (
        "src/partnercheck/report/document.py",
        "ctx.t(ctx.header_key, dutch=p.dutch_party, counterpart=p.counterpart)",
        "ctx.t(«header_summary» if ctx.brief else «header», dutch=p.dutch_party, counterpart=p.counterpart)",
    ),
    (
        "src/partnercheck/report/document.py",
        'header_key="header_summary" if variant == "summary" else "header",',
        'brief=variant == "summary",',
    ),
    (
        "src/partnercheck/report/brief.py",
        'ctx.t("open_points_brief_one" if n == 1 else "open_points_brief", n=n)',
        "ctx.nt(«open_points_brief/1», «open_points_brief», n)",
    ),
    (
        "src/partnercheck/report/word.py",
        'doc.add_paragraph(t("open_points_brief_one" if len(result.open_points) == 1 else "open_points_brief", n=len(result.open_points)))',
        "doc.add_paragraph(texts.plural(lang, «open_points_brief/1», «open_points_brief», len(result.open_points)))",
    ),
    (
        "src/partnercheck/report/summary.py",
        'def summary(ctx: Context, shown: int = KEY_MEASURES, more: str = "measures_more") -> list[Flowable]:',
        "def summary(ctx: Context, shown: int = KEY_MEASURES, elsewhere: bool = False) -> list[Flowable]:",
    ),
    (
        "src/partnercheck/report/summary.py",
        """        key = more + "_one" if rest == 1 else more
        story.append(Paragraph(markup(ctx.t(key, n=rest)), s["small"]))""",
        """        if elsewhere:  # the summary for the board: the rest is in the full report
            more = ctx.nt(«measures_elsewhere/1», «measures_elsewhere», rest)
        else:
            more = ctx.nt(«measures_more/1», «measures_more», rest)
        story.append(Paragraph(markup(more), s["small"]))""",
    ),
    # The same, for the code of branch `content` (issue 10's wording): skipped where not found.
    (
        "src/partnercheck/report/summary.py",
        """        key = more + "_one" if rest == 1 else more
        themes = measures_by_theme(lang, ctx.checklist, measures[shown:])
        story.append(KeepTogether([Paragraph(markup(ctx.t(key, n=rest, themes=themes)), s["small"])]))""",
        """        themes = measures_by_theme(lang, ctx.checklist, measures[shown:])
        if elsewhere:  # the summary for the board: the rest is in the full report
            more = ctx.nt(«measures_elsewhere/1», «measures_elsewhere», rest, themes=themes)
        else:
            more = ctx.nt(«measures_more/1», «measures_more», rest, themes=themes)
        story.append(KeepTogether([Paragraph(markup(more), s["small"])]))""",
    ),
    (
        "src/partnercheck/report/counts.py",
        """def _count(lang: str, key: str, n: int) -> str:
    return texts.label(lang, key + "_one" if n == 1 else key, n=n)


""",
        "",
    ),
    (
        "src/partnercheck/report/counts.py",
        """    counts = (
        ("open_points_unanswered", result.total - result.answered),
        ("open_points_dont_know", result.unknown_count),
        ("open_points_unsupported", len(result.unsupported)),
    )
    parts = [_count(lang, key, n) for key, n in counts if n]""",
        # the texts as literals in the calls, so tools/catalogs.py finds them
        """    unanswered, dont_know, unsupported = result.total - result.answered, result.unknown_count, len(result.unsupported)
    counts = (
        (unanswered, texts.plural(lang, «open_points_unanswered/1», «open_points_unanswered», unanswered)),
        (dont_know, texts.plural(lang, «open_points_dont_know/1», «open_points_dont_know», dont_know)),
        (unsupported, texts.plural(lang, «open_points_unsupported/1», «open_points_unsupported», unsupported)),
    )
    parts = [text for n, text in counts if n]""",
    ),
    (
        "tests/test_evidence_report.py",
        'labels["open_points_unsupported_one" if len(result.unsupported) == 1 else "open_points_unsupported"]',
        "catalog(lang).ngettext(«open_points_unsupported/1», «open_points_unsupported», len(result.unsupported))",
    ),
    (
        "src/partnercheck/report/variants.py",
        '*summary(ctx, BRIEF_MEASURES, "measures_elsewhere"),',
        "*summary(ctx, BRIEF_MEASURES, elsewhere=True),",
    ),
    (
        "tests/test_report.py",
        'flat(LABELS[lang]["measures_more"].format(n=3))',
        "flat(plural(lang, «measures_more/1», «measures_more», 3))",
    ),
    (
        "tests/test_report.py",
        "from partnercheck.report.texts import LABELS",
        "from partnercheck.report.texts import LABELS, plural",
    ),
    (
        "tests/test_report.py",
        'for key in ("signoff_title", "prepared_by", "reviewed_by", "approved_by", "name", "date_short", "signature"):',
        "for key in («signoff_title», «prepared_by», «reviewed_by», «approved_by», «name», «date_short», «signature»):",
    ),
    (
        "tests/test_report.py",
        'for key in ("summary_title", "actions_title", "sources_title", "signoff_title"):',
        "for key in («summary_title», «actions_title», «sources_title», «signoff_title»):",
    ),
    (
        "tests/test_audiences.py",
        'for key in ("summary_title", "measures_title", "changes_title", "signoff_title"):',
        "for key in («summary_title», «measures_title», «changes_title», «signoff_title»):",
    ),
    (
        "tests/test_report_variants.py",
        'for key in ("brief_title", "measures_title", "changes_title", "signoff_title"):',
        "for key in («brief_title», «measures_title», «changes_title», «signoff_title»):",
    ),
    (
        "tests/test_report_variants.py",
        'labels["open_points_brief_one"]',
        "plural(lang, «open_points_brief/1», «open_points_brief», 1)",
    ),
    (
        "tests/test_report_variants.py",
        "from partnercheck.report.texts import LABELS",
        "from partnercheck.report.texts import LABELS, plural",
    ),
    (
        "tests/test_approved_report.py",
        'monkeypatch.setitem(texts.LABELS["nl"], "title", "Ander adviesrapport")',
        """def reworded(lang: str, msgid: str, **values: object) -> str:
        return "Ander adviesrapport" if msgid == «title» else label(lang, msgid, **values)

    monkeypatch.setattr(texts, "label", reworded)""",
    ),
    (
        "tests/test_approved_report.py",
        "from partnercheck.report import texts\n",
        "from partnercheck.report import texts\nfrom partnercheck.report.texts import label\n",
    ),
    (
        "tests/ui/test_words.py",
        'printed = (texts.LABELS["nl"].get(key) or texts.ENUM_WORDS["nl"].get(key) or "").lower()',
        'printed = texts.label("nl", key).lower()',
    ),
    (
        "tests/ui/test_words.py",
        """    dutch += [str(v).lower() for v in texts.LABELS["nl"].values()]
    dutch += [v.lower() for v in texts.ENUM_WORDS["nl"].values()]
""",
        """    with (resource_dir() / "locale" / "nl" / "LC_MESSAGES" / "partnercheck.po").open("rb") as po:
        dutch += [s.lower() for m in read_po(po) if m.id for s in ([m.string] if isinstance(m.string, str) else m.string)]
""",
    ),
    (
        "tests/ui/test_words.py",
        "from PySide6.QtCore import QCoreApplication, QTranslator\n",
        "from babel.messages.pofile import read_po\nfrom PySide6.QtCore import QCoreApplication, QTranslator\n",
    ),
]

NEW_TEXTS = '''"""The report's own fixed texts: the frame around the checklist's content (labels, headings,
the words for kinds and statuses), in the reader's language.

Checklist content (themes, questions, guidance, recommendations) comes from the checklist
file. The texts here are the English msgids, written where they are used (``ctx.t("Verdict")``);
their Dutch is in the message catalog (see partnercheck.catalogs and docs/translating.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..catalogs import N_, translate, translate_in, translate_plural
from ..catalogs import check_language as check_language

if TYPE_CHECKING:
    from ..domain.scoring import Score

# The report's word for an enum value (kind, status, action status, review, basis), by code.
CODE_WORDS: dict[str, str] = {
«CODE_WORDS»}


def label(lang: str, msgid: str, **values: object) -> str:
    return translate(lang, msgid, **values)


def plural(lang: str, singular: str, plural: str, n: int, **values: object) -> str:
    return translate_plural(lang, singular, plural, n, **values)


def label_in(lang: str, context: str, msgid: str, **values: object) -> str:
    return translate_in(lang, context, msgid, **values)


def completeness(lang: str, result: Score) -> str:
    """How many questions are answered, and how many of those with "don't know": 59 of 59
    answered reads as done, while 25 "don't know" answers say how much is not known."""
    values = {"answered": result.answered, "total": result.total, "pct": round(100 * result.completeness)}
    if result.unknown_count:
        return label(lang, «completeness_unknown», unknown=result.unknown_count, **values)
    return label(lang, «completeness_value», **values)


def word(lang: str, code: str) -> str:
    """The word for an enum value (kind, status, action status) as the report prints it."""
    msgid = CODE_WORDS.get(code)
    return translate(lang, msgid) if msgid else code
'''
