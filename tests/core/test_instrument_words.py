"""Every text of the relationship instruments' JSON files is marked for translation in core.instrument_words."""

from __future__ import annotations

import json
from pathlib import Path

from alliance.core.instrument_words import INSTRUMENT_WORDS

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "instruments"


def _texts(data: dict[str, object]) -> set[str]:
    out = {str(data[k]) for k in ("name", "short_name", "description", "copyright") if data.get(k)}
    out |= {str(v) for v in dict(data.get("anchors") or {}).values()}  # type: ignore[call-overload]
    for key, fields in (("items", ("label",)), ("categories", ("label", "description")), ("subscales", ("label",))):
        for entry in data.get(key) or []:  # type: ignore[attr-defined]
            out |= {str(entry[f]) for f in fields if entry.get(f)}
    return out


def test_every_instrument_text_is_marked_for_translation() -> None:
    found = set().union(*(_texts(json.loads(p.read_text())) for p in sorted(FOLDER.glob("*.json"))))
    assert found - set(INSTRUMENT_WORDS) == set()
    assert set(INSTRUMENT_WORDS) - found == set()  # none left over from a wording that changed
