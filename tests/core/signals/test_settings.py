"""Settings: defaults of DOMAIN.md, round trip through the stored form, validation naming the setting."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from alliance.core.errors import ValidationError
from alliance.core.messages import Msg
from alliance.core.signals import DEFAULT_SETTINGS, SETTING_SPECS, SettingKind, settings_from_dict, settings_to_dict


def test_every_field_has_a_spec_with_its_default_in_range() -> None:
    names = {f.name for f in dataclasses.fields(DEFAULT_SETTINGS)}
    assert names == {s.name for s in SETTING_SPECS}
    for spec in SETTING_SPECS:
        assert isinstance(spec.label, Msg) and isinstance(spec.explanation, Msg)
        assert spec.minimum <= spec.default <= spec.maximum
        assert (spec.kind is SettingKind.DECIMAL) == isinstance(spec.default, Fraction)


def test_domain_defaults() -> None:
    s = DEFAULT_SETTINGS
    assert (s.baseline_sessions, s.baseline_min_sessions, s.sd_floor) == (6, 4, Fraction(1, 2))
    assert (s.drop_band_min, s.drop_band_z, s.drop_early) == (1, Fraction("1.96"), 2)
    assert (s.decline_window, s.decline_min_sessions, s.decline_slope, s.decline_p) == (8, 6, Fraction("0.15"),
                                                                                        Fraction("0.01"))
    assert (s.rupture_sessions, s.rupture_days, s.srs_low, s.srs_fall, s.srs_ceiling_run) == (2, 21, 36, 3, 4)


def test_round_trip_with_exact_decimal_strings() -> None:
    d = settings_to_dict(DEFAULT_SETTINGS)
    assert d["sd_floor"] == "0.5" and d["drop_band_z"] == "1.96" and d["decline_slope"] == "0.15"
    assert d["baseline_sessions"] == "6"
    assert settings_from_dict(d) == DEFAULT_SETTINGS
    changed = dataclasses.replace(DEFAULT_SETTINGS, sd_floor=Fraction(3, 4), rupture_days=14)
    assert settings_from_dict(settings_to_dict(changed)) == changed


def test_unknown_keys_are_ignored_and_missing_keep_defaults() -> None:
    assert settings_from_dict({"no such setting": "1", "rupture_days": "30"}).rupture_days == 30
    assert settings_from_dict({}) == DEFAULT_SETTINGS


@pytest.mark.parametrize(("name", "value"), [
    ("rupture_days", "0"), ("rupture_days", "366"), ("rupture_days", "ten"), ("rupture_days", "1.5"),
    ("sd_floor", "-0.1"), ("sd_floor", "abc"), ("sd_floor", 0.5), ("decline_p", "0.0001"), ("drop_band_t", True),
])
def test_bad_values_name_the_setting(name: str, value: object) -> None:
    with pytest.raises(ValidationError) as err:
        settings_from_dict({name: value})
    assert [p.field for p in err.value.problems] == [name]


def test_boundaries_of_a_range_are_allowed() -> None:
    assert settings_from_dict({"rupture_days": "1"}).rupture_days == 1
    assert settings_from_dict({"rupture_days": "365"}).rupture_days == 365
    assert settings_from_dict({"sd_floor": "0"}).sd_floor == 0


def test_contradicting_settings_are_refused() -> None:
    with pytest.raises(ValidationError) as err:
        settings_from_dict({"baseline_sessions": "4", "baseline_min_sessions": "5"})
    assert err.value.problems[0].field == "baseline_min_sessions"
