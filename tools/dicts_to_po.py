"""One-off, repeatable: turn the report's nl/en dictionaries into the gettext catalog (issue 10).

Run from the top of a checkout that still has ``report/texts.py`` with ``LABELS`` and
``ENUM_WORDS`` (and ``report/texts_audiences.py``):

    python tools/dicts_to_po.py && ruff format src tests

It reads the dictionaries (with ``ast``, without importing them), writes
``resources/locale/nl/LC_MESSAGES/partnercheck.po`` (msgid the English, msgstr the Dutch) and
its ``.mo``, replaces every key at a call site (``ctx.t("draft")``, ``texts.label(lang, "verdict")``,
``marker("unshowable")``) by its English text, turns the ``key_one`` / ``key`` pairs into one
plural entry (ngettext), rewrites the tests' ``LABELS[lang]["key"]`` and the glossary's report
column, and replaces texts.py by its gettext form. Texts edited in the dictionaries on another
branch are carried over by running it again on that branch's texts.py.
"""

from __future__ import annotations

import ast
import datetime as _dt
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import catalogs  # noqa: E402  (tools/catalogs.py)
from babel.messages.catalog import Catalog  # noqa: E402
from dicts_to_po_rules import EDITS, NEW_TEXTS  # noqa: E402

ROOT = catalogs.ROOT
REPORT = ROOT / "src" / "partnercheck" / "report"
TEXTS, AUDIENCES = REPORT / "texts.py", REPORT / "texts_audiences.py"

UNUSED = {"attention"}  # in LABELS but asked by no code
# Keys whose English is also another key's English with other Dutch: they get a msgctxt.
CONTEXTS = {"not_recorded": "empty field"}
CALLS = {"t": 0, "label": 1, "marker": 0}  # function name -> position of the key


def dicts() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    found: dict[str, dict[str, dict[str, str]]] = {}
    for path in (TEXTS, AUDIENCES):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = node.target if isinstance(node, ast.AnnAssign) else node.targets[0] if isinstance(node, ast.Assign) else None
            if isinstance(target, ast.Name) and target.id in ("LABELS", "ENUM_WORDS", "AUDIENCE_LABELS") and node.value is not None:
                found[target.id] = ast.literal_eval(node.value)
    labels = {lang: {**found["LABELS"][lang], **found["AUDIENCE_LABELS"][lang]} for lang in ("nl", "en")}
    return labels, found["ENUM_WORDS"]


def with_n(text: str) -> str:
    """A ``key_one`` text ("1 more measure …") as the singular form ("{n} more measure …")."""
    return re.sub(r"\b1\b", "{n}", text, count=1)


def entries(labels: dict[str, dict[str, str]], words: dict[str, dict[str, str]]) -> Catalog:
    catalog = Catalog(
        locale="nl",
        domain=catalogs.DOMAIN,
        project="PartnerCheck",
        version="",
        charset="utf-8",
        creation_date=_dt.datetime(2026, 11, 30, 8, 0, tzinfo=_dt.UTC),
        revision_date=_dt.datetime(2026, 11, 30, 8, 0, tzinfo=_dt.UTC),
        language_team="Dutch",
        last_translator="PartnerCheck",
        msgid_bugs_address="",
        header_comment=(
            "# The Dutch of every text PartnerCheck shows outside the window: the report, the Word draft,\n"
            "# the spreadsheet, the command line. msgid: the English, as written in the code.\n"
            "# How to add or change a text, and compile: docs/translating.md."
        ),
        fuzzy=False,
    )
    en, nl = labels["en"], labels["nl"]
    seen: dict[tuple[str | None, str], str] = {}

    def add(msgid: str | tuple[str, str], msgstr: str | tuple[str, str], context: str | None, where: str) -> None:
        key = (context, msgid if isinstance(msgid, str) else msgid[0])
        if key in seen:
            if seen[key] != msgstr:
                raise SystemExit(f"{where}: {msgid!r} is already {seen[key]!r}, not {msgstr!r}: add it to CONTEXTS")
            return
        seen[key] = msgstr  # type: ignore[assignment]
        catalog.add(msgid, msgstr, context=context, flags=["python-brace-format"] if "{" in str(msgid) else [])

    for key in en:
        if key in UNUSED or key.endswith("_one") and key[:-4] in en:
            continue
        if key + "_one" in en:
            add((with_n(en[key + "_one"]), en[key]), (with_n(nl[key + "_one"]), nl[key]), None, key)
        else:
            add(en[key], nl[key], CONTEXTS.get(key), key)
    for code in words["en"]:
        add(words["en"][code], words["nl"][code], None, code)
    return catalog


