"""Helpers the command-line and interchange tests share."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any


def edited(document: dict[str, Any], path: tuple[Any, ...] | list[Any], value: Any) -> dict[str, Any]:
    """A deep copy of ``document`` with the value at ``path`` replaced (``KeyError``: removed)."""
    doc = copy.deepcopy(document)
    target: Any = doc
    *parents, last = path
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return doc


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every key path in a JSON value, the value itself first (``()``)."""
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths_in(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths_in(v, (*prefix, i))
