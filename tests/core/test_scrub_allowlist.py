"""The allow-list scrubber: normalisation, names that are words, whole tokens, clinical numbers, dates,
refusal of unsupported languages, linear time, and the corpus targets on the held-out half."""

from __future__ import annotations

import time

import pytest

from alliance.core.scrub import KnownIdentifiers, ScrubRefused, lexicon, normalise, scrub
from tests.core.scrub_corpus.score import CATEGORIES, adversarial_notes, load, score

MARIA = KnownIdentifiers.from_fields("Maria Lopez", "", "(617) 555-0199", "m.lopez@example.org", "12 Elm Street")


@pytest.mark.parametrize("hidden", [
    "Ma\u200bria", "Mar\u00adia", "\u202eMaria\u202c", "M\u0430ria", "Ｍａｒｉａ", "Ma\u2060ria", "\ufeffMaria",
])
def test_invisible_and_look_alike_characters_do_not_hide_a_known_name(hidden: str) -> None:
    out = scrub(f"{hidden} said the week was hard.", MARIA)
    assert out == "[NAME] said the week was hard."


def test_normalised_contact_details_are_found() -> None:
    assert scrub("Call ６１７ ５５５ ０１９９ or m.lo\u200bpez@example.org today.", MARIA) == \
        "Call [PHONE] or [EMAIL] today."


def test_normalise_removes_format_characters_and_folds_confusables() -> None:
    text = "a\u200bb\u00adc\u202ed\u202c е ｆ\u0007g\ufeff"
    out = normalise(text)
    assert out == "abcd e fg"
    assert all(ord(c) < 0x250 for c in out)


@pytest.mark.parametrize("name,keeps,goes", [
    ("Hope Fairbairn", "There was no hope in the room.", "Hope said the week was hard."),
    ("Will Sandoval", "SUDS will go to 9 if we push.", "Later Will said it was too much."),
    ("Will Sandoval", "Will you be safe tonight, I asked.", "Will arrived late again."),
    ("Rose Halloran", "The rose bush by the door calms her.", "We talked and Rose cried."),
    ("Grace Okafor", "She moved with grace and ease.", "Her mother shouted at Grace."),
    ("An Nguyen", "An image of the lake came up.", "An arrived ten minutes late."),
])
def test_names_that_are_words_are_judged_by_context(name: str, keeps: str, goes: str) -> None:
    known = KnownIdentifiers(names=(name,))
    assert scrub(keeps, known) == keeps
    assert "[NAME]" in scrub(goes, known)
    assert name.split()[0] not in scrub(goes, known).split()


def test_unlisted_relatives_nicknames_and_employers_go() -> None:
    out = scrub("Her sister Hope rang. They call her Sunny at home. He works at Halloran Logistics in Leeds.")
    for word in ("Hope", "Sunny", "Halloran", "Logistics", "Leeds"):
        assert word not in out, out
    assert out.startswith("Her sister [NAME] rang.")


def test_titles_mark_a_name_that_is_also_a_word() -> None:
    assert scrub("Referred by Dr Baker after the overdose.") == "Referred by Dr [NAME] after the overdose."
    assert scrub("Frau Schneider kam zu spät und Herr Koch auch.").count("[NAME]") == 2


def test_replacement_is_whole_tokens_never_inside_a_word() -> None:
    known = KnownIdentifiers(names=("Ben Dover",), addresses=("5 Bend Road",))
    text = "Bending forward, she said the road bends; bent over, then benign calm."
    assert scrub(text, known) == text
    assert scrub("She lives at 5 Bend Road now.", known) == "She lives at [ADDRESS] now."


@pytest.mark.parametrize("phrase", [
    "SUDS 9", "intensity 3", "10 minutes", "session 12", "0–10", "0-10 scale", "VOC 5", "SUDS from 8 to 3",
    "intensity 4 of 5", "rated trust 7/10", "PHQ-9 down to 14", "3 sets of tapping", "45 minutes",
    "at 3 am", "the 911 call", "since age 7",
])
def test_clinical_number_phrases_survive(phrase: str) -> None:
    text = f"Today {phrase} stood out."
    assert scrub(text) == text


@pytest.mark.parametrize("date", [
    "Thursday the 19th", "3/4", "Christmas Eve 2019", "March '13", "14 augustus", "12/3", "2024-05-17",
    "May 3rd", "the 4th of July", "17.03.2025", "3. März 2026", "Heiligabend", "New Year's Eve", "March 3, 2026",
])
def test_dates_in_every_written_form_go(date: str) -> None:
    out = scrub(f"It happened on {date} after work.")
    assert "[DATE]" in out or "[NUMBER]" in out
    for part in date.replace(",", " ").split():
        if part not in ("the", "of", "on"):
            assert part not in out.split(), (part, out)


@pytest.mark.parametrize("text,gone", [
    ("Her grandmother, 93, still lives there.", "93"),
    ("A 92-year-old neighbour saw it.", "92-year-old"),
    ("Her uncle is 96 years old.", "96"),
    ("Medicaid ID OR4471982X on file.", "OR4471982X"),
    ("MRN E1048823 from the ward.", "E1048823"),
    ("Plate KA-AB 123 outside again.", "KA-AB"),
    ("VIN 1HGCM82633A004352 in the report.", "1HGCM82633A004352"),
    ("Serial SN-88213-A on the tracker.", "SN-88213-A"),
    ("She posts at hollowgrove.org/blog daily.", "hollowgrove.org/blog"),
    ("Logged from 2001:db8:85a3::8a2e:370:7334 twice.", "2001:db8:85a3::8a2e:370:7334"),
    ("Logged from 192.168.4.21 twice.", "192.168.4.21"),
    ("Her handle @maria_rising is public.", "@maria_rising"),
])
def test_identifier_shapes_go(text: str, gone: str) -> None:
    assert gone not in scrub(text)


