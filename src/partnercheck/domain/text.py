"""Bilingual text: every user-facing string exists in Dutch and English."""

from __future__ import annotations

from dataclasses import dataclass

from .languages import LANGUAGES as LANGUAGES  # re-exported: callers that import it from here keep working


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text a user reads, in Dutch and in English."""

    nl: str
    en: str

    def get(self, lang: str) -> str:
        if lang == "en":
            return self.en
        if lang == "nl":
            return self.nl
        raise ValueError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")

    def __bool__(self) -> bool:
        return bool(self.nl or self.en)

    def __reduce__(self) -> tuple[type[LocalText], tuple[str, str]]:
        # Unpickled by a call, not by dataclasses' generic __setstate__ for frozen slotted
        # classes: the cached checklists (services.checklist_cache) hold over a thousand.
        return LocalText, (self.nl, self.en)


EMPTY = LocalText("", "")
