"""The user guides (docs/handleiding.md, docs/user-guide.md) name only keys the window has, and
every Ctrl and F key the window has is in them.

Each guide's key tables (the tables whose first column is headed "Toetsen" / "Keys") are read:
every key in backticks must be a shortcut of a menu action, a page's shortcut, a key of the
report's preview, or the Alt letter of a button, label, tab or menu in the guide's language;
and every shortcut with Ctrl or a function key must be in the guide's table. Enter, Esc and Tab
are handled by the widgets' own key events (list_page, checklist_page) or by Qt, not by a
shortcut, so they are taken as they are. The links between the guides and the other documents
must lead somewhere.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget
from shortcut_helpers import portable, shortcut_keys, window_with_everything_open

from partnercheck.ui.i18n import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {"nl": ROOT / "docs" / "handleiding.md", "en": ROOT / "docs" / "user-guide.md"}
KEY_HEADERS = {"Toetsen", "Keys"}
WIDGET_KEYS = {"Enter", "Esc", "Tab"}  # key events of the widgets themselves, and Qt's focus chain


def key_tokens(text: str) -> list[str]:
    """The keys in backticks in the first column of every key table."""
    tokens: list[str] = []
    in_table = False
    for line in text.splitlines():
        if not line.startswith("|"):
            in_table = False
            continue
        first = line.strip().strip("|").split(" | ")[0].strip()
        if first in KEY_HEADERS:
            in_table = True
        elif in_table and not first.startswith("---"):
            tokens += re.findall(r"`([^`]+)`", first)
    return tokens


def normal(key: str) -> str:
    """A key as the guide writes it (Ctrl+↓, Ctrl+PgDn, Delete) in Qt's portable spelling."""
    for shown, spelled in (("↓", "Down"), ("↑", "Up"), ("PgDn", "PgDown"), ("Delete", "Del")):
        key = key.replace(shown, spelled)
    return key


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def alt_keys(top: QWidget) -> set[str]:
    """Every Alt letter in the window, shown or not (a tab's page, a stage's button)."""
    texts = [b.text() for b in top.findChildren(QAbstractButton)]
    texts += [label.text() for label in top.findChildren(QLabel) if label.buddy() is not None]
    texts += [bar.tabText(i) for bar in top.findChildren(QTabBar) for i in range(bar.count())]
    texts += [action.text() for action in top.menuBar().actions()]  # type: ignore[attr-defined]
    return {f"Alt+{letter}" for letter in map(mnemonic, texts) if letter}


@pytest.fixture(params=sorted(GUIDES))
def lang(request, qapp):  # type: ignore[no-untyped-def]
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def test_the_guide_names_the_keys_the_window_has(qtbot, lang, make_window, store, new_assessment):  # type: ignore[no-untyped-def]
    window, preview = window_with_everything_open(make_window, store, new_assessment, lang)
    window.menus.show_guide()  # Help › User guide, a child of the window: its find keys count too

    quit_keys = set(map(portable, window.menus.quit_action.shortcuts()))  # the platform's own, if any
    shortcuts = shortcut_keys(window, preview, leave_out=(window.menus.quit_action,))
    known = shortcuts | alt_keys(window) | WIDGET_KEYS

    guide = GUIDES[lang]
    named = {normal(t) for t in key_tokens(guide.read_text(encoding="utf-8"))}
    assert len(named) >= 30, f"{guide.name} lost its key tables"
    unknown = sorted(named - known)
    assert not unknown, f"{guide.name} names keys the window does not have: {unknown}"
    missing = sorted(k for k in shortcuts - quit_keys if re.match(r"(Ctrl|F\d)", k) and k not in named)
    assert not missing, f"the window has keys {guide.name} does not list: {missing}"
    # The basis letters and the answer numbers: the guide's are the window's, in its language.
    letters = {k for k in shortcuts if re.fullmatch(r"[A-Z]", k)}
    assert letters == {k for k in named if re.fullmatch(r"[A-Z]", k)}
    digits = sorted(int(k) for k in shortcuts if k.isdigit())
    assert {str(digits[0]), str(digits[-1])} <= named


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFC", heading.strip().lower())
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


@pytest.mark.parametrize("guide", sorted(GUIDES.values()), ids=lambda p: p.name)
def test_the_guides_links_lead_somewhere(guide: Path) -> None:
    text = guide.read_text(encoding="utf-8")
    anchors = {_slug(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}
    broken = []
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if target.startswith("#"):
            if target[1:] not in anchors:
                broken.append(target)
        elif not (guide.parent / target.split("#")[0]).exists():
            broken.append(target)
    assert not broken, f"{guide.name}: links that lead nowhere: {broken}"
    assert "../shared" not in text and "DESIGN.md" not in text


def test_readme_lists_the_guides_first() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listing = readme.split("## Documentation", 1)[1].split("\n## ", 1)[0]
    first = listing.strip().split("\n- ", 1)[0]
    assert "docs/handleiding.md" in first and "docs/user-guide.md" in first