def test_client_codes_go() -> None:
    known = KnownIdentifiers(codes=("AvdB", "TB-9"))
    assert scrub("AvdB came; TB-9 is the code on the forms.", known) == "[ID] came; [ID] is the code on the forms."


def test_unsupported_language_is_refused_with_a_clear_message() -> None:
    french = "Elle est arrivée en retard et a parlé de sa mère pendant toute la séance sans pleurer."
    with pytest.raises(ScrubRefused, match="word list"):
        scrub(french)
    with pytest.raises(ScrubRefused, match="'fr'"):
        scrub("She came late.", KnownIdentifiers(language="fr"))


def test_supported_languages_are_detected() -> None:
    german = "Sie kam zu spät und sprach die ganze Stunde über ihre Mutter; die Angst lag bei SUDS 7."
    assert scrub(german) == german
    dutch = "Ze kwam te laat en praatte het hele uur over haar moeder en de angst."
    assert scrub(dutch) == dutch
    assert scrub("Ok.") == "Ok."


def test_app_taxonomy_and_instrument_words_are_in_the_clinical_lexicon() -> None:
    from alliance.core.taxonomy import MARKER_LABELS, STRATEGY_LABELS

    allowed = lexicon.allowed("en")
    for label in [*MARKER_LABELS.values(), *STRATEGY_LABELS.values()]:
        for word in label.replace("(", " ").replace(")", " ").replace(",", " ").replace("/", " ").split():
            assert word.lower().strip("'s") in allowed or word.lower() in allowed, word


def test_lexicons_ship_with_licences() -> None:
    from importlib import resources

    folder = resources.files("alliance.resources").joinpath("lexicons")
    names = {p.name for p in folder.iterdir()}
    assert {"en.txt", "de.txt", "README.md", "LICENCE-SCOWL.txt", "LICENCE-wordfreq.txt", "LICENCE-Faker.txt",
            "LICENCE-GeoNames.txt"} <= names


@pytest.mark.parametrize("label", sorted(adversarial_notes(10)))
def test_time_grows_linearly_with_the_note(label: str) -> None:
    scrub("warm up")

    def best(size: int) -> float:
        note = adversarial_notes(size)[label]
        times = []
        for _ in range(3):
            start = time.perf_counter()
            scrub(note)
            times.append(time.perf_counter() - start)
        return min(times)

    small, large = best(10_000), best(40_000)
    assert large < 8 * small + 0.05, (small, large)  # 4x the size: linear is ~4x, quadratic ~16x


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_corpus_targets(split: str) -> None:
    s = score(load(split))
    assert len(load("dev")) + len(load("heldout")) >= 300
    for category in CATEGORIES:
        assert s.planted[category] > 0, f"{category} missing from {split}"
        assert s.recall_of(category) >= 0.99, (category, [m[:2] for m in s.misses if m[0] == category][:5])
    assert s.recall >= 0.99
    assert s.kept >= 0.98, s.lost[:5]
    assert s.precision >= 0.90, s.over[:10]


def test_output_does_not_depend_on_hash_seeds() -> None:
    import subprocess
    import sys

    code = ("from alliance.core.scrub import scrub;"
            "print(scrub('Her therapist before me, Jan de Vries, retired. Hope said no; SUDS 4.'))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1, outs


def test_rupture_and_repair_wording_from_the_issue() -> None:
    assert "Sandoval" not in scrub("Rupture when Carl Sandoval was mentioned; she went quiet.")
    assert "12/3" not in scrub("Repair on 12/3: we named it together.")


@pytest.mark.parametrize("text", [
    "He reported 3 panic attacks this week.", "Target memory: the kitchen. NC: I am powerless. VOC 2.",
    "DBT skills: TIPP, DEAR MAN and STOP.", "Dissociated; reoriented with cold water.",
    "Sie hat heute zum ersten Mal über den Übergriff gesprochen.", "She said \"You never listen\" and left.",
])
def test_clinical_prose_stays(text: str) -> None:
    assert scrub(text) == text


@pytest.mark.parametrize("text,gone", [
    ("She lives at 12 oak lane now.", "oak lane"),
    ("Die Mutter ist 96 und lebt allein.", "96"),
    ("Her grandfather turned 94 this year.", "94"),
    ("She is ninety-three and frail.", "ninety-three"),
    ("Plate PR48 VIA again.", "VIA"),
    ("bei der Lidl-Betriebskrankenkasse versichert.", "Lidl"),
    ("and Will said no.", "Will"),
])
def test_identifiers_found_in_review_go(text: str, gone: str) -> None:
    assert gone not in scrub(text)


def test_german_titles_abbreviations_and_sentence_starts() -> None:
    out = scrub("Herr Dr. Wolfgang Maier-Lüdenscheid wohnt im Seniorenheim St. Anna. Die Angst war groß.")
    # the institution word goes with its name ("Seniorenheim St. Anna" is one identifier); "St." is Saint
    assert out == "Herr Dr. [NAME] wohnt im [NAME]. [NAME]. Die Angst war groß."
    assert scrub("Anna kam spät.") == "[NAME] kam spät."


def test_a_chained_clinical_number_looks_back_within_its_sentence_only() -> None:
    assert scrub("SUDS from 8 to 3, then 2.") == "SUDS from 8 to 3, then 2."
    assert scrub("SUDS 9 at the start. Then 5 people came.") == "SUDS 9 at the start. Then [NUMBER] people came."
