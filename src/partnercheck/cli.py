"""``partnercheck``: with no arguments the window; with a command, headless work.

Deliberately tiny: the window's start-up must not pay for the command line's imports, nor
a command for Qt's. See :mod:`partnercheck.commands` for the commands themselves.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from .app import run_app

        return run_app()
    _tolerant_output()
    from .commands import run

    return run(args)


def _tolerant_output() -> None:
    """A console that cannot show a character (cp1252 and a Chinese city name, an emoji)
    gets a replacement character instead of a traceback half-way through the output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
