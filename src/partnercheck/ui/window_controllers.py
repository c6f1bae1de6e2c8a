"""The window's controllers, each made when it is first used.

Showing the list needs none of them: their modules, and the services and dialogs those
import, load on the first menu command or button that calls one (the notice of ties due
for review, right after the list is shown, is usually the first). Every module imported
after PySide6 costs start-up the import hook PySide6 installs (it reads the module's
source), so not importing them before the first paint is most of what is left to save.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .language_switch import LanguageHost

if TYPE_CHECKING:
    from .assessment_actions import AssessmentActions
    from .file_actions import FileActions
    from .history_actions import HistoryActions
    from .publication_actions import PublicationActions
    from .signoff_actions import SignoffActions
    from .tie_actions import TieActions


class WindowControllers(LanguageHost):
    @cached_property
    def files(self) -> FileActions:
        from .file_actions import FileActions

        return FileActions(self)

    @cached_property
    def assessments(self) -> AssessmentActions:
        from .assessment_actions import AssessmentActions

        return AssessmentActions(self)

    @cached_property
    def signoff(self) -> SignoffActions:
        from .signoff_actions import SignoffActions

        return SignoffActions(self)

    @cached_property
    def history(self) -> HistoryActions:
        from .history_actions import HistoryActions

        return HistoryActions(self)

    @cached_property
    def publication(self) -> PublicationActions:
        from .publication_actions import PublicationActions

        return PublicationActions(self)

    @cached_property
    def ties(self) -> TieActions:
        from .tie_actions import TieActions

        return TieActions(self)

    def controller_made(self, name: str) -> bool:
        return name in self.__dict__  # where cached_property keeps what it made
