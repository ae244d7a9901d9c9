"""The alerts strip shows the first few alerts and prompts and the rest on request, so a client with many does not
push the chart off a small screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from alliance.core.messages import msg
from alliance.core.signals import Level, Rule, Signal, SignalText, State
from alliance.ui.client.alerts_strip import SHOWN, AlertsStrip


def _signal(i: int, level: Level) -> Signal:
    text = SignalText(msg("Title {i}", i=i), msg("Reason {i}", i=i), (msg("Why"),))
    return Signal(f"drop:{i}", Rule.DROP, level, State.ACTIVE, (i,), (i,), i, None, {}, 10 - i, (), lambda: text)


def test_the_first_rows_show_and_the_rest_on_request(qtbot) -> None:  # type: ignore[no-untyped-def]
    strip = AlertsStrip()
    qtbot.addWidget(strip)
    strip.show()
    alerts = tuple(_signal(i, Level.ALERT) for i in range(3))
    prompts = tuple(_signal(i, Level.PROMPT) for i in range(3, 5))
    strip.set_signals(alerts, prompts, past=2)
    visible = [row.isVisible() for row in strip.rows]
    assert visible == [True] * SHOWN + [False] * (5 - SHOWN)
    assert strip.more_button.isVisible() and strip.more_button.text() == "2 more\u2026"
    assert strip.past_button.text() == "Past alerts and prompts (2)\u2026"
    qtbot.mouseClick(strip.more_button, Qt.MouseButton.LeftButton)
    assert all(row.isVisible() for row in strip.rows) and strip.more_button.text() == "Show fewer"
    strip.set_signals(alerts[:2])
    assert not strip.more_button.isVisible(), "two rows: nothing to fold"
