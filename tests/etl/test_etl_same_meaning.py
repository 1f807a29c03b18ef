"""The same report typed another way reads the same: rewrites that keep a report's meaning — the
quotes a clerk's Word types ("…", “…”, „…“ for «…»), double spaces and spaces at a line's end, «чел.»
for «человек», «он-лайн», «город» for «г.», a spaced date range «18 – 20 ноября», numeric or shortened
dates, «г.» for «года», NBSPs, dashes, CRLF, event numbers «1)» or «1», capitalised months, «обл.»,
«Белоруссия», «(РБ)», headings in capitals, е for ё, a title typed in quotes, «г.» left out — applied to a whole report must not
change a single derived field of any event: sector, dates, format, direction, type, venue country,
partner countries, foreign regions, head counts (total, foreign, online), agreement, officials met,
and the organisations' countries and kinds.

The reports: the real sample (data/raw) — also saved as a Word table after each rewrite — and every
UTF-8 text dump among the SYNTHETIC fixtures of
other regions and templates (tests/fixtures). A rewrite that changes nothing in a report is not
counted for it. This is a net under every parser at once: a rule written for one typing of a phrase
and not another fails here, in whichever report first types it so.

Before parser 1.10.28 the quotes, double spaces, line-end spaces, the spaced range, «чел.» before a
bracket of parts, a «; »-joined list, «он-лайн» and «город» (a row's «город Кингисепп» read as a header
cell under a page's repeated title) each changed events."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl import normalize
from etl.attendance import parse_attendance
from etl.geo import foreign_regions, parse_venue
from etl.organisations import Context, find_organisations
from etl.lemmas import matching_form, single_spaced, unified_quotes
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"


def _utf8_dumps() -> list[Path]:
    found = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.txt")):
        try:
            path.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue  # the cp1251 and UTF-16 twins: their UTF-8 originals are here
        found.append(path)
    return found


REPORTS = [SAMPLE, *_utf8_dumps()]

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
SHORT_MONTHS = {"января": "янв.", "февраля": "февр.", "марта": "мар.", "апреля": "апр.", "августа": "авг.",
                "сентября": "сент.", "октября": "окт.", "ноября": "нояб.", "декабря": "дек."}
_WRITTEN_DATE = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})(?:\s*года|\s*г\.)?")


def _numeric_dates(text: str) -> str:
    """«25 сентября 2024 года» → «25.09.2024»."""
    return _WRITTEN_DATE.sub(lambda m: f"{int(m.group(1)):02d}.{MONTHS.index(m.group(2)) + 1:02d}.{m.group(3)}", text)


REWRITES = {
    "straight quotes": lambda t: t.replace("«", '"').replace("»", '"'),
    "German quotes": lambda t: t.replace("«", "„").replace("»", "“"),
    "English quotes": lambda t: t.replace("«", "“").replace("»", "”"),
    "double spaces": lambda t: t.replace(" ", "  "),
    "spaces at line ends": lambda t: re.sub(r"(?m)(?<=\S)$", "  ", t),
    "чел. for человек": lambda t: re.sub(r"\bчеловек\b", "чел.", t),
    "spaced ranges": lambda t: re.sub(r"(\d)\s*[-–]\s*(\d)", r"\1 – \2", t),
    "en dash ranges": lambda t: re.sub(r"(\d)\s*-\s*(\d)", r"\1–\2", t),
    "em dashes": lambda t: t.replace(" - ", " — ").replace(" – ", " — "),
    "; joined lists": lambda t: re.sub(r";\n(?=[^\t\n ])", "; ", t),
    "numeric dates": _numeric_dates,
    "г. for года": lambda t: re.sub(r"(\d{4}) года", r"\1 г.", t),
    "year without года": lambda t: re.sub(r"(\d{4}) года", r"\1", t),
    "NBSP after digits": lambda t: re.sub(r"(\d) (?=\w)", "\\1\u00a0", t),
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "numbers as 1)": lambda t: re.sub(r"(?m)^\t(\d+)\. *$", r"\t\1)", t),
    "numbers without a dot": lambda t: re.sub(r"(?m)^\t(\d+)\. *$", r"\t\1", t),
    "г.Минск without a space": lambda t: re.sub(r"\bг\. (?=[А-Я])", "г.", t),
    "capitalised months": lambda t: re.sub(r"\b(" + "|".join(MONTHS) + r")\b", lambda m: m.group(1).capitalize(), t),
    "обл. for области": lambda t: re.sub(r"(Смоленск|Витебск|Могилевск|Гродненск|Брестск|Гомельск|Минск)(ой|ая|ую) области",
                                         r"\1\2 обл.", t),
    "он-лайн for онлайн": lambda t: t.replace("онлайн", "он-лайн").replace("Онлайн", "Он-лайн"),
    "город for г.": lambda t: re.sub(r"\bг\. (?=[А-Я])", "город ", t),
    "shortened months": lambda t: re.sub(r"\b(\d{1,2}) (" + "|".join(SHORT_MONTHS) + r")\b",
                                         lambda m: f"{m.group(1)} {SHORT_MONTHS[m.group(2)]}", t),
    "Белоруссия for Беларусь": lambda t: t.replace("Республика Беларусь", "Республика Белоруссия")
                                          .replace("Республики Беларусь", "Республики Белоруссии"),
    "(РБ) for (Республика Беларусь)": lambda t: t.replace("(Республика Беларусь)", "(РБ)"),
    "headings in capitals": lambda t: re.sub(r"(?m)^(\s*\t)(Сотрудничество [^\n]*)$",
                                             lambda m: m.group(1) + m.group(2).upper(), t),
    "е for ё": lambda t: t.replace("ё", "е").replace("Ё", "Е"),
    "г. left out": lambda t: re.sub(r"\bг\. ?(?=[А-Я])", "", t),
    "titles in quotes": lambda t: re.sub(r"(?m)^\t((?:Участие|Визит|Проведение|Встреча|Международн)[^\n«»]*)$(?=\n\t)",
                                         r"\t«\1»", t),
}


def _derived(text: str, name: str) -> dict[int, dict]:
    """What the parser derives of each event (not the texts as written, which a rewrite changes)."""
    return _derived_from_bytes(text.encode("utf-8"), name)


def _derived_from_bytes(data: bytes, name: str) -> dict[int, dict]:
    report = normalize.build_report(read_bytes(data, name))
    return {e.n: {"sector": e.sector_key, "start": e.start_date, "end": e.end_date, "format": e.format,
                  "direction": e.direction, "type": e.event_type, "venue_country": e.venue_country,
                  "partners": e.partner_countries, "foreign_regions": e.foreign_regions,
                  "total": e.attendance_total, "foreign": e.attendance_foreign, "online": e.attendance_online,
                  "agreement": e.agreement, "officials": sorted(o.name for o in e.officials),
                  "organisations": sorted(f"{o.country}:{o.kind}" for o in e.organisations)}
            for e in report.events}


@pytest.fixture(scope="module")
def originals() -> dict[Path, tuple[str, dict]]:
    texts = {path: path.read_bytes().decode("utf-8-sig") for path in REPORTS}
    return {path: (text, _derived(text, path.name)) for path, text in texts.items()}


def test_the_reports_are_many_and_read():
    assert len(REPORTS) >= 15
    assert SAMPLE in REPORTS


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_rewrite_that_keeps_the_meaning_keeps_every_event(originals, rewrite):
    changed, differences = 0, []
    for path, (text, before) in originals.items():
        rewritten = REWRITES[rewrite](text)
        if rewritten == text:
            continue
        changed += 1
        after = _derived(rewritten, path.name)
        assert sorted(after) == sorted(before), f"{path.name}: events {sorted(set(before) ^ set(after))} gained or lost"
        for n, fields in before.items():
            for field, value in fields.items():
                if after[n][field] != value:
                    differences.append(f"{path.name} № {n} {field}: {value!r} → {after[n][field]!r}")
    assert changed, f"«{rewrite}» changes none of the reports: it tests nothing"
    assert not differences, "\n".join(differences[:20])


# ------------------------------------------------------------------ the rules, one by one

@pytest.mark.parametrize("typed, read", [
    ('"Театр "Мастерская""', "«Театр «Мастерская»»"),
    ("„Беларуськалий“", "«Беларуськалий»"),
    ("„Беларуськалий”", "«Беларуськалий»"),
    ("“Беларуськалий”", "«Беларуськалий»"),
    ('ООО"Ромашка" и "Лайт"', "ООО«Ромашка» и «Лайт»"),
    ('"А", "Б" и ("В")', "«А», «Б» и («В»)"),
    # a name's lost closing quote stays lost, as «…«…» does
    ('ФГБУК "Музей А.С. Грибоедова "Хмелита", экскурсия', "ФГБУК «Музей А.С. Грибоедова «Хмелита», экскурсия"),
])
def test_quotes_of_every_typing_are_read_as_guillemets(typed, read):
    assert unified_quotes(typed) == read
    assert matching_form(typed) == read


@pytest.mark.parametrize("typed", [
    'монитор 17"',                      # an inch mark closes nothing
    'диагональ 17" и 19"',
    "«Беларуськалий» без других кавычек",
    "без кавычек вовсе",
])
def test_quotes_that_pair_nothing_stay_as_typed(typed):
    assert unified_quotes(typed) == typed


@pytest.mark.parametrize("typed, read", [
    ("провел  презентацию", "провел презентацию"),
    ("1   500 человек", "1 500 человек"),
    ("г. Минск, \nРеспублика Беларусь", "г. Минск,\nРеспублика Беларусь"),
    ("строка  \n\n  следующая", "строка\n\n следующая"),
    ("одна строка", "одна строка"),
])
def test_runs_of_spaces_are_one_and_line_ends_have_none(typed, read):
    assert single_spaced(typed) == read


@pytest.mark.parametrize("cell, city, country", [
    ("18 – 20 ноября 2025 г., г. Минск", "Минск", "BY"),
    ("18 ноября – 20 ноября 2025 г., г. Минск", "Минск", "BY"),
    ("07.10.2025 – 09.10.2025, г. Выборг", "Выборг", "RU"),
    ("с 1 по 3 октября 2024 г. - г. Брест, Республика Беларусь", "Брест", "BY"),
    ("1 – 3 октября; г. Гомель", "Гомель", "BY"),
    # places either side of a dash or «;»: the first is where we were, as before
    ("г. Псков – г. Костанай (ВКС)", "Псков", "RU"),
    ("г. Смоленск – 2 дня, г. Минск", "Смоленск", "RU"),
    ("г. Минск; г. Смоленск", "Минск", "BY"),
])
def test_a_date_range_before_the_place_is_no_second_place(cell, city, country):
    venue = parse_venue(cell, with_region=False)
    assert (venue.city, venue.country) == (city, country)


def _home(text: str):
    return normalize.home_of("Смоленская область").mentioned_in(text)


@pytest.mark.parametrize("cell, total, foreign", [
    ("30 чел. (12 – Республика Беларусь, 18 – Смоленская область)", 30, 12),
    ("15 чел. (9 – китайская сторона, 6 – российская сторона)", 15, 9),
    ("30 человек (12 – Республика Беларусь, 18 – Смоленская область)", 30, 12),
])
def test_an_abbreviated_people_word_before_a_bracket_of_parts(cell, total, foreign):
    counted = parse_attendance(cell, _home, people_cell=True)
    assert (counted.total, counted.foreign) == (total, foreign)


@pytest.mark.parametrize("cell, total, foreign", [
    # a «;» ends the side named before it, as a «;» at a line's end does
    ("Представитель Витебского областного центра (Республика Беларусь); участники объединения «Золотой возраст» "
     "ГБУК «Смоленский областной центр народного творчества» (14 человек)", 14, None),
    ("Представители Витебского облисполкома (Республика Беларусь); студенты СмолГУ (30 человек)", 30, None),
    # the side named in the count's own clause still counts
    ("Делегация Республики Беларусь (12 человек); российская сторона (8 человек)", 20, 12),
    ("Делегация Могилевской области (Республика Беларусь) – 15 человек; представители Смоленской области – 20 человек",
     35, 15),
])
def test_a_semicolon_ends_the_side_said_before_it(cell, total, foreign):
    counted = parse_attendance(cell, _home, people_cell=True)
    assert (counted.total, counted.foreign) == (total, foreign)
    joined_by_line = parse_attendance(cell.replace("; ", ";\n"), _home, people_cell=True)
    assert (joined_by_line.total, joined_by_line.foreign) == (total, foreign)


@pytest.mark.parametrize("typed, read", [
    ("в формате он-лайн", "в формате онлайн"),
    ("Он-лайн конференция", "Онлайн конференция"),
    ("подключились он лайн", "подключились онлайн"),
    ("салон-лайнер", "салон-лайнер"),   # no «он-лайн» inside another word
    ("офлайн", "офлайн"),
])
def test_online_spelt_with_a_hyphen_is_online(typed, read):
    assert matching_form(typed) == read


@pytest.mark.parametrize("content, expected", [
    ("Встреча прошла в формате он-лайн", "online"),
    ("Он-лайн совещание с коллегами из Минска", "online"),
    ("Семинар проведён в формате офф-лайн", "in_person"),
])
def test_a_format_spelt_with_a_hyphen(content, expected):
    assert normalize.classify_format("Совещание", "г. Смоленск", matching_form(content), "") == expected


def _dump_with_a_page_top(venue: str) -> str:
    """SYNTHETIC: a text dump whose first page ends inside event 2's title; the next page opens with the
    report's title typed again, then the title's last line, then event 2's other cells."""
    title = "Отчёт о международных связях Смоленской области за IV квартал 2024 года"
    header = ["№ п/п", "Наименование мероприятия", "Дата и место проведения", "Участники", "Итоги"]
    return "\n".join([
        "SYNTHETIC", title, "", *(f"\t{h}" for h in header), "",
        "\t1", "\tВстреча с делегацией Республики Беларусь", "\t7 октября 2024 г., г. Смоленск",
        "\t12 человек", "\tПодписано соглашение", "",
        "\t2", "\tФестиваль с участием коллективов из Беларуси,", "- 2 -", "", title, "", "Сербии и Армении",
        f"\t25 ноября 2024 г., {venue}", "\t200 человек", "\t—", ""])


