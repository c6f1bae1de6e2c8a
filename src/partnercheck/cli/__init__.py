"""``partnercheck``: with no arguments the window; with a command, headless work.

Deliberately tiny: the window's start-up must not pay for the command line's imports, nor
a command for Qt's. The commands are in this package, by area (``commands_*.py``); each one
parses its arguments, calls a use case in :mod:`partnercheck.services` and prints the result.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _wants_window(args: list[str]) -> bool:
    """No command: nothing, or only ``--db FILE``, before Qt's options after ``--``."""
    rest = args[2:] if args[:1] == ["--db"] and len(args) >= 2 else args[1:] if args[:1] and args[0].startswith("--db=") else args
    return not rest or rest[0] == "--"


def main(argv: Sequence[str] | None = None) -> int:
    """``partnercheck``: no command (only ``--db FILE`` and Qt's options after ``--``) opens the
    window, as ``partnercheck-gui`` does; ``-V``/``--version`` answers without loading either."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args in (["-V"], ["--version"]):
        from .. import __version__

        print(f"PartnerCheck {__version__}")
        return 0
    if _wants_window(args):
        from ..app import main as window

        return window(args)
    _tolerant_output()
    return run(args)


def run(argv: Sequence[str]) -> int:
    """Run one command; the exit status (0 done, 2 bad input with one line on stderr)."""
    from .runner import run as run_command

    return run_command(argv)


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
