"""Kept so ``from partnercheck.workspace import open_store`` keeps working: the wiring lives in
:mod:`partnercheck.services.workspace` now (the window and the command line import it there)."""

from .services.workspace import checklist_library, open_store

__all__ = ["checklist_library", "open_store"]