@pytest.mark.parametrize("venue", ["г. Рославль", "город Рославль", "город Рославль, Смоленская область"])
def test_a_row_naming_a_city_under_a_page_top_title_is_no_header(venue):
    report = normalize.build_report(read_bytes(_dump_with_a_page_top(venue).encode("utf-8"), "page_top.txt"))
    second = report.events[1]
    assert [e.n for e in report.events] == [1, 2]
    assert (second.start_date.isoformat(), second.attendance_total) == ("2024-11-25", 200)
    assert "Сербии и Армении" in second.title
    assert set(second.partner_countries) >= {"BY", "RS", "AM"}


# ------------------------------------------------------------------ a place named without «г.»

@pytest.mark.parametrize("text, region", [
    ("Могилев, Республика Беларусь", "Могилевская область"),
    ("г. Витебск\nРеспублика Беларусь", "Витебская область"),   # the name ran on into the next line's word
    ("учреждения Октябрьского района Витебска (Республика Беларусь)", "Витебская область"),
    ("избирательные участки Ташкента, Самарканда, Чирчика (Республика Узбекистан)", "Самаркандская область"),
    ("делегация из Гродно", "Гродненская область"),
    ("конференция в Могилеве", "Могилевская область"),
])
def test_a_foreign_city_without_its_g_gives_its_region(text, region):
    assert region in foreign_regions([text])


