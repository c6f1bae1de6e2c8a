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
        import gc

        gc.disable()  # the window's start-up runs without it until its first screen (app._collect_again)
        try:
            from ..app import main as window

            return window(args)
        finally:
            gc.enable()  # also after --help or a usage error, which show no window
    _tolerant_output()
    _escaped_on_terminals()
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


class _TerminalSafe:
    """A terminal stream that shows control characters as ``\x1b``: a party name from an
    imported file must not clear the screen, retitle the window, write the clipboard (OSC 52)
    or turn the text around (U+202E) on the officer's terminal. Only for a terminal: output
    piped to a file or a script keeps the stored text exactly."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        import re

        # A leading carriage return is the command's own (the bulk import's live progress line).
        lead = "\r" if text.startswith("\r") else ""
        body = re.sub(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", lambda m: f"\\x{ord(m.group()):02x}", text[len(lead) :])
        safe = lead + body
        written: int = self._stream.write(safe)  # type: ignore[attr-defined]
        return written

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _escaped_on_terminals() -> None:
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            interactive = stream.isatty()
        except (AttributeError, ValueError, OSError):
            continue
        if interactive and not isinstance(stream, _TerminalSafe):
            setattr(sys, name, _TerminalSafe(stream))
