"""A value from a file, quoted for a message about it (the importer's and its schema check's)."""

from __future__ import annotations

from typing import Any


def show(value: Any, limit: int = 60) -> str:
    """A value quoted for a message: escaped (repr), and cut short when it is long."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]
        return repr(value)[:-1] + "…" + repr(value)[-1]
    if isinstance(value, (dict, list)):
        return f"a JSON {'object' if isinstance(value, dict) else 'list'}"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
