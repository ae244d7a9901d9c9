"""Scoring rules against hand-worked examples (manual rules cited in each instrument file)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from alliance.core.outcomes import OutcomeInputError, score

from .helpers import answers_for_total, instrument

PHQ9 = instrument("phq9")
GAD7 = instrument("gad7")
CORE10 = instrument("core10")
PCL5 = instrument("pcl5")
ITQ = instrument("itq")
ORS = instrument("ors")
DES2 = instrument("des2")


# --- PHQ-9 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately_severe"), (19, "moderately_severe"), (20, "severe"), (27, "severe"),
])
def test_phq9_bands_on_and_below_each_boundary(total: int, band: str) -> None:
    s = score(PHQ9, answers_for_total(PHQ9, total))
    assert s.total == total
    assert s.band is not None and s.band.id == band
    assert s.clinical is (total >= 10)


def test_phq9_all_several_days_is_nine_mild() -> None:
    s = score(PHQ9, {f"q{n}": 1 for n in range(1, 10)})
    assert (s.total, s.band and s.band.id, s.prorated, s.missing) == (9, "mild", False, ())
    assert str(s.band_label) == "Mild"


def test_phq9_difficulty_question_is_not_scored_and_not_missing() -> None:
    base = {f"q{n}": 2 for n in range(1, 10)}
    assert score(PHQ9, {**base, "difficulty": 3}).total == 18
    without = score(PHQ9, base)
    assert without.total == 18 and without.missing == () and not without.prorated


def test_phq9_one_missing_item_is_prorated_from_the_mean() -> None:
    answers: dict[str, int | None] = {f"q{n}": 2 for n in range(1, 9)}
    answers["q9"] = None
    s = score(PHQ9, answers)
    assert s.total == 18 and s.prorated and s.missing == ("q9",)  # 16 / 8 x 9
    assert s.note is not None and "1 item unanswered" in str(s.note)


def test_phq9_two_missing_items_prorate_to_an_exact_fraction() -> None:
    answers: dict[str, int | None] = dict(zip([f"q{n}" for n in range(1, 8)], [3, 3, 3, 0, 0, 0, 1], strict=True))
    s = score(PHQ9, answers)  # q8, q9 absent
    assert s.total == Fraction(90, 7)  # 10 / 7 x 9 = 12.857...
    assert s.band is not None and s.band.id == "moderate"
    assert s.clinical is True and s.prorated


def test_phq9_three_missing_items_give_no_total() -> None:
    s = score(PHQ9, {f"q{n}": 3 for n in range(1, 7)})
    assert s.total is None and s.band is None and s.clinical is None
    assert s.note is not None and "at most 2" in str(s.note)


def test_phq9_item9_above_zero_raises_a_safety_flag() -> None:
    assert [f.item_id for f in score(PHQ9, {**answers_for_total(PHQ9, 0), "q9": 1}).safety] == ["q9"]
    assert score(PHQ9, answers_for_total(PHQ9, 8)).safety == ()  # q9 is 0 here


# --- GAD-7 ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "severe"), (21, "severe"),
])
def test_gad7_bands(total: int, band: str) -> None:
    s = score(GAD7, answers_for_total(GAD7, total))
    assert s.total == total and s.band is not None and s.band.id == band


def test_gad7_one_missing_item_gives_no_total() -> None:
    s = score(GAD7, {f"q{n}": 3 for n in range(1, 7)})
    assert s.total is None and s.note is not None and "no pro-rating" in str(s.note)


def test_gad7_anchors_are_the_forms() -> None:
    assert [o.label for o in GAD7.response_options] == [
        "Not at all", "Several days", "More than half the days", "Nearly every day"]


# --- CORE-10 -------------------------------------------------------------------------------------

def test_core10_items_2_and_3_are_reversed() -> None:
    assert {i.id for i in CORE10.items if i.reversed} == {"q2", "q3"}
    assert score(CORE10, {f"q{n}": 0 for n in range(1, 11)}).total == 8  # q2, q3 "Not at all" score 4 each
    assert score(CORE10, {f"q{n}": 4 for n in range(1, 11)}).total == 32
    best = {f"q{n}": 0 for n in range(1, 11)} | {"q2": 4, "q3": 4}
    assert score(CORE10, best).total == 0


@pytest.mark.parametrize(("total", "band", "clinical"), [
    (10, "healthy_low", False), (11, "mild", True), (14, "mild", True), (15, "moderate", True),
    (19, "moderate", True), (20, "moderate_severe", True), (24, "moderate_severe", True), (25, "severe", True),
])
def test_core10_bands_and_cutoff(total: int, band: str, clinical: bool) -> None:
    s = score(CORE10, answers_for_total(CORE10, total))
    assert s.total == total and s.band is not None and s.band.id == band and s.clinical is clinical


def test_core10_one_missing_item_is_prorated_x10_over_9() -> None:
    answers: dict[str, int | None] = {f"q{n}": 2 for n in range(1, 10)}
    s = score(CORE10, answers)  # q10 missing, reversed 2 stays 2: 18 / 9 x 10
    assert s.total == 20 and s.prorated and s.band is not None and s.band.id == "moderate_severe"


def test_core10_prorated_fraction_just_over_the_cutoff_is_clinical() -> None:
    at_ten = {f"q{n}": 1 for n in range(1, 10)} | {"q2": 3, "q3": 3}  # 9 items scoring 1 each -> 10
    assert score(CORE10, at_ten).total == 10 and score(CORE10, at_ten).clinical is False
    over = at_ten | {"q1": 2}  # 10 / 9 x 10 = 100/9 = 11.1
    s = score(CORE10, over)
    assert s.total == Fraction(100, 9) and s.clinical is True and s.band is not None and s.band.id == "mild"


def test_core10_two_missing_items_give_no_total() -> None:
    assert score(CORE10, {f"q{n}": 1 for n in range(1, 9)}).total is None


def test_core10_risk_item_above_zero_flags() -> None:
    s = score(CORE10, {f"q{n}": 0 for n in range(1, 11)} | {"q6": 1})
    assert [(f.item_id, f.item_number, f.value) for f in s.safety] == [("q6", 6, 1)]


# --- PCL-5 ---------------------------------------------------------------------------------------

def _pcl(**values: int | None) -> dict[str, int | None]:
    return {f"q{n}": 0 for n in range(1, 21)} | values


def test_pcl5_total_and_clusters() -> None:
    s = score(PCL5, {f"q{n}": 2 for n in range(1, 21)})
    assert s.total == 40
    assert [(c.id, c.total) for c in s.clusters] == [("b", 10), ("c", 4), ("d", 14), ("e", 12)]
    assert s.diagnosis("provisional_ptsd").met is True


def test_pcl5_minimum_provisional_pattern_meets_the_rule() -> None:
    s = score(PCL5, _pcl(q1=2, q6=2, q8=2, q9=2, q15=2, q16=2))
    assert s.total == 12 and s.diagnosis("provisional_ptsd").met is True
    assert s.clinical is False  # a diagnosis pattern with a total below the cut-off


@pytest.mark.parametrize("drop", ["q1", "q6", "q9", "q16"])
def test_pcl5_one_cluster_short_is_not_provisional(drop: str) -> None:
    values = dict(q1=2, q6=2, q8=2, q9=2, q15=2, q16=2)
    values[drop] = 1  # rated 1 does not count as present
    assert score(PCL5, _pcl(**values)).diagnosis("provisional_ptsd").met is False


def test_pcl5_missing_items_leave_the_rule_undetermined_only_when_they_could_change_it() -> None:
    undecided = score(PCL5, _pcl(q1=2, q6=2, q8=2, q15=2, q16=2, q9=None))
    assert undecided.total is None and undecided.diagnosis("provisional_ptsd").met is None
    assert undecided.cluster("d").met is None and undecided.cluster("d").total is None
    already = score(PCL5, _pcl(q1=2, q6=2, q8=2, q9=2, q15=2, q16=2, q20=None))
    assert already.diagnosis("provisional_ptsd").met is True and already.total is None
    impossible = score(PCL5, _pcl(q6=None, q7=None) | {f"q{n}": 0 for n in range(1, 6)})
    assert impossible.cluster("b").met is False and impossible.diagnosis("provisional_ptsd").met is False


@pytest.mark.parametrize(("total", "clinical"), [(30, False), (31, True), (33, True)])
def test_pcl5_cutoff(total: int, clinical: bool) -> None:
    assert score(PCL5, answers_for_total(PCL5, total)).clinical is clinical


# --- ITQ -----------------------------------------------------------------------------------------

def _itq(**values: int | None) -> dict[str, int | None]:
    return {i.id: 0 for i in ITQ.items} | values


PTSD = dict(p1=2, p3=2, p5=2, p7=2)
DSO = dict(c1=2, c3=2, c5=2, c7=2)


def test_itq_ptsd_without_dso_is_ptsd_only() -> None:
    s = score(ITQ, _itq(**PTSD))
    assert (s.diagnosis("ptsd").met, s.diagnosis("cptsd").met) == (True, False)


def test_itq_cptsd_excludes_ptsd() -> None:
    s = score(ITQ, _itq(**PTSD, **DSO))
    assert (s.diagnosis("ptsd").met, s.diagnosis("cptsd").met) == (False, True)


def test_itq_dso_symptoms_without_dso_impairment_stay_ptsd() -> None:
    s = score(ITQ, _itq(**PTSD, c1=4, c3=4, c5=4, c7=1, c8=1, c9=1))
    assert (s.diagnosis("ptsd").met, s.diagnosis("cptsd").met) == (True, False)


def test_itq_dso_without_ptsd_is_neither() -> None:
    s = score(ITQ, _itq(**DSO, p1=2, p3=2, p5=2))  # no PTSD impairment item at 2
    assert (s.diagnosis("ptsd").met, s.diagnosis("cptsd").met) == (False, False)


def test_itq_ptsd_with_dso_unanswered_is_undetermined_not_ptsd() -> None:
    s = score(ITQ, _itq(**PTSD, c3=2, c5=2, c7=2, c1=None, c2=None))  # only affective dysregulation unknown
    assert (s.diagnosis("ptsd").met, s.diagnosis("cptsd").met) == (None, None)
    settled = score(ITQ, _itq(**PTSD, c1=None, c2=None))  # self-concept and relationships absent: not CPTSD
    assert (settled.diagnosis("ptsd").met, settled.diagnosis("cptsd").met) == (True, False)


def test_itq_symptom_present_at_two_not_one() -> None:
    s = score(ITQ, _itq(**(PTSD | {"p1": 1})))
    assert s.cluster("re").met is False and s.diagnosis("ptsd").met is False


# --- score entry ---------------------------------------------------------------------------------

def test_ors_entered_total_uses_the_below_cutoff() -> None:
    assert score(ORS, entered_total=24).clinical is True
    assert score(ORS, entered_total=25).clinical is False
    assert score(ORS, {"i1": 5, "i2": 6, "i3": 7, "i4": 8}).total == 26


def test_des2_mean_and_cutoff_exact() -> None:
    assert score(DES2, {f"i{n}": 30 for n in range(1, 29)}).total == 30
    s = score(DES2, {f"i{n}": 30 for n in range(1, 28)} | {"i28": 20})
    assert s.total == Fraction(830, 28) and s.clinical is False  # 29.64, just under 30
    assert score(DES2, entered_total=Fraction(30)).clinical is True
    assert score(DES2, entered_total=Fraction(299, 10)).clinical is False


def test_des2_rejects_values_off_its_ten_point_steps() -> None:
    with pytest.raises(OutcomeInputError, match="item 3"):
        score(DES2, {f"i{n}": 30 for n in range(1, 29)} | {"i3": 35})


# --- bad input -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("answers", "fragment"), [
    ({"q99": 1}, "no item 'q99'"),
    ({"q1": 4}, "item 1 must be a whole number from 0 to 3"),
    ({"q1": True}, "item 1 must be"),
    ({"q1": None}, "has no answers"),
])
def test_bad_answers_are_refused_with_a_message(answers: dict[str, int | None], fragment: str) -> None:
    with pytest.raises(OutcomeInputError) as err:
        score(PHQ9, answers)
    assert fragment in str(err.value)


def test_both_or_neither_input_is_refused() -> None:
    with pytest.raises(OutcomeInputError):
        score(ORS, {"i1": 1}, entered_total=3)
    with pytest.raises(OutcomeInputError):
        score(ORS)
    with pytest.raises(OutcomeInputError, match="from 0 to 40"):
        score(ORS, entered_total=41)


def test_administrations_are_frozen_values_with_frozen_answers() -> None:
    import datetime as dt

    from alliance.core.outcomes import Administration

    source = {"q1": 1}
    adm = Administration("a", "phq9", "s", 1, dt.date(2026, 1, 5), answers=source)
    source["q1"] = 3
    assert adm.answers == {"q1": 1} and len({adm, adm}) == 1
    with pytest.raises(TypeError):
        adm.answers["q1"] = 2  # type: ignore[index]


def test_entered_floats_are_refused_so_boundaries_stay_exact() -> None:
    with pytest.raises(OutcomeInputError, match="from 0 to 100"):
        score(DES2, entered_total=29.5)  # type: ignore[arg-type]
