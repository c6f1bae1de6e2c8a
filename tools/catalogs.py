"""Keep the message catalogs (src/partnercheck/catalogs.py) in step with the code.

    python tools/catalogs.py update    # find every text in the code, add new ones to each .po, mark changed ones fuzzy
    python tools/catalogs.py compile   # .po -> .mo, after a translator has edited a .po
    python tools/catalogs.py check     # exit 1 if a .po is out of step with the code or a .mo with its .po

Babel (a test dependency, never needed at run time) reads the code and the .po files and
writes the .mo; tests/test_catalogs.py asks the same functions.
"""

from __future__ import annotations

import ast
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "partnercheck"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "partnercheck"
TRANSLATED = ("nl",)  # English is the msgids' own language: no catalog

# The functions that take a text for the catalog, and which argument (babel's notation: a
# number is the argument's position, (n, "c") the msgctxt). See catalogs.py and report/layout.py.
KEYWORDS: dict[str, tuple[int | tuple[int, str], ...] | None] = {
    "N_": None,
    "NC_": ((1, "c"), 2),
    "translate": (2,),
    "translate_plural": (2, 3),
    "translate_in": ((2, "c"), 3),
    "t": None,  # report: Context.t(msgid, **values), and word.py's own t
    "nt": (1, 2),  # Context.nt(singular, plural, n, **values)
    "pt": ((1, "c"), 2),  # Context.pt(context, msgid, **values)
    "label": (2,),  # report.texts.label(lang, msgid, **values)
    "plural": (2, 3),  # report.texts.plural(lang, singular, plural, n, **values)
    "label_in": ((2, "c"), 3),  # report.texts.label_in(lang, context, msgid, **values)
    "marker": None,  # report.fonts.marker(msgid, **values)
}


def po_file(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_file(lang: str) -> Path:
    return po_file(lang).with_suffix(".mo")


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _messages(path: Path) -> Iterator[tuple[int, str | tuple[str, str], str | None]]:
    """(line, msgid or (singular, plural), msgctxt) for every call that hands a text to the
    catalog. With ``ast`` rather than pybabel's tokenizer: it sees calls inside f-strings too."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or _name(node.func) not in KEYWORDS:
            continue
        spec = KEYWORDS[_name(node.func)] or (1,)
        context = None
        texts = []
        for item in spec:
            position, is_context = (item[0], True) if isinstance(item, tuple) else (item, False)
            arg = node.args[position - 1] if len(node.args) >= position else None
            if len(spec) == 1 and isinstance(arg, ast.IfExp):  # t("A" if c else "B"): both are texts
                for branch in (arg.body, arg.orelse):
                    if isinstance(branch, ast.Constant) and isinstance(branch.value, str):
                        yield branch.lineno, branch.value, None
                break
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                break  # a text chosen at run time: its literals are marked where they are written
            if is_context:
                context = arg.value
            else:
                texts.append(arg.value)
        else:
            yield node.lineno, texts[0] if len(texts) == 1 else (texts[0], texts[1]), context


def extracted() -> Catalog:
    """Every text the code hands to the catalog, with where it is used (the window excepted:
    it is translated with Qt Linguist, resources/translations)."""
    template = Catalog(domain=DOMAIN, project="PartnerCheck", charset="utf-8")
    for path in sorted(SOURCE.rglob("*.py")):
        if path.relative_to(SOURCE).parts[0] == "ui":
            continue
        for lineno, message, context in _messages(path):
            flags = ["python-brace-format"] if "{" in str(message) else []
            template.add(message, None, [(path.relative_to(ROOT).as_posix(), lineno)], flags=flags, context=context)
    return template


def read(lang: str) -> Catalog:
    with po_file(lang).open("rb") as file:
        return read_po(file, locale=lang, domain=DOMAIN)


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, omit_header=False, include_previous=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def update() -> None:
    template = extracted()
    for lang in TRANSLATED:
        catalog = read(lang)
        created = catalog.creation_date  # kept: a date that changed on every run would be noise in the diff
        catalog.update(template, update_header_comment=False)
        catalog.creation_date = created
        catalog.obsolete.clear()  # a text the code no longer uses is gone; git keeps the history
        po_file(lang).write_bytes(po_bytes(catalog))


def compile_all() -> None:
    for lang in TRANSLATED:
        mo_file(lang).write_bytes(mo_bytes(read(lang)))


def problems() -> list[str]:
    """What is out of step: texts in the code without an entry (or the other way round), and
    .mo files that are not the compiled .po."""
    used = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in extracted() if m.id}
    found = []
    for lang in TRANSLATED:
        catalog = read(lang)
        have = {(m.context, m.id if isinstance(m.id, str) else m.id[0]) for m in catalog if m.id}
        found += [f"{lang}: not in {po_file(lang).name}: {k!r}" for k in sorted(used - have, key=str)]
        found += [f"{lang}: no longer used: {k!r}" for k in sorted(have - used, key=str)]
        if not mo_file(lang).is_file() or mo_file(lang).read_bytes() != mo_bytes(catalog):
            found.append(f"{lang}: {mo_file(lang).name} is not the compiled {po_file(lang).name}: run tools/catalogs.py compile")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        found = problems()
        print("\n".join(found) or "catalogs up to date")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
