"""A pipe planted in the log folder (as crash.log or partnercheck.log): opening it to write waits
for a reader for ever, so the window never came (crash.log is opened at every start) or hung at
its first error report. Now neither is opened; the program runs without that file. Each case
runs in a process of its own, so a hang is a failure, not a stuck suite."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")

SCRIPT = """
from partnercheck import errorlog
crash = errorlog.enable_crash_file()
try:
    1 / 0
except ZeroDivisionError as exc:
    errorlog.log_exception(type(exc), exc, exc.__traceback__)
print("CRASH", crash, "LOG", errorlog.start_log())
"""


@pytest.mark.parametrize("name", ["crash.log", "partnercheck.log"])
def test_a_pipe_in_the_log_folder_is_never_opened(tmp_path, name) -> None:  # type: ignore[no-untyped-def]
    logs = tmp_path / "logs"
    logs.mkdir()
    os.mkfifo(logs / name)
    env = {**os.environ, "PARTNERCHECK_LOG_DIR": str(logs), "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=30)
    except subprocess.TimeoutExpired:
        pytest.fail(f"a pipe as {name} made the program wait for a reader")
    assert done.returncode == 0, done.stderr
    other = "partnercheck.log" if name == "crash.log" else "crash.log"
    assert f"{'CRASH None' if name == 'crash.log' else 'LOG None'}" in done.stdout, done.stdout
    assert (logs / name).is_fifo() and (logs / other).is_file()  # the other file works as ever
