"""The one place that knows where shipped files (checklists, fonts, migrations, the user
guides) live.

An installed wheel carries ``resources/``, ``db/`` and ``docs/`` inside the package (hatchling's
force-include; the PyInstaller bundle the same, packaging/partnercheck.spec); an editable
install or a source checkout has them at the repository's top level. Everything else asks this module and never does path arithmetic of its own.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

# The package's own folder. (importlib.resources would say the same for a plain install, but
# importing it costs the window's start-up several milliseconds, and PartnerCheck is never
# run from a zip.)
_PACKAGE_ROOT = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_ROOT.parent.parent


@cache
def _root_of(name: str) -> Path:
    for candidate in (_PACKAGE_ROOT / name, _SOURCE_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"PartnerCheck is incompletely installed: no '{name}' folder found")


def resource_dir() -> Path:
    return _root_of("resources")


def migrations_dir() -> Path:
    return _root_of("db")


def checklist_dir() -> Path:
    return resource_dir() / "checklists"


def reference_file() -> Path:
    return resource_dir() / "reference" / "partnerships.toml"


def font_dir() -> Path:
    return resource_dir() / "fonts"


def icon_dir() -> Path:
    return resource_dir() / "icons"


def schema_dir() -> Path:
    """The JSON Schemas of the files PartnerCheck exchanges (docs/interchange.md links them)."""
    return resource_dir() / "schemas"


def docs_dir() -> Path:
    """The documents, the user guides among them (Help › User guide shows them): ``docs/`` is
    their one source, copied into the wheel and the bundle when they are built."""
    return _root_of("docs")
