"""``partnercheck``: with no arguments the window; with a command, headless work.

Deliberately tiny: the window's start-up must not pay for the command line's imports, nor
a command for Qt's. The commands are in this package, by area (``commands_*.py``); each one
parses its arguments, calls a use case in :mod:`partnercheck.services` and prints the result.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from ..app import run_app

        return run_app()
    return run(args)


def run(argv: Sequence[str]) -> int:
    """Run one command; the exit status (0 done, 2 bad input with one line on stderr)."""
    from .runner import run as run_command

    return run_command(argv)