@pytest.mark.parametrize("text", [
    "Лида Петрова (Республика Беларусь)",        # a woman's name, not the town
    "Минск, Республика Беларусь",               # the capital lies in no region
    "Могилев",                                  # no country named and no preposition: not said to be a city
])
def test_a_word_that_may_be_a_city_gives_no_region_unless_it_is_one(text):
    assert foreign_regions([text]) == []


@pytest.mark.parametrize("region, venue, town", [
    ("Ростовская область", "Шахты", "Шахты"),
    ("Ростовская область", "Шахты (Ростовская область)", "Шахты"),
    ("Псковская область", "Великие Луки", "Великие Луки"),
    ("Псковская область", "Великие Луки, Псковская область", "Великие Луки"),
])
def test_a_home_town_whose_name_is_a_common_word_alone_in_the_venue(region, venue, town):
    assert parse_venue(venue, with_region=False).city == town
    assert normalize.home_of(region).mentioned_in(venue)


@pytest.mark.parametrize("region, venue", [
    ("Ростовская область", "угольные шахты Донбасса"),   # the word in a sentence is the common word
    ("Псковская область", "на берегу, где луки и стрелы"),
])
def test_a_common_word_in_a_sentence_is_no_town(region, venue):
    assert parse_venue(venue, with_region=False).city is None
    assert not normalize.home_of(region).mentioned_in(venue)


