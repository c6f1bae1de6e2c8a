"""The UI language: Dutch or English, through Qt's translation system.

PartnerCheck's own strings come from ``resources/translations/partnercheck_nl.qm`` (source
strings are English; ``partnercheck_en.qm`` holds only the English plural forms); Qt's
standard buttons from ``qtbase_nl.qm`` in PySide6's wheel.
The checklist's own texts follow the same choice (``LocalText.get(lang)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..resources import resource_dir

LANGUAGES = ("nl", "en")


def translations_dir() -> str:
    return str(resource_dir() / "translations")


def system_language() -> str:
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve_language(preference: str) -> str:
    """The language to use for a setting of "nl", "en" or "" (follow the system)."""
    return preference if preference in LANGUAGES else system_language()


# The translators installed last, so a language switch can take them out again.
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``; returns them so they can be removed again."""
    installed: list[QTranslator] = []
    _installed[:] = []
    if lang != "nl":
        # English is the source language, but its plurals are numerus forms too ("1 assessment",
        # "3 assessments"): partnercheck_en holds only those, as Qt advises for plurals.
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        files = [("partnercheck_en", translations_dir())]
    else:
        # Imported for Dutch only: importing QLibraryInfo makes PySide6 create its enum (~0.2 ms).
        from PySide6.QtCore import QLibraryInfo

        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        files = [("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), ("partnercheck_nl", translations_dir())]
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
            _installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def switch_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Replace the translators installed last by those for ``lang`` (a switch at run time)."""
    for translator in list(_installed):
        app.removeTranslator(translator)
    return install_translators(app, lang)
