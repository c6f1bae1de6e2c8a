"""``partnercheck``: with no arguments the window; with a command, headless work.

Deliberately tiny: the window's start-up must not pay for the command line's imports, nor
a command for Qt's. See :mod:`partnercheck.commands` for the commands themselves.
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
        from . import __version__

        print(f"PartnerCheck {__version__}")
        return 0
    if _wants_window(args):
        from .app import main as window

        return window(args)
    from .commands import run

    return run(args)
