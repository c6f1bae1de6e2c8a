"""The controllers see the window through ui/window_port.py (and the menus through
menus.MenuHost); the window must implement every verb the port names."""

from __future__ import annotations

import inspect

from partnercheck.ui.main_window import MainWindow
from partnercheck.ui.menus import MenuHost
from partnercheck.ui.window_port import WindowPort


def test_the_window_implements_every_verb_of_the_port():
    for port in (WindowPort, MenuHost):
        verbs = [name for name, member in vars(port).items() if inspect.isfunction(member)]
        assert verbs
        missing = [name for name in verbs if getattr(MainWindow, name) is getattr(port, name)]
        assert not missing, f"MainWindow does not implement {port.__name__}.{missing}"
        # Same parameters, so a controller's call means the same on the real window.
        for name in verbs:
            assert list(inspect.signature(getattr(MainWindow, name)).parameters) == list(inspect.signature(getattr(port, name)).parameters), name


def test_the_state_the_port_names_is_set_on_a_window(window):  # type: ignore[no-untyped-def]
    for port in (WindowPort, MenuHost):
        for name in inspect.get_annotations(port):
            assert hasattr(window, name), name
