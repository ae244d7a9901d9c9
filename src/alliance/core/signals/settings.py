"""Every threshold of the signal rules, with its default (DOMAIN.md, "Signals"), range and explanation.

``settings_to_dict`` / ``settings_from_dict`` give the form stored in the vault: names to exact strings
("6", "0.5", "1.96").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from alliance.core.errors import FieldProblem, ValidationError
from alliance.core.messages import Msg, msg
from alliance.core.signals.tdist import MAX_DF, TAILS

F = Fraction
_HALF = F(1, 2)
_ONE = F(1)
_Z95 = F("1.96")
_TWO = F(2)
_SLOPE = F("0.15")
_P01 = F("0.01")
_P025 = F("0.025")


@dataclass(frozen=True)
class SignalSettings:
    """The rules' numbers. Index quantities are in index points (0-10); decimals are exact fractions."""

    # baseline
    baseline_sessions: int = 6
    baseline_min_sessions: int = 4
    sd_sessions: int = 12
    sd_floor: Fraction = _HALF
    sd_prior: Fraction = _HALF
    sd_prior_df: int = 0
    # drop
    drop_band_min: Fraction = _ONE
    drop_band_z: Fraction = _Z95
    drop_band_t: int = 1  # 1: the multiplier is Student's t for the baseline's degrees of freedom
    drop_band_tail: Fraction = _P01
    drop_early: Fraction = _TWO
    component_fall: int = 3
    component_sessions: int = 3
    component_confirm: int = 2
    # inferred rupture-repair (V) episode
    v_sessions: int = 3
    v_margin: Fraction = _HALF
    # decline and trend
    decline_window: int = 8
    decline_min_sessions: int = 6
    decline_slope: Fraction = _SLOPE
    decline_p: Fraction = _P01
    decline_pool_sessions: int = 12
    decline_in_drop: int = 0
    # ruptures
    rupture_sessions: int = 2
    rupture_days: int = 21
    rupture_prompt_intensity: int = 2
    rupture_severe_intensity: int = 4
    # SRS
    srs_low: int = 36
    srs_fall: int = 3
    srs_run: int = 3
    srs_ceiling: int = 39
    srs_ceiling_run: int = 4
    srs_baseline_min: int = 3
    srs_sd_floor: Fraction = _ONE
    srs_band_tail: Fraction = _P025
    # perspective gap
    gap_min_sessions: int = 4
    gap_min: Fraction = _TWO
    gap_sd_factor: Fraction = _TWO


DEFAULT_SETTINGS = SignalSettings()


class SettingKind(StrEnum):
    INT = "int"
    DECIMAL = "decimal"


@dataclass(frozen=True)
class SettingSpec:
    """One setting as Preferences shows it."""

    name: str
    label: Msg
    explanation: Msg
    default: int | Fraction
    minimum: int | Fraction
    maximum: int | Fraction
    kind: SettingKind


def _spec(name: str, label: Msg, explanation: Msg, minimum: int | Fraction, maximum: int | Fraction) -> SettingSpec:
    default = getattr(DEFAULT_SETTINGS, name)
    kind = SettingKind.DECIMAL if isinstance(default, Fraction) else SettingKind.INT
    return SettingSpec(name, label, explanation, default, minimum, maximum, kind)


