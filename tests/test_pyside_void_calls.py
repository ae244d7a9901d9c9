"""Regression test for the PySide6 6.12.x crash on CPython 3.11.

PySide6 6.12.x drops a reference to ``None`` on every void-returning call. On CPython 3.11 ``None`` is
not immortal, so after enough calls its count reaches zero and the interpreter aborts in
``none_dealloc``. pyproject.toml excludes 6.12.x for Python < 3.12; this test proves the installed
PySide6 survives a GUI's worth of void calls. The calls run in a subprocess so an abort shows up as a
failing test with the child's stderr, not a dead test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 300_000

CHILD = textwrap.dedent(
    """
    import sys

    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    calls = int(sys.argv[1])
    app = QApplication([])
    owner = QObject()
    widget = QWidget()
    label = QLabel(widget)
    timer = QTimer()

    # Four void-returning calls per round, each from a different binding.
    before = sys.getrefcount(None)
    for n in range(calls // 4):
        owner.setObjectName("o")
        widget.setEnabled(n & 1 == 0)
        label.setText("x")
        timer.stop()
    after = sys.getrefcount(None)
    label.deleteLater()
    widget.deleteLater()
    print(f"none_refcount_delta={after - before}")
    sys.stdout.flush()
    """
)


def test_installed_pyside6_is_not_the_crashing_release() -> None:
    import PySide6

    major, minor = PySide6.__version_info__[:2]
    if sys.version_info < (3, 12):
        assert (major, minor) != (6, 12), (
            f"PySide6 {PySide6.__version__} aborts on CPython 3.11 (none_dealloc); "
            "pyproject.toml must exclude 6.12.x for Python < 3.12"
        )


def test_many_void_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(CALLS)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, (
        f"{CALLS} void PySide6 calls ended the process with code {result.returncode}:\n"
        f"{result.stderr[-2000:]}"
    )
    line = next(ln for ln in result.stdout.splitlines() if ln.startswith("none_refcount_delta="))
    delta = int(line.split("=", 1)[1])
    # With the bug every call takes one reference from None; a healthy build stays within noise.
    assert abs(delta) < CALLS // 100, f"None lost {-delta} references over {CALLS} void calls"