def test_a_place_in_brackets_after_a_name_is_no_abbreviation_of_it():
    """«СОГБУ «Молодежный центр «Пушкинский» (Смоленск)»: every later venue «Смоленск» named that body."""
    text = ("\tПроект подготовлен СОГБУ «Молодежный центр «Пушкинский» (Смоленск)",
            "\tКонцерт в Смоленске", "\tВстреча с делегацией Республики Беларусь")
    dump = "\n".join([
        "SYNTHETIC", "Отчёт о международных мероприятиях Смоленской области за IV квартал 2024 года", "",
        "\t№ п/п", "\tНаименование мероприятия", "\tМесто проведения", "\tСроки проведения", "\tРезультат",
        "\tУчастники", "",
        "\t1", "\tФотовыставка «Традиции»", "\tСмоленск", "\t5 октября 2024 года", text[0], "\t30 человек", "",
        "\t2", "\tКонцерт", "\tСмоленск", "\t6 октября 2024 года", "\tКонцерт белорусских артистов",
        "\t200 человек", ""])
    report = normalize.build_report(read_bytes(dump.encode("utf-8"), "bracket_place.txt"))
    first, second = report.events
    assert any("Пушкинский" in o.name for o in first.organisations)
    assert not any("Пушкинский" in o.name for o in second.organisations)