SETTING_SPECS: tuple[SettingSpec, ...] = (
    _spec("baseline_sessions", msg("Baseline sessions"),
          msg("How many of the client's latest earlier sessions make their usual level."), 3, 20),
    _spec("baseline_min_sessions", msg("Fewest baseline sessions"),
          msg("With fewer earlier sessions than this, only a large fall counts as a drop."), 2, 20),
    _spec("sd_sessions", msg("Spread sessions"),
          msg("How many of the client's latest earlier sessions estimate their session-to-session spread."),
          2, MAX_DF + 1),
    _spec("sd_floor", msg("Smallest spread"),
          msg("The client's session-to-session spread is taken as at least this (index points)."), F(0), F(5)),
    _spec("sd_prior", msg("Usual spread"),
          msg("The session-to-session spread expected of a stable client before their own sessions say more "
              "(index points)."), F(0), F(5)),
    _spec("sd_prior_df", msg("Weight of the usual spread"),
          msg("How many sessions' worth the usual spread counts for beside the client's own spread (0: off)."),
          0, 30),
    _spec("drop_band_min", msg("Smallest drop"),
          msg("A drop must be more than this far below the client's usual level (index points)."), F(0), F(10)),
    _spec("drop_band_z", msg("Drop band width"),
          msg("Multiplier of the spread for the drop band when the short-baseline allowance is off (1.96)."),
          F(0), F(10)),
    _spec("drop_band_t", msg("Allow for a short baseline"),
          msg("1: widen the band for a baseline of few sessions (Student's t); 0: use the multiplier as it is."),
          0, 1),
    _spec("drop_band_tail", msg("Drop band tail"),
          msg("With the short-baseline allowance: the chance that a stable session falls below the band "
              "(one-sided)."), TAILS[0], TAILS[-1]),
    _spec("drop_early", msg("Early drop"),
          msg("With fewer earlier sessions than the fewest baseline sessions, a fall of more than this below "
              "their mean is a drop."),
          F(1, 4), F(10)),
    _spec("component_fall", msg("Component fall"),
          msg("A component this many points below its own recent mean marks a drop."), 1, 10),
    _spec("component_sessions", msg("Component sessions"),
          msg("How many earlier sessions make a component's recent mean."), 1, 20),
    _spec("component_confirm", msg("Component fall sessions"),
          msg("A component must be that far down in this many sessions in a row (one noisy rating is weak "
              "evidence)."), 1, 5),
    _spec("v_sessions", msg("Rebound within"),
          msg("A drop that comes back within this many sessions is a rupture-repair episode."), 1, 20),
    _spec("v_margin", msg("Rebound margin"),
          msg("Back means within this much of the usual level (index points)."), F(0), F(10)),
    _spec("decline_window", msg("Decline window"),
          msg("How many of the latest sessions the decline and the trend look at."), 3, MAX_DF + 2),
    _spec("decline_min_sessions", msg("Fewest sessions for a decline"),
          msg("A decline or a trend needs at least this many sessions in the window."), 3, MAX_DF + 2),
    _spec("decline_slope", msg("Decline slope"),
          msg("The alliance must fall faster than this per session (index points)."), F(0), F(10)),
    _spec("decline_p", msg("Decline significance"),
          msg("The slope must be this unlikely under a stable alliance (one-sided p)."), TAILS[0], TAILS[-1]),
    _spec("decline_pool_sessions", msg("Decline scatter sessions"),
          msg("The slope is judged against the scatter of the window pooled with up to this many of the "
              "client's sessions before it (0: the window alone)."), 0, 30),
    _spec("decline_in_drop", msg("Declines during a drop"),
          msg("1: a decline is its own alert even in sessions that are already a drop; 0: the drop's alert "
              "stands for both."), 0, 1),
    _spec("rupture_sessions", msg("Rupture open for sessions"),
          msg("An unresolved rupture is an alert after this many further sessions."), 1, 50),
    _spec("rupture_days", msg("Rupture open for days"),
          msg("... or after this many days, whichever comes first."), 1, 365),
    _spec("rupture_prompt_intensity", msg("Mild rupture"),
          msg("A partly repaired rupture of at most this intensity is a prompt, not an alert."), 0, 5),
    _spec("rupture_severe_intensity", msg("Severe rupture"),
          msg("A rupture of at least this intensity (or a confrontation) weighs more."), 1, 5),
    _spec("srs_low", msg("SRS cue"),
          msg("An SRS total below this suggests a conversation (PCOMS cue)."), 0, 40),
    _spec("srs_fall", msg("SRS fall"),
          msg("A fall of at least this many points from the previous SRS is an alert."), 1, 40),
    _spec("srs_run", msg("SRS sessions above the cue"),
          msg("A first SRS below the cue after this many at or above it is an alert."), 1, 20),
    _spec("srs_ceiling", msg("SRS ceiling"),
          msg("Totals at or above this count towards the ceiling prompt."), 0, 40),
    _spec("srs_ceiling_run", msg("SRS ceiling sessions"),
          msg("This many sessions in a row at the ceiling prompt you to invite honest feedback."), 2, 20),
    _spec("srs_baseline_min", msg("SRS baseline"),
          msg("An SRS alert also needs the total below the client's own usual SRS, from this many earlier "
              "totals (0: off)."), 0, 20),
    _spec("srs_sd_floor", msg("Smallest SRS spread"),
          msg("The client's SRS spread is taken as at least this (points)."), F(0), F(20)),
    _spec("srs_band_tail", msg("SRS band tail"),
          msg("With the short-baseline allowance: the chance that a steady SRS total falls below the client's "
              "usual SRS band (one-sided)."), TAILS[0], TAILS[-1]),
    _spec("gap_min_sessions", msg("Perspective sessions"),
          msg("The dyad's usual gap needs at least this many earlier sessions with a check-in."), 2, 50),
    _spec("gap_min", msg("Perspective gap"),
          msg("The gap must differ from the dyad's usual gap by at least this (points, 0-10)."), F(0), F(10)),
    _spec("gap_sd_factor", msg("Perspective gap spread"),
          msg("... and by at least this many times the spread of the dyad's gap."), F(0), F(10)),
)
SPECS_BY_NAME: Mapping[str, SettingSpec] = {s.name: s for s in SETTING_SPECS}


