"""A command's arguments are parsed by a parser built with that command alone (cheaper for a
script's `partnercheck import FILE`): its usage, help and errors are the same as with all."""

from __future__ import annotations

import argparse

from partnercheck.cli.parser import build_parser
from partnercheck.cli.runner import COMMANDS


def _sub(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.ArgumentParser = action.choices[name]
    return found


def test_each_command_alone_has_the_help_and_usage_it_has_among_all() -> None:
    full = build_parser()
    for name in COMMANDS:
        alone = build_parser(name)
        assert _sub(alone, name).format_help() == _sub(full, name).format_help(), name
        assert list(_sub(build_parser(name), name)._option_string_actions) == list(_sub(full, name)._option_string_actions), name


def test_a_parser_for_one_command_parses_its_arguments_as_the_full_one() -> None:
    argv = ["import", "a.json", "b.json", "--db", "x.sqlite3", "--as-new"]
    assert vars(build_parser("import").parse_args(argv)) == vars(build_parser().parse_args(argv))