# ------------------------------------------------------------------ the same rewrites in a Word file

def _word_file(text: str) -> bytes:
    """The text dump's table as a .docx (one Word table, sector headings as merged rows)."""
    from docx_builder import grid_to_docx
    from etl.layout import grid_from_text

    return grid_to_docx(grid_from_text(text))


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_rewrite_typed_in_word_keeps_every_event_of_the_sample(originals, rewrite):
    """The real sample rewritten, then saved as a Word table: every event derives what the text dump's
    original does — the .docx reader hands the parsers the same cells."""
    text, before = originals[SAMPLE]
    after = _derived_from_bytes(_word_file(REWRITES[rewrite](text)), "sample.docx")
    assert sorted(after) == sorted(before)
    differences = [f"№ {n} {field}: {value!r} → {after[n][field]!r}"
                   for n, fields in before.items() for field, value in fields.items() if after[n][field] != value]
    assert not differences, "\n".join(differences[:20])


@pytest.mark.parametrize("cell, read", [
    ("«Визит делегации Республики Беларусь»", "Визит делегации Республики Беларусь"),
    ("  «Участие в форуме «Россия – Беларусь»» ", "Участие в форуме «Россия – Беларусь»"),
    ("«Славянский базар» в Витебске", "«Славянский базар» в Витебске"),    # a name within the title
    ("«Россия» и «Беларусь»", "«Россия» и «Беларусь»"),
    ("Форум «Россия – Беларусь»", "Форум «Россия – Беларусь»"),
    ("«Белавтомаз»", "«Белавтомаз»"),                         # a name alone: its quotes say so
    ("«Минский тракторный»", "«Минский тракторный»"),
])
def test_a_title_wholly_in_quotes_is_read_without_them(cell, read):
    assert normalize.unquoted_whole(cell).strip() == read.strip()


@pytest.mark.parametrize("cell, body", [
    ("объекты жилого фонда Витебска (Республика Беларусь)", False),     # housing stock
    ("пополнение библиотечного фонда Гродненской областной библиотеки", False),
    ("Российский фонд культуры (Российская Федерация)", True),          # a body
    ("Белорусский республиканский фонд фундаментальных исследований", True),
])
def test_a_stock_is_no_organisation(cell, body):
    found = find_organisations({"content": cell}, Context("смоленский", "смоленск", "RU", ("BY",), None,
                                                         "Смоленская область"))
    assert any("фонд" in o.name.lower() for o in found) == body
