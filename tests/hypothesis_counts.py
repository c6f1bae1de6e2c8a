"""How many examples a property test tries: ``examples(300)`` is 300 in the full run (what CI
runs) and a fifth of it in the quick local run (``-m "not slow"``), where tests/conftest.py
loads the ``quick`` profile. The count follows the profile's ``max_examples`` (100 by default,
20 in ``quick``), so a test that names its own count scales with the tests that do not."""

from __future__ import annotations

from hypothesis import settings

_DEFAULT = 100  # Hypothesis's own max_examples, which the full run keeps


def examples(full: int) -> int:
    # Read at import time of the test module, after conftest's pytest_configure chose the profile.
    return max(10, full * settings.default.max_examples // _DEFAULT)
