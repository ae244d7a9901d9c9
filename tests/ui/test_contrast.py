"""Contrast of the app's colours in the light and dark looks (WCAG 2.1): text at least 4.5:1 against the
backgrounds it is drawn on, a control's edge, the focus ring and every chart line at least 3:1 (1.4.11). The
figures are printed, so a run shows how much room each pair has."""

from __future__ import annotations

import re

import pytest

from alliance.reports.chart_painter import SERIES_COLOURS as PDF_SERIES
from alliance.ui.client.timeline_style import (
    DARK_SERIES_COLOURS,
    REPAIR_COLOURS,
    REPAIR_LINK_COLOUR,
    RUPTURE_COLOURS,
    SERIES_COLOURS,
)
from alliance.ui.widgets.look import DARK, LIGHT, Colours, resource_folder

TEXT = ("text", "muted", "error", "attention", "accent")
EDGES = ("control_border", "focus_ring", "accent")


def _luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize(("look", "series"), [(LIGHT, SERIES_COLOURS), (DARK, DARK_SERIES_COLOURS)],
                         ids=["light", "dark"])
def test_text_edges_and_chart_lines_are_told_from_their_background(look: Colours, series: dict[str, str],
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    found: dict[str, float] = {}
    for background in ("base", "window", "alt_base"):
        bg = getattr(look, background)
        found.update({f"{fg} on {background}": ratio(getattr(look, fg), bg) for fg in TEXT})
        found.update({f"{edge} on {background}": ratio(getattr(look, edge), bg) for edge in EDGES})
    found["on_accent on accent"] = ratio(look.on_accent, look.accent)
    for key, colour in series.items():  # the chart is drawn on the window's colour
        found[f"{key} line on window"] = ratio(colour, look.window)
    found["repair link on window"] = ratio(REPAIR_LINK_COLOUR, look.window)
    for name, (fill, outline) in (("rupture", RUPTURE_COLOURS), ("repair", REPAIR_COLOURS)):
        # a marker stands out by its fill or by its outline, whichever the background is further from
        found[f"{name} marker on window"] = max(ratio(fill, look.window), ratio(outline, look.window))
    with capsys.disabled():
        print("\ncontrast (" + ("light" if look is LIGHT else "dark") + "): "
              + ", ".join(f"{k} {v:.2f}" for k, v in sorted(found.items(), key=lambda kv: kv[1])))
    low = {k: round(v, 2) for k, v in found.items()
           if v < (4.5 if k.split()[0] in TEXT or k.startswith("on_accent") else 3.0)}
    assert low == {}


def test_the_pdf_lines_are_told_from_white_paper() -> None:
    low = {k: round(ratio(v, "#ffffff"), 2) for k, v in PDF_SERIES.items() if ratio(v, "#ffffff") < 3.0}
    assert low == {}


def test_fields_and_buttons_take_the_control_border() -> None:
    sheet = (resource_folder() / "alliance.qss").read_text(encoding="utf-8")
    for selector in ("QPushButton {", "QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit, QComboBox {"):
        block = sheet[sheet.index(selector):].split("}", 1)[0]
        assert re.search(r"border:\s*1px solid @control_border", block), selector