def quoted(text: str, quote: str = '"') -> str:
    """A Python string literal, split at spaces into pieces that keep lines short; inside an
    f-string (``quote`` a single quote) one piece, which may hold neither quote nor backslash."""
    if quote == "'":
        assert "'" not in text and "\\" not in text, text
        return f"'{text}'"
    pieces, line = [], ""
    for word in re.split(r"(?<= )", text):
        if line and len(line) + len(word) > 100:
            pieces.append(line)
            line = ""
        line += word
    pieces.append(line)
    return " ".join('"' + p.replace("\\", "\\\\").replace('"', '\\"') + '"' for p in pieces)


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def rewrite_calls(path: Path, en: dict[str, str]) -> None:
    """Every key given to t/label/marker (directly or as a branch of ``a if c else b``) becomes
    its English text; a key with a msgctxt makes ``ctx.t`` into ``ctx.pt``."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode("utf-8")))
    edits: list[tuple[int, int, str]] = []

    def span(node: ast.expr) -> tuple[int, int]:
        return offsets[node.lineno - 1] + node.col_offset, offsets[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]

    def data_of(node: ast.expr) -> str:
        start, end = span(node)
        found = source.encode("utf-8")[start:end].decode("utf-8")
        assert found[1:-1] == node.value, (path, found)  # type: ignore[attr-defined]
        return found

    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _name(node.func) not in CALLS or len(node.args) <= CALLS[_name(node.func)]:
            continue
        arg = node.args[CALLS[_name(node.func)]]
        branches = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
        for b in branches:
            if isinstance(b, ast.Constant) and isinstance(b.value, str) and b.value in en:
                quote = data_of(b)[:1]
                if b.value in CONTEXTS:
                    assert isinstance(node.func, ast.Attribute) and node.func.attr == "t", f"{path}: {b.value}"
                    start, end = span(node.func)
                    edits.append((end - 1, end, "pt"))
                    edits.append((*span(b), f'"{CONTEXTS[b.value]}", {quoted(en[b.value])}'))
                else:
                    edits.append((*span(b), quoted(en[b.value], quote)))
    data = source.encode("utf-8")
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + new.encode("utf-8") + data[end:]
    path.write_text(data.decode("utf-8"), encoding="utf-8")


def fill(text: str, en: dict[str, str]) -> str:
    """``«key»`` -> the quoted English; ``«key/1»`` -> the quoted singular of a plural pair."""

    def one(match: re.Match[str]) -> str:
        key, form = match.group(1), match.group(2)
        return quoted(with_n(en[key + "_one"]) if form else en[key])

    return re.sub(r"«(\w+)(/1)?»", one, text)


def edit(path: Path, old: str, new: str, en: dict[str, str]) -> None:
    """One rule of EDITS; a rule whose text is not there (the code changed on another branch,
    or the rule is for that branch's code) is reported and skipped: see leftovers()."""
    source = path.read_text(encoding="utf-8") if path.exists() else ""
    if old not in source:
        print(f"skipped, not found in {path.relative_to(ROOT)}: {old[:70]!r}")
        return
    path.write_text(source.replace(old, fill(new, en)), encoding="utf-8")  # every occurrence


def leftovers(en: dict[str, str]) -> list[str]:
    """Keys still written in the report's code after the rewrite: a key chosen at run time
    (a tuple of keys, ``key + "_one"``) that a rule in EDITS has to turn into texts."""
    found = []
    for path in sorted(REPORT.glob("*.py")):
        if path in (TEXTS, AUDIENCES):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in en and en[node.value] != node.value:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value!r}")
    return found


