"""Parsed fonts kept between runs, so the first report of a process does not parse them.

reportlab reads a TrueType font's tables into Python dictionaries (character to glyph, widths,
glyph offsets) every time a process registers it: ~30 ms for each DejaVu face and ~120 ms for
the Chinese fallback, most of a first report's extra cost over a warm one (issue 16). Those
tables are kept as a pickle in the user's cache folder (paths.cache_dir, as the parsed
checklists are), named by the font file's name, size and modification time and reportlab's
version; the font's own bytes are read from the shipped file, not kept twice. Anything wrong
with the cache (missing, stale, damaged, unwritable) only means parsing as before. The folder
is the user's own: anyone who can write there can already run code as the user.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import pickle
import sys
import tempfile
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace
from reportlab.rl_config import unShapedFontGlob

# Not kept: the font file's bytes (read from the file itself) and the scaling function
# (a lambda, made again from unitsPerEm).
_NOT_KEPT = ("_ttf_data", "_pdfScale")
# Kept, but read only when asked for: reportlab fills the glyph-to-characters table while
# parsing and never reads it afterwards, and making its tens of thousands of lists is a third
# of reading a font from the cache (~10 ms of a first report with Chinese, issue 16).
_ON_DEMAND = ("glyphToChar",)


class _CachedFace(TTFontFace):  # type: ignore[misc]  # reportlab has no types
    """A face read from the cache: the tables of ``_ON_DEMAND`` are read on first use."""

    _on_demand: bytes

    def __getattr__(self, name: str) -> Any:
        if name not in _ON_DEMAND or "_on_demand" not in self.__dict__:
            raise AttributeError(name)
        self.__dict__.update(marshal.loads(self.__dict__.pop("_on_demand")))
        if name not in self.__dict__:
            raise AttributeError(name)
        return self.__dict__[name]


def load_font(name: str, path: Path) -> TTFont:
    """``TTFont(name, path)``, from the cache when it has this file parsed by this reportlab."""
    try:
        from ..paths import cache_dir

        st = path.stat()
        made_by = f"{reportlab.Version}\0{sys.version}"  # marshal's format is Python's own
        key = hashlib.sha256(f"{path.name}\0{st.st_size}\0{st.st_mtime_ns}\0{made_by}".encode()).hexdigest()[:24]
        target = cache_dir() / f"font-{path.stem}={key}.pickle"  # "=": no font's name has it
    except OSError:
        return TTFont(name, str(path))
    try:
        with target.open("rb") as cached:
            small, tables, on_demand = pickle.load(cached)
        return _font(name, path, {**small, **_tables(tables)}, on_demand)
    except Exception:  # noqa: BLE001 - missing, stale or damaged: parse as before
        pass
    font = TTFont(name, str(path))
    try:
        _keep(target, {k: v for k, v in vars(font.face).items() if k not in _NOT_KEPT})
    except (OSError, ValueError, pickle.PicklingError):
        pass
    return font


def _tables(kept: bytes) -> dict[str, Any]:
    """The tables in ``kept``, read with the cyclic garbage collector paused: numbers in
    dictionaries, lists and tuples can form no cycle, yet the ~40,000 tuples of the glyph metrics
    set off collections that walk the half-filled lists again and again (~5 ms, issue 16)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        tables: dict[str, Any] = marshal.loads(kept)
    finally:
        if paused:
            gc.enable()
    return tables


def _font(name: str, path: Path, state: dict[str, Any], on_demand: bytes) -> TTFont:
    """What ``TTFont.__init__`` makes, with the face's tables from ``state`` instead of parsing
    (and those of ``_ON_DEMAND`` from ``on_demand`` when asked for)."""
    face = _CachedFace.__new__(_CachedFace)
    face.__dict__.update(state)
    face._on_demand = on_demand
    face._ttf_data = path.read_bytes()
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob or ())
    return font


def _keep(target: Path, state: dict[str, Any]) -> None:
    # The big tables (plain dicts and lists of numbers) through marshal: it reads them in
    # half the time pickle takes; the few names (bytes subclasses) through pickle.
    on_demand = {k: state[k] for k in _ON_DEMAND if k in state}
    tables = {k: v for k, v in state.items() if type(v) in (dict, list) and k not in on_demand}
    small = {k: v for k, v in state.items() if k not in tables and k not in on_demand}
    content = pickle.dumps((small, marshal.dumps(tables), marshal.dumps(on_demand)), protocol=pickle.HIGHEST_PROTOCOL)
    target.parent.mkdir(parents=True, exist_ok=True)
    for old in target.parent.glob(f"{target.name.split('=')[0]}=*.pickle"):
        old.unlink(missing_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".font-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