def fraction_text(value: Fraction) -> str:
    """An exact decimal string for a fraction with a terminating decimal expansion (else 'p/q')."""
    if value.denominator == 1:
        return str(value.numerator)
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    scaled = abs(value) * 10**places
    digits = str(scaled.numerator).rjust(places + 1, "0")
    text = f"{digits[:-places]}.{digits[-places:]}".rstrip("0").rstrip(".")
    return f"-{text}" if value < 0 else text


def settings_to_dict(settings: SignalSettings) -> dict[str, str]:
    """Every setting as an exact string."""
    out: dict[str, str] = {}
    for spec in SETTING_SPECS:
        value = getattr(settings, spec.name)
        out[spec.name] = fraction_text(value) if isinstance(value, Fraction) else str(value)
    return out


def _parse(spec: SettingSpec, raw: object) -> int | Fraction | FieldProblem:
    bad = FieldProblem(spec.name, msg("{label} must be a number from {low} to {high}.", label=spec.label,
                                      low=spec.minimum, high=spec.maximum))
    if isinstance(raw, bool):
        return bad
    try:
        if spec.kind is SettingKind.INT:
            if isinstance(raw, int):
                value: int | Fraction = raw
            elif isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
                value = int(raw.strip())
            else:
                return bad
        else:
            if isinstance(raw, float):
                return bad
            if isinstance(raw, str):
                value = Fraction(raw.strip())
            elif isinstance(raw, int | Fraction):
                value = Fraction(raw)
            else:
                return bad
    except (ValueError, TypeError, ZeroDivisionError):
        return bad
    if not spec.minimum <= value <= spec.maximum:
        return bad
    return value


def settings_from_dict(values: Mapping[str, object]) -> SignalSettings:
    """Settings from their stored form; missing names keep their defaults, unknown names are ignored.

    Raises ValidationError naming every setting that is malformed, out of range or inconsistent.
    """
    problems: list[FieldProblem] = []
    chosen: dict[str, int | Fraction] = {}
    for spec in SETTING_SPECS:
        if spec.name not in values:
            continue
        parsed = _parse(spec, values[spec.name])
        if isinstance(parsed, FieldProblem):
            problems.append(parsed)
        else:
            chosen[spec.name] = parsed
    if problems:
        raise ValidationError(problems)
    result = dataclasses.replace(DEFAULT_SETTINGS, **chosen)  # type: ignore[arg-type]
    check_settings(result)
    return result


def check_settings(s: SignalSettings) -> None:
    """Raises ValidationError when settings contradict each other."""
    problems: list[FieldProblem] = []
    if s.baseline_min_sessions > s.baseline_sessions:
        problems.append(FieldProblem("baseline_min_sessions", msg(
            "Fewest baseline sessions cannot exceed the baseline sessions ({k}).", k=s.baseline_sessions)))
    if s.sd_sessions < s.baseline_sessions:
        problems.append(FieldProblem("sd_sessions", msg(
            "Spread sessions cannot be fewer than the baseline sessions ({k}).", k=s.baseline_sessions)))
    if s.decline_min_sessions > s.decline_window:
        problems.append(FieldProblem("decline_min_sessions", msg(
            "Fewest sessions for a decline cannot exceed the decline window ({w}).", w=s.decline_window)))
    if problems:
        raise ValidationError(problems)
