"""Reads and validates checklist data files (TOML, standard library only).

Every problem is reported as one :class:`ChecklistError` that names the file and the key
path (``themes[2].questions[0].options[1].risk``), so whoever edits the data file can find
the mistake without reading code.
"""

from __future__ import annotations

import datetime as _dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# ChecklistError lives in checklist.py (light to import) and is still importable from here.
from .checklist import ADVICE_TOPICS, MAX_RISK, Checklist, ChecklistError, Option, Question, Recommendation, Source, Theme

__all__ = ["ChecklistError", "checklist_from_bytes", "load_checklist"]
from .text import LocalText

FORMAT = "partnercheck-checklist"
# Version 2 added the content date, the "don't know" marker on options, sources that may not
# back advice and the wording of a recommendation for a tie that already exists. Version 1
# files still load (the new keys are optional there).
FORMAT_VERSION = 2
THEME_KINDS = ("risk", "governance")
TIE_STAGES = ("proposed", "active", "dormant", "ended")
# Filled in per assessment (domain/advice.py): the names a municipality or a province uses.
PLACEHOLDERS = ("council", "executive", "self")
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")


@dataclass
class _Reader:
    file: str

    def fail(self, key: str, message: str) -> ChecklistError:
        return ChecklistError(self.file, key, message)

    def table(self, data: Any, key: str) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(key, "must be a table")
        return data

    def string(self, data: dict[str, Any], name: str, key: str, *, required: bool = True) -> str:
        value = data.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(_join(key, name), "must be a non-empty text")
        return value.strip()

    def ident(self, data: dict[str, Any], name: str, key: str) -> str:
        value = self.string(data, name, key)
        if not _ID.match(value):
            raise self.fail(_join(key, name), f"{value!r} is not a valid id (lowercase letters, digits, '-', '.')")
        return value

    def text(self, data: dict[str, Any], name: str, key: str, *, required: bool = True) -> LocalText:
        nl = self.string(data, f"{name}_nl", key, required=required)
        en = self.string(data, f"{name}_en", key, required=required)
        if bool(nl) != bool(en):
            missing = f"{name}_en" if nl else f"{name}_nl"
            raise self.fail(_join(key, missing), "must be given in both Dutch and English")
        return LocalText(_clean(nl), _clean(en))

    def flag(self, data: dict[str, Any], name: str, key: str, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(_join(key, name), "must be true or false")
        return value

    def codes(self, data: dict[str, Any], name: str, key: str) -> tuple[str, ...]:
        value = data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(_join(key, name), "must be a list of texts")
        return tuple(value)

    def array(self, data: dict[str, Any], name: str, key: str) -> list[Any]:
        value = data.get(name)
        if not isinstance(value, list) or not value:
            raise self.fail(_join(key, name), "must be a non-empty list")
        return value


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _clean(text: str) -> str:
    """Fold the line breaks of TOML's multi-line strings; keep blank lines as paragraphs."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


def load_checklist(path: str | Path) -> Checklist:
    path = Path(path)
    file = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ChecklistError(file, "", f"cannot be read ({exc.strerror})") from None
    return checklist_from_bytes(raw, file)


def checklist_from_bytes(raw: bytes, file: str) -> Checklist:
    """The checklist in a file's bytes (``file`` names it in errors)."""
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ChecklistError(file, "", "is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as exc:
        raise ChecklistError(file, "", f"is not valid TOML ({exc})") from None
    except RecursionError:  # tomllib recurses into nested arrays and tables
        raise ChecklistError(file, "", "is nested too deeply to be a checklist") from None
    return parse_checklist(data, file)


def parse_checklist(data: dict[str, Any], file: str = "<checklist>") -> Checklist:
    r = _Reader(file)
    if data.get("format") != FORMAT:
        raise r.fail("format", f"must be {FORMAT!r}")
    fv = data.get("format_version")
    if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
        raise r.fail("format_version", "must be a positive whole number")
    if fv > FORMAT_VERSION:
        raise r.fail("format_version", f"{fv} is newer than this PartnerCheck reads ({FORMAT_VERSION}); update PartnerCheck")

    content_date = r.string(data, "content_date", "", required=fv >= 2)
    if content_date:
        try:
            _dt.date.fromisoformat(content_date)
        except ValueError:
            raise r.fail("content_date", f"{content_date!r} is not a date (YYYY-MM-DD)") from None

    sources = tuple(_source(r, s, f"sources[{i}]") for i, s in enumerate(r.array(data, "sources", "")))
    source_codes = {s.code for s in sources}
    _unique(r, [s.code for s in sources], "sources", "code")
    no_advice = {s.code for s in sources if not s.advice}

    themes_raw = r.array(data, "themes", "")
    themes = tuple(_theme(r, t, f"themes[{i}]", source_codes) for i, t in enumerate(themes_raw))
    for ti, theme in enumerate(themes):
        for ci, rec in enumerate(theme.recommendations):
            for code in rec.sources:
                if code in no_advice:
                    message = f"source {code!r} is marked advice = false and cannot back a recommendation"
                    raise r.fail(f"themes[{ti}].recommendations[{ci}].sources", message)
    _unique(r, [t.id for t in themes], "themes", "id")
    _unique(r, [q.id for t in themes for q in t.questions], "themes[*].questions", "id")
    _unique(r, [c.id for t in themes for c in t.recommendations], "themes[*].recommendations", "id")

    rec_ids = {c.id for t in themes for c in t.recommendations}
    for ti, theme in enumerate(themes):
        for qi, question in enumerate(theme.questions):
            for oi, option in enumerate(question.options):
                for rec_id in option.recommendations:
                    if rec_id not in rec_ids:
                        raise r.fail(f"themes[{ti}].questions[{qi}].options[{oi}].recommend", f"names unknown recommendation {rec_id!r}")

    return Checklist(
        id=r.ident(data, "id", ""),
        version=r.string(data, "version", ""),
        title=r.text(data, "title", ""),
        description=r.text(data, "description", "", required=False),
        themes=themes,
        sources=sources,
        content_date=content_date,
    )


def _unique(r: _Reader, values: list[str], key: str, name: str) -> None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise r.fail(f"{key}.{name}", f"{value!r} is used twice")
        seen.add(value)


def _source(r: _Reader, data: Any, key: str) -> Source:
    d = r.table(data, key)
    return Source(
        code=r.string(d, "code", key),
        title=r.string(d, "title", key),
        publisher=r.string(d, "publisher", key),
        date=r.string(d, "date", key),
        url=r.string(d, "url", key, required=False),
        note=r.text(d, "note", key, required=False),
        advice=r.flag(d, "advice", key, True),
    )


def _check_codes(r: _Reader, codes: tuple[str, ...], known: set[str], key: str) -> None:
    for code in codes:
        if code not in known:
            raise r.fail(f"{key}.sources", f"names unknown source {code!r}")


def _theme(r: _Reader, data: Any, key: str, source_codes: set[str]) -> Theme:
    d = r.table(data, key)
    theme_id = r.ident(d, "id", key)
    questions = tuple(_question(r, q, f"{key}.questions[{i}]", theme_id, source_codes) for i, q in enumerate(r.array(d, "questions", key)))
    recs = []
    for i, c in enumerate(d.get("recommendations", [])):
        ckey = f"{key}.recommendations[{i}]"
        cd = r.table(c, ckey)
        signed = r.text(cd, "text_signed", ckey, required=False)
        rec = Recommendation(
            id=r.ident(cd, "id", ckey),
            theme_id=theme_id,
            text=r.text(cd, "text", ckey),
            sources=r.codes(cd, "sources", ckey),
            text_signed=signed if signed.nl else None,
            lead_for=r.codes(cd, "lead_for", ckey),
            advice_topic=r.string(cd, "advice_topic", ckey, required=False) or None,
        )
        if rec.advice_topic not in (None, *ADVICE_TOPICS):
            raise r.fail(f"{ckey}.advice_topic", f"must be one of {', '.join(ADVICE_TOPICS)}")
        for name, text in (("text", rec.text), ("text_signed", rec.text_signed)):
            for lang, value in (("nl", text.nl), ("en", text.en)) if text is not None else ():
                for placeholder in re.findall(r"\{([^{}]*)\}", value):
                    if placeholder not in PLACEHOLDERS:
                        raise r.fail(f"{ckey}.{name}_{lang}", f"{{{placeholder}}} is not a placeholder ({', '.join(PLACEHOLDERS)})")
        for stage in rec.lead_for:
            if stage not in TIE_STAGES:
                raise r.fail(f"{ckey}.lead_for", f"{stage!r} is not a stage of a tie ({', '.join(TIE_STAGES)})")
        _check_codes(r, rec.sources, source_codes, ckey)
        recs.append(rec)
    kind = d.get("kind", "risk")
    if kind not in THEME_KINDS:
        raise r.fail(f"{key}.kind", f"must be one of {', '.join(THEME_KINDS)}")
    if kind == "governance" and any(q.has_red_flag for q in questions):
        raise r.fail(f"{key}.kind", "a governance theme cannot hold a red flag (it is never more than medium)")
    return Theme(
        id=theme_id, title=r.text(d, "title", key), intro=r.text(d, "intro", key), questions=questions, recommendations=tuple(recs), kind=kind
    )


def _question(r: _Reader, data: Any, key: str, theme_id: str, source_codes: set[str]) -> Question:
    d = r.table(data, key)
    options = tuple(_option(r, o, f"{key}.options[{i}]") for i, o in enumerate(r.array(d, "options", key)))
    if len(options) < 2:
        raise r.fail(f"{key}.options", "needs at least two options")
    _unique(r, [o.value for o in options], f"{key}.options", "value")
    # Scoring promises "all lowest-risk answers give low": so every question needs a
    # harmless answer, and that answer can never be a red flag.
    if not any(o.risk == 0 and not o.red_flag for o in options):
        raise r.fail(f"{key}.options", "needs an option with risk 0 that is not a red flag")
    if sum(o.unknown for o in options) > 1:
        raise r.fail(f"{key}.options", "marks more than one option unknown = true")
    if any(o.red_flag for o in options):
        # Not knowing whether a red flag applies keeps the theme at least medium; that rule
        # stays monotonic only when the "don't know" answer itself carries risk 2 or more.
        for i, o in enumerate(options):
            if o.unknown and o.risk < 2:
                raise r.fail(f"{key}.options[{i}].risk", '"don\'t know" on a question with a red flag carries risk 2 or more')
    inferred = r.flag(d, "inferred", key, False)
    question = Question(
        id=r.ident(d, "id", key),
        theme_id=theme_id,
        text=r.text(d, "text", key),
        guidance=r.text(d, "guidance", key),
        sources=r.codes(d, "sources", key),
        options=options,
        inferred=inferred,
        replaces=r.codes(d, "replaces", key),
    )
    _check_codes(r, question.sources, source_codes, key)
    return question


def _option(r: _Reader, data: Any, key: str) -> Option:
    d = r.table(data, key)
    risk = d.get("risk")
    if not isinstance(risk, int) or isinstance(risk, bool) or not 0 <= risk <= MAX_RISK:
        raise r.fail(f"{key}.risk", f"must be a whole number from 0 to {MAX_RISK}")
    red_flag = r.flag(d, "red_flag", key, False)
    if red_flag and risk != MAX_RISK:
        # Otherwise moving from a red flag to a riskier plain answer could lower a level.
        raise r.fail(f"{key}.risk", f"a red flag carries the highest risk ({MAX_RISK})")
    unknown = r.flag(d, "unknown", key, False)
    if unknown and red_flag:
        raise r.fail(f"{key}.unknown", 'a "don\'t know" answer cannot be a red flag')
    entered_before = d.get("entered_before")
    if entered_before is not None and (not isinstance(entered_before, int) or isinstance(entered_before, bool) or not 1900 <= entered_before <= 2100):
        raise r.fail(f"{key}.entered_before", "must be a year (a whole number such as 2020)")
    value = r.string(d, "value", key)
    return Option(
        value=value,
        label=r.text(d, "label", key),
        risk=risk,
        red_flag=red_flag,
        recommendations=r.codes(d, "recommend", key),
        unknown=unknown,
        entered_before=entered_before,
    )