def rewrite_tests(path: Path, en: dict[str, str]) -> None:
    """``LABELS[x]["key"]`` and ``labels["key"]`` (after ``labels = LABELS[x]``) -> ``label(x, "English")``;
    a plural's key -> its form from the catalog, unformatted as the dict's text was."""

    def text_of(lang: str, key: str, q: str = '"') -> str:  # q: the key's quote (inside an f-string, ')
        if key + "_one" in en:  # the plural form, "{n}" and all
            return f"catalog({lang}).ngettext({quoted(with_n(en[key + '_one']), q)}, {quoted(en[key], q)}, 2)"
        if key.endswith("_one") and key[:-4] in en:  # the singular form, with the 1 in it
            one, more = quoted(with_n(en[key]), q), quoted(en[key[:-4]], q)
            return f"catalog({lang}).ngettext({one}, {more}, 1).replace({q}{{n}}{q}, {q}1{q})"
        return f"label({lang}, {quoted(en[key], q)})"

    out, binding = [], None
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        line = line.replace(
            "from partnercheck.report.texts import LABELS", "from partnercheck.catalogs import catalog\nfrom partnercheck.report.texts import label"
        )
        bound = re.fullmatch(r"(\s*)labels = LABELS\[(.+?)\]\n", line)
        if bound:
            binding = bound.group(2)
            continue
        line = re.sub(r"LABELS\[([^]]+)\]\[[\"'](\w+)[\"']\]", lambda m: text_of(m.group(1), m.group(2), m.group(0)[-2]), line)
        if binding:
            line = re.sub(r"\blabels\[[\"'](\w+)[\"']\]", lambda m, b=binding: text_of(b, m.group(1), m.group(0)[-2]), line)
            line = re.sub(r"\blabels\[key\]", f"label({binding}, key)", line)
        line = re.sub(r"LABELS\[([^]]+)\]\[key\]", r"label(\1, key)", line)
        out.append(line)
    path.write_text("".join(out), encoding="utf-8")


def main(new_texts: str) -> None:
    labels, words = dicts()
    en = labels["en"]
    catalog = entries(labels, words)
    po = catalogs.po_file("nl")
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_bytes(catalogs.po_bytes(catalog))

    for rule in EDITS:
        edit(ROOT / rule[0], rule[1], rule[2], en)
    for path in sorted(REPORT.glob("*.py")):  # table heads: [... ctx.t(k) ... for k in ("a", "b")]
        source = path.read_text(encoding="utf-8")
        heads = re.sub(
            r"ctx\.t\(k\)(.*?)for k in \(([^)]*)\)",
            lambda m: "head" + m.group(1) + "for head in (" + ", ".join(f"ctx.t({k.strip()})" for k in m.group(2).split(",")) + ")",
            source,
        )
        path.write_text(heads, encoding="utf-8")
    for path in sorted((ROOT / "src" / "partnercheck").rglob("*.py")):
        if "ui" not in path.relative_to(ROOT / "src" / "partnercheck").parts[:1] and path not in (TEXTS, AUDIENCES):
            rewrite_calls(path, en)
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        if "LABELS" in path.read_text(encoding="utf-8"):
            rewrite_tests(path, en)
    words_md = ROOT / "docs" / "words.md"
    glossary = words_md.read_text(encoding="utf-8")
    rows = []
    for line in glossary.splitlines(keepends=True):
        cells = line.split("|")
        if line.startswith("|") and len(cells) == 7 and cells[4].strip() not in ("", "report key", "---"):
            key = cells[4].strip()
            cells[4] = f" {en[key] if key in en else words['en'][key]} "
        rows.append("|".join(cells))
    words_md.write_text("".join(rows).replace("| report key |", "| report text (msgid) |"), encoding="utf-8")

    # Words that are also keys elsewhere (a style name, a dict field) are no text: not reported.
    data = r"'(date|kicker|note|guidance|question|title|basis|tie|verdict|dutch_party|counterpart|name|status|checklist|assessor)'$"
    left = [line for line in leftovers(en) if not re.search(data, line)]
    if left:
        raise SystemExit("keys left in the code (add a rule to EDITS):\n" + "\n".join(left))
    TEXTS.write_text(new_texts, encoding="utf-8")
    AUDIENCES.unlink()
    catalogs.update()  # the references (file:line) from the rewritten code; fails if a text is missing
    catalogs.compile_all()
    problems = catalogs.problems()
    if problems:
        raise SystemExit("\n".join(problems))


if __name__ == "__main__":
    labels_, words_ = dicts()
    codes = "".join(f'    "{code}": N_({quoted(english)}),\n' for code, english in words_["en"].items())
    main(fill(NEW_TEXTS.replace("«CODE_WORDS»", codes), labels_["en"]))
