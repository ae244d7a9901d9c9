"""Signal rules (DOMAIN.md, "Signals"): alerts and prompts judged against each client's own baseline.

Pure and exact: ratings are whole numbers, so the alliance index is handled in quarter points (the sum of
the four ratings) and every boundary is decided with integers (cross-multiplied, squared where a square root
would appear) — never a float. ``evaluate`` reads a client's whole history; nothing is windowed away.

Modules: ``history`` (inputs), ``settings`` (every threshold, its range and words), ``band`` (the drop band),
``drops`` (baseline, drop and component drop, episodes, inferred V), ``decline`` (slope test, trend),
``ruptures``, ``srs``, ``gap`` (perspective gap), ``lifecycle`` (state, weights), ``model`` (outputs),
``tdist`` (Student's t critical values as rationals), ``evaluate``.

Lifecycle: a signal is ACTIVE until its condition ends (then RECOVERED, with ``ended``: the session where it
ended) or its key is acknowledged (ACKNOWLEDGED while the condition lasts). Keys: ``drop:<session id of the
episode's first session>``, ``decline:<session id where first seen>``, ``rupture:<rupture id>``,
``srs-low:`` / ``srs-fall:`` / ``srs-below:`` / ``srs-ceiling:`` / ``gap:<session id>``.

Day counts never appear in ``Signal.reason`` (de-identified exports may carry it): a rupture that fired on
the day limit says "not resolved within the 21-day limit" (the setting, not the client's interval) and counts
further sessions; the day count is in ``numbers["days"]`` and ``reason_dated`` only.

Departures from DOMAIN.md
-------------------------
Measured with ``python -m benchmarks.bench_signals`` (600 seeded simulated clients per row, 20 sessions; base
seed 20261203 unless said). Each can be switched back in the settings; the benchmark prints the rules as
written beside them.

Stable clients' alerts per 20 sessions (item ±1 / session ±1 / Gaussian SD 1 / ceiling 9-10 / realistic mix),
and true dips and declines (realistic mix) alerted in time, V episodes with a decline alert after the rupture,
adding the departures one at a time:

    as written        0.133 / 0.895 / 0.915 / 0 / 0.358   dips 98.2%   declines 87.8%
    1. t band         0.037 / 0.505 / 0.732 / 0 / 0.175   dips 94.8%   declines 77.3%
    2. confirm        0.037 / 0.505 / 0.180 / 0 / 0.108   dips 92.7%   declines 74.0%
    3. early > 2.0    0.035 / 0.353 / 0.177 / 0 / 0.107   dips 92.7%   declines 74.0%   V 2.2%
    6. spread 12      0.053 / 0.295 / 0.243 / 0 / 0.173   dips 97.3%   declines 82.0%   V 2.2%
    7. tail 1%        0.033 / 0.193 / 0.135 / 0 / 0.093   dips 92.3%   declines 72.0%   V 2.2%
    8. pooled slope   0.042 / 0.150 / 0.152 / 0 / 0.113   dips 93.5%   declines 79.7%   V 10.0%
    9. fold           0.042 / 0.143 / 0.147 / 0 / 0.112   dips 93.5%   declines 79.7%   V 1.5%

With all of them, other base seeds: 777: 0.063 / 0.115 / 0.168 / 0.002 / 0.082, dips 92.3%, declines 83.5%;
4242: 0.068 / 0.145 / 0.160 / 0 / 0.107, dips 92.3%, declines 82.7%. (600 clients: a share has a standard
error of about 1.6 points.)

1. **The drop band is a t prediction interval** (``drop_band_t = 1``): the multiplier of the SD is Student's
   t for the spread's degrees of freedom instead of 1.96. An SD estimated on a few sessions is itself
   uncertain and 1.96 treats it as known: as written 36-65% of stable clients under three noise models got an
   alert within 20 sessions. Its tail is 1% (departure 7).
2. **A component drop needs two sessions in a row** (``component_confirm = 2``): the component is ≥ 3 below
   its mean over the 3 sessions before the first of them. One noisy component rating is weak evidence:
   under Gaussian noise (SD 1 per component) a single-session fall of 3 happens in about 2.4% of sessions
   (about 0.57 component alerts per client per 20 sessions with the t band); requiring the index also 0.5
   below its usual level left 0.38, 1.0 below 0.155; two sessions in a row leave 0.02. The alert is raised at the
   confirming session (``started``).
3. **The early drop (1-3 earlier sessions) needs more than 2.0, not 2.0 or more**: a fall of exactly 2.0 is
   the whole range of a client whose four ratings move together by ±1; "≥ 2.0" gave that model 0.17 alerts
   per client in its first sessions alone, "> 2.0" 0.02. The band rule already says "more than".
4. **SRS alerts need a reliable fall** (``srs_baseline_min = 3``, ``srs_sd_floor = 1``, ``srs_band_tail =
   0.025``): the fall of ≥ 3 from the previous SRS, or the first total below 36 after 3 at 36 or more, is an
   alert only when the total is also below the client's own usual SRS (mean of up to 6 earlier totals, at
   least 3) by more than a t band (2.5% tail, SD floor 1 point). SRS totals of satisfied clients scatter by
   1-2 points: as written they got 1.350 SRS alerts per 20 sessions (72% of clients); with the reliability
   condition 0.097 (9.5%). The prompt below 36 is unchanged. (The SRS band keeps the 2.5% tail of the
   previous round: departure 7 is about the index.)
5. **No decline while the index climbs back after a logged repair**: DOMAIN's "latest session not above the
   first half's mean" still reads a decline in the issue's case (a repair, then 5.25 -> 6.75, still below
   the first half); a repair logged at or after the window's lowest session with the latest session above
   that low is a recovery, not a decline (the trend then reads flat).
6. **The SD comes from up to 12 sessions, the mean from the last 6** (``sd_sessions = 12``; DOMAIN: the SD
   from the baseline). Six sessions are too few for a spread: session noise ±1 takes three values, and six of
   them often show an SD of 0.4 or less for a true 0.82, which is where the false drops of that model came
   from (0.18 per client). The spread sessions are the ones before the baseline's end, so an open episode
   still freezes them. Alone it lowers session noise (0.353 -> 0.295) but the extra degrees of freedom shrink
   t and with it the band on the SD floor (Gaussian 0.177 -> 0.243); hence 7.
7. **The drop band's tail is 1%, not 2.5%** (``drop_band_tail = 0.01``). With a spread that is well
   estimated, a 2.5% tail is what it says: about 2.5% of a stable client's ~15 judged sessions, 0.35 alerts per
   20 sessions, against a budget of 0.2 for all rules together; 1% per session is the budget's share for the
   drop. With a 6-session spread the 1% tail was rejected (dips 73%: t(0.99; 5) = 3.365 on the floor is a
   band of 1.82); with 12 sessions t(0.99; 11) = 2.718 and the band on the floor is 1.47, dips 92.3%.
8. **The decline's slope is judged against the client's pooled scatter** (``decline_pool_sessions = 12``):
   the window's residual variance (n−2 degrees of freedom) pooled with the scatter of up to 12 sessions just
   before the window about their own mean, so the test has up to 17 degrees of freedom (one-sided .01
   critical t 2.65 at 13 instead of 3.14 at 6). "Slope < −0.15", "p < .01" and "not while recovering" are
   unchanged. The decline rule alone catches 72.5% of true declines in 6 sessions instead of 65%; stable false
   declines fall under session noise (0.17 -> 0.12: six three-valued residuals often have a tiny scatter).
   Tried alone in the previous round and rejected for its V episodes (a single low session after calm ones
   reads as a significant decline: 10.0%); 9 answers that.
9. **A decline read inside a drop episode is the drop's alert** (``decline_in_drop = 0``): a slope read
   while the index is already below the client's band is the same step down; the drop's alert stands for
   both (its ``numbers["decline_slope"]`` and a line in "Why am I seeing this?" say so). A decline still read
   after the episode ends is raised from there, with its own key. V episodes with a decline alert 10.0% ->
   1.5%.

Not met: with the base seed, true declines of 0.25 per session under the realistic mix are alerted within 6
sessions in 79.7% (budget 80%; 83.5% and 82.7% with base seeds 777 and 4242; over ten base seeds 79.7-85.5%,
mean 82.8%: the base seed is the lowest of them). Over the same ten seeds the stable rows stay at or below
0.158 (session noise) and 0.193 (Gaussian: the closest to its budget), dips 89.0-93.5%. The decline rule at p < .01
over 8 sessions has about 72% power there (the misses are slopes not significant at an index SD of 0.45-0.65);
the rest comes from drops, whose band is held by the false-alert budget. Also tried and rejected (base
seed): a prior for the spread (scaled inverse-χ², ``sd_prior``/``sd_prior_df``, kept off): σ0 = 0.5 with 4
df gave declines 82.5% but session noise 0.288 (a prior below that client's true 0.82 pulls its spread down);
σ0 = 0.75, 4 df: session noise 0.140, declines 69.0%; σ0 = 0.5, 2 df: 0.227 / 81.5%; σ0 = 1 on the old rules
cost dips (80.7%). DOMAIN's "vary by about a point" does not pin σ0 between 0.5 and 1, and every choice
moves session noise and declines in opposite directions. An SD over 20 sessions: no change (declines
79.8%). The spread about the sessions' own trend line rather than their mean: declines 80.0%, session noise
0.143 -> 0.162. A two-session drop (the mean of two sessions below the band for two sessions): at a 1% tail
declines 81.3% but session noise 0.188; at 0.5% declines 80.3%, session noise 0.157 — small for a new rule.
"Latest strictly below the first half" for declines: no change.
"""

from __future__ import annotations

from alliance.core.signals.evaluate import evaluate
from alliance.core.signals.history import ClientHistory, RepairObs, RuptureObs, SessionObs
from alliance.core.signals.model import (
    Baseline,
    ClientSignals,
    Direction,
    DropEpisode,
    Level,
    RepairEpisode,
    Rule,
    Signal,
    SignalText,
    State,
    Trend,
)
from alliance.core.signals.settings import (
    DEFAULT_SETTINGS,
    SETTING_SPECS,
    SettingKind,
    SettingSpec,
    SignalSettings,
    settings_from_dict,
    settings_to_dict,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "SETTING_SPECS",
    "Baseline",
    "ClientHistory",
    "ClientSignals",
    "Direction",
    "DropEpisode",
    "Level",
    "RepairEpisode",
    "RepairObs",
    "Rule",
    "RuptureObs",
    "SessionObs",
    "SettingKind",
    "SettingSpec",
    "Signal",
    "SignalSettings",
    "SignalText",
    "State",
    "Trend",
    "evaluate",
    "settings_from_dict",
    "settings_to_dict",
]
