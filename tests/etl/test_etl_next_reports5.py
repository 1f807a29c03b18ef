"""The next report, fifth round: three SYNTHETIC quarterly reports unlike the ones before
(tests/fixtures/build_next_reports5.py writes them): Оренбургская область, III quarter 2025, a .docx as
Word saves it with tracked changes and comments left in, a participants cell merged over two events, the
header typed again mid-table, sub-numbered events «1.1», «1.2», «15а» and an «Итого» row; Ленинградская
область, IV quarter 2025, a Word text dump with page footers and the title again at each page's top, one
cell split by a page break and a combined «Дата и место проведения» column; Республика Саха (Якутия),
I quarter 2026, cp1251 without sector headings (a column «Отрасль»). Each rule found missing by reading
them is tested with cases of its own, then the three reports are loaded through the real CLI."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
ORENBURG = FIXTURES / "synthetic_orenburg_2025q3_next_report5.docx"
LENINGRAD = FIXTURES / "synthetic_leningrad_2025q4_next_report5.txt"
YAKUTIA = FIXTURES / "synthetic_yakutia_2026q1_next_report5.cp1251.txt"

TITLE = "Отчёт о международных связях Ленинградской области за IV квартал 2025 года"


def _tab_rows(header: tuple[str, ...], rows: list[tuple[str, ...]], title: str = TITLE, tail: list[str] = ()):
    """A SYNTHETIC report copied into Notepad: one row per line, cells by TABs."""
    text = "\n".join([title, "\t".join(header), *("\t".join(r) for r in rows), *tail]) + "\n"
    return build_report(read_bytes(text.encode("utf-8"), "r.txt"))


HEADER = ("№ п/п", "Наименование мероприятия", "Сроки", "Место проведения", "Участники", "Итоги")


def _numbered(numbers: list[str]):
    rows = [("Сотрудничество в сфере экономики",)]
    rows += [(n, f"Переговоры с делегацией Минской области № {k}", f"{10 + k}.10.2025", "г. Выборг", "10 чел.", "—")
             for k, n in enumerate(numbers)]
    return _tab_rows(HEADER, rows)


# ---------- sub-numbered events: «1, 1.1, 1.2, 2», «15, 15а, 16» ----------

@pytest.mark.parametrize("numbers", [
    pytest.param(["1", "1.1", "1.2", "2", "3"], id="outline_sub_items_under_a_plain_number"),
    pytest.param(["1", "2", "2а", "3"], id="a_lettered_insert"),
    pytest.param(["1", "2", "3", "3.1", "3б", "4"], id="both_kinds"),
    pytest.param(["1.", "1.1.", "2.", "2.1.", "2.2."], id="dotted_numbers"),
    pytest.param(["1", "2", "2-а", "3"], id="lettered_with_a_dash"),
])
def test_sub_numbered_events_are_events_of_their_own_in_table_order(numbers):
    report = _numbered(numbers)
    assert [e.n for e in report.events] == list(range(1, len(numbers) + 1))
    assert [e.raw["number"].strip() for e in report.events] == numbers
    assert any("подпункты" in i.message and i.severity == "info" for i in report.issues)
    assert not any(i.field == "n" and i.severity == "warning" for i in report.issues)


def test_a_lettered_number_under_another_parent_stays_an_unnumbered_row():
    """«1, 2, 4а, 3»: «4а» has no «4» above it, so it is no sub-item: numbered after the highest, warned."""
    report = _numbered(["1", "2", "4а", "3"])
    assert [(e.raw["number"].strip(), e.n) for e in report.events] == [("1", 1), ("2", 2), ("4а", 4), ("3", 3)]
    assert any(i.field == "n" and i.severity == "warning" and "«4а»" in i.message for i in report.issues)


# ---------- page footers and headers in a text dump ----------

def _dump(cells_by_row: list[tuple[str, ...]], between: list[str]) -> list[str]:
    lines = [TITLE, ""]
    for k, row in enumerate(cells_by_row):
        for cell in row:
            first, *rest = cell.split("\n")
            lines += ["\t" + first]
            for line in rest:
                lines += between if line == "<BREAK>" else [line]
        lines.append("")
        if k == 1:
            lines += between
    return lines


DUMP_HEADER = ("№", "Наименование мероприятия", "Сроки", "Место", "Участники")
DUMP_ROWS = [DUMP_HEADER,
             ("1", "Визит делегации Минской области", "12.10.2025", "г. Гатчина", "12 чел."),
             ("2", "Фестиваль «Звёзды»\nс участием коллективов из Финляндии,\n<BREAK>\nВенгрии и Эстонии", "25.11.2025",
              "г. Кингисепп", "40 чел."),
             ("3", "Выставка в Минске", "18.11.2025", "г. Минск", "9 чел.")]


@pytest.mark.parametrize("between", [
    pytest.param(["- 4 -", "", TITLE, ""], id="dash_page_number_and_title"),
    pytest.param(["Страница 3 из 12", TITLE], id="page_n_of_m"),
    pytest.param(["", "стр. 2", ""], id="short_page"),
    pytest.param(["— 7 —", "Лист 2 из 5", ""], id="em_dash_and_sheet"),
])
def test_page_footers_and_repeated_titles_are_no_cell_text(between):
    text = "\n".join(_dump(DUMP_ROWS, between)) + "\n"
    report = build_report(read_bytes(text.encode("utf-8"), "r.txt"))
    titles = [e.title for e in report.events]
    assert titles[1] == "Фестиваль «Звёзды» с участием коллективов из Финляндии, Венгрии и Эстонии"
    assert report.events[0].raw["participants"].strip() == "12 чел."
    assert report.events[1].raw["participants"].strip() == "40 чел."
    assert report.events[1].attendance_total == 40


@pytest.mark.parametrize("mark", ["Страница 2 из 3", "- 2 -", TITLE])
def test_page_marks_between_tab_rows_are_no_heading(mark):
    report = _tab_rows(HEADER, [("Сотрудничество в сфере культуры",),
                                ("1", "Фестиваль финской музыки", "12.10.2025", "г. Выборг", "10 чел.", "—"),
                                (mark,),
                                ("2", "Выставка белорусских художников", "13.10.2025", "г. Тихвин", "10 чел.", "—")])
    assert [e.sector for e in report.events] == ["Сотрудничество в сфере культуры"] * 2
    assert not any(mark in (e.raw.get("content") or "") for e in report.events)


# ---------- a combined «Дата и место проведения» column: dates before the place ----------

@pytest.mark.parametrize("cell, start, end", [
    pytest.param("ежемесячно, онлайн", "2025-10-01", "2025-12-31", id="monthly_online"),
    pytest.param("в течение IV квартала, г. Тихвин", "2025-10-01", "2025-12-31", id="quarter_then_town"),
    pytest.param("в течение квартала, г. Выборг, Ленинградская область", "2025-10-01", "2025-12-31",
                 id="two_place_clauses"),
    pytest.param("постоянно, ВКС", "2025-10-01", "2025-12-31", id="constantly_vks"),
    pytest.param("12.10.2025, г. Гатчина", "2025-10-12", "2025-10-12", id="a_date_then_a_town"),
])
def test_combined_dates_and_place_column(cell, start, end):
    report = _tab_rows(("№", "Наименование мероприятия", "Дата и место проведения", "Участники"),
                       [("Экономика",), ("1", "Переговоры с финскими партнёрами", cell, "10 чел.")])
    event = report.events[0]
    assert (str(event.start_date), str(event.end_date)) == (start, end)
    assert not any(i.field == "dates" and i.severity == "warning" for i in report.issues)


# ---------- a column «Отрасль» instead of sector headings ----------

@pytest.mark.parametrize("header, cell, key", [
    pytest.param("Отрасль", "Культура", "culture_tourism", id="otrasl"),
    pytest.param("Сфера сотрудничества", "Образование и наука", "education_science", id="sfera"),
    pytest.param("Направление сотрудничества", "Спорт", "sport", id="napravlenie"),
    pytest.param("Отрасль", "Международное сотрудничество", "general", id="international_cooperation_is_general"),
])
def test_a_sector_column_gives_the_sector(header, cell, key):
    report = _tab_rows(("№", "Наименование мероприятия", header, "Сроки", "Место", "Участники"),
                       [("1", "Визит делегации префектуры Хоккайдо", cell, "10.02.2026", "г. Якутск", "5 чел.")],
                       title="Информация о международных связях Республики Саха (Якутия) за I квартал 2026 года")
    event = report.events[0]
    assert event.sector_key == key
    assert not any(i.field == "column" for i in report.issues)
    assert not any(i.field == "sector" and i.severity == "warning" for i in report.issues)


def test_without_heading_or_sector_cell_the_title_names_the_sector_or_a_warning_says_none():
    report = _tab_rows(("№", "Наименование мероприятия", "Отрасль", "Сроки", "Место", "Участники"),
                       [("1", "Первенство по спортивной борьбе", "", "10.02.2026", "г. Якутск", "5 чел."),
                        ("2", "Встреча с послом Монголии", "—", "11.02.2026", "г. Якутск", "5 чел."),
                        ("3", "Рабочее совещание", "—", "12.02.2026", "г. Якутск", "5 чел.")],
                       title="Информация о международных связях Республики Саха (Якутия) за I квартал 2026 года")
    first, second, third = report.events
    assert first.sector_key == "sport"
    assert any(i.event == 1 and i.field == "sector" and i.severity == "info" for i in report.issues)
    assert second.sector_key == "general"  # a meeting with an ambassador: general cooperation, said as an info
    assert any(i.event == 2 and i.field == "sector" and i.severity == "info" for i in report.issues)
    assert third.sector_key == "unspecified"
    assert any(i.event == 3 and i.field == "sector" and i.severity == "warning" for i in report.issues)


# ---------- a region's seat standing in for a federal city is a town of its region ----------

@pytest.mark.parametrize("venue, title", [
    pytest.param("г. Гатчина", TITLE, id="gatchina"),
    pytest.param("г. Красногорск", "Отчёт о международных связях Московской области за IV квартал 2025 года",
                 id="krasnogorsk"),
])
def test_a_seat_is_a_home_town(venue, title):
    """The seat of a region whose centre is a federal city (Гатчина, Красногорск) is held at home."""
    report = _tab_rows(HEADER, [("Экономика",), ("1", "Визит делегации Минской области", "12.10.2025", venue,
                                                 "10 чел.", "—")], title=title)
    assert report.events[0].direction == "inbound"


# ---------- «Корея» alone, Kazakh regions by their older Russian names, a Finnish border region ----------

@pytest.mark.parametrize("text, codes, regions", [
    pytest.param("спортсмены из Монголии, Японии, Кореи – 30 чел.", ["JP", "KR", "MN"], [], id="korea_in_a_list"),
    pytest.param("РФ – 40, иностр. – 12 (Япония – 5, Корея – 7)", ["JP", "KR", "RU"], [], id="korea_in_a_breakdown"),
    pytest.param("делегация Северной Кореи", ["KP"], [], id="north_korea_stays_north"),
    pytest.param("КНДР и Республика Корея", ["KP", "KR"], [], id="both_koreas"),
    pytest.param("корейский язык", [], [], id="the_language_names_no_country"),
    pytest.param("Приём делегации Кустанайской области", [], ["Костанайская область"], id="kustanay_oblast"),
    pytest.param("делегация из Кустаная", ["KZ"], ["Костанайская область"], id="kustanay_city"),
    pytest.param("Гурьевской области Казахстана", ["KZ"], ["Атырауская область"], id="guryev_oblast"),
    pytest.param("делегация региона Кюменлааксо (Финляндия)", ["FI"], ["Область Кюменлааксо"], id="kymenlaakso"),
])
def test_korea_and_older_region_names(text, codes, regions):
    from etl.geo import country_mentions, foreign_regions
    assert sorted({m.code for m in country_mentions(text)}) == codes
    assert foreign_regions([text]) == regions


@pytest.mark.parametrize("text", ["РФ – 40, иностр. – 12 (Япония – 5, Корея – 7)",
                                  "РФ – 40, иностр. – 12 (Япония – 5, Монголия – 7)"])
def test_foreign_count_with_its_breakdown_by_country(text):
    from etl.attendance import parse_attendance
    attendance = parse_attendance(text)
    assert (attendance.total, attendance.foreign) == (52, 12)


# ---------- a participants cell merged over two events is a warning ----------

def test_a_merged_participants_cell_is_a_warning_naming_the_stored_event():
    """The merged dates cell stays an info (test_etl_docx_grid.py); merged people are counted twice."""
    from tests.docx_xml import report_document, set_cell_xml, to_bytes, vmerge
    document = report_document()
    rows = document.tables[0].rows
    top, below = rows[2].cells[5], rows[3].cells[5]
    set_cell_xml(below, "<w:p/>")
    vmerge(top, "restart")
    vmerge(below, None)
    report = build_report(read_bytes(to_bytes(document), "k.docx"))
    assert [e.attendance_total for e in report.events] == [20, 20]
    merged = [i for i in report.issues if "объединена по вертикали" in i.message]
    assert [(i.event, i.severity, i.field) for i in merged] == [(2, "warning", "row")]


# ---------- the three reports through the real CLI ----------

def _load(path: Path, tmp_path: Path):
    db = tmp_path / "x.duckdb"
    run = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return duckdb.connect(str(db), read_only=True)


def _events(con) -> dict[int, dict]:
    frame = con.sql("select * from events order by n").fetchdf()
    return {int(r["n"]): r for r in frame.to_dict("records")}


def test_orenburg_docx_with_tracked_changes_merges_and_sub_numbers(tmp_path):
    con = _load(ORENBURG, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Оренбургская область", 2025, 3, 22)]
    events = _events(con)
    assert [events[n]["raw_number"] for n in (1, 2, 3, 4, 18)] == ["1", "1.1", "1.2", "2", "15а"]
    # tracked changes: the deleted text is not read, the inserted one is
    assert events[4]["title"] == "Межрегиональный форум «Оренбург – Актобе: 25 лет партнёрства»"
    assert (str(events[4]["start_date"])[:10], str(events[4]["end_date"])[:10]) == ("2025-07-17", "2025-07-18")
    assert events[5]["title"] == "Переговоры с акиматом Западно-Казахстанской области о транспортном коридоре"
    assert list(events[5]["foreign_regions"]) == ["Западно-Казахстанская область"]
    assert str(events[12]["start_date"])[:10] == "2025-09-09" and str(events[21]["start_date"])[:10] == "2025-09-30"
    assert events[22]["title"] == "Приём делегации Кустанайской области Республики Казахстан"
    assert list(events[22]["foreign_regions"]) == ["Костанайская область"]
    assert events[3]["title"] == "Посещение делегацией предприятий Орского промышленного кластера"  # commented
    # the merged participants cell: both events read it, and the issue names the stored number
    assert events[7]["attendance_total"] == events[8]["attendance_total"] == 14
    issues = con.sql("select n, severity from parse_issues where message like '%объединена по вертикали%'").fetchall()
    assert issues == [(8, "warning")]
    # the repeated header is no event, the «Итого» row is a note
    assert not any("Наименование" in e["title"] for e in events.values())
    assert ("Итого: 22 мероприятия",) in con.sql("select text from report_notes").fetchall()
    assert (events[4]["venue_city"], events[4]["venue_country"]) == ("Актобе", "KZ")
    assert list(events[7]["partner_countries"]) == ["UZ"] and list(events[10]["partner_countries"]) == ["BY"]


def test_leningrad_dump_with_page_footers(tmp_path):
    con = _load(LENINGRAD, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Ленинградская область", 2025, 4, 16)]
    events = _events(con)
    assert events[8]["title"] == ("Международный фестиваль «Балтийские звёзды» с участием коллективов из "
                                  "Финляндии, Венгрии и Эстонии")
    assert list(events[8]["partner_countries"]) == ["FI", "HU", "EE"]
    assert not any("Страница" in (e["raw_content"] or "") + (e["raw_title"] or "") for e in events.values())
    assert (events[2]["venue_city"], events[2]["direction"]) == ("Гатчина", "inbound")
    assert (str(events[6]["start_date"])[:10], str(events[6]["end_date"])[:10]) == ("2025-10-01", "2025-12-31")
    assert (str(events[9]["start_date"])[:10], events[9]["venue_city"]) == ("2025-10-01", "Тихвин")
    assert (str(events[10]["start_date"])[:10], str(events[10]["end_date"])[:10], events[10]["quarter_position"]) == (
        "2025-12-28", "2026-01-10", "partial")
    assert (str(events[15]["start_date"])[:10], str(events[15]["end_date"])[:10]) == ("2025-11-28", "2025-12-03")
    # numbers in words
    assert (events[1]["attendance_total"], events[2]["attendance_total"], events[2]["attendance_approximate"]) == (
        25, 100, True)
    assert (events[4]["attendance_total"], events[4]["attendance_lower_bound"]) == (200, True)
    assert events[5]["attendance_total"] is None and events[13]["attendance_total"] is None  # «несколько десятков»
    assert (events[14]["attendance_total"], events[14]["attendance_foreign"]) == (100, 20)
    warnings = con.sql("select n, field from parse_issues where severity = 'warning'").fetchall()
    assert not [w for w in warnings if w[1] == "dates"]


def test_yakutia_cp1251_without_sector_headings(tmp_path):
    con = _load(YAKUTIA, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Республика Саха (Якутия)", 2026, 1, 16)]
    events = _events(con)
    assert [events[n]["sector_key"] for n in (1, 2, 3, 5, 7, 12, 15)] == [
        "economy", "culture_tourism", "industry_trade", "general", "agriculture", "sport", "health"]
    assert not con.sql("select * from parse_issues where field = 'column'").fetchall()
    assert events[1]["attendance_total"] == 52  # the foreign 12: test_foreign_count_with_its_breakdown_by_country
    assert list(events[12]["partner_countries"]) == ["MN", "JP", "KR"]
    assert list(events[1]["foreign_regions"]) == ["Префектура Хоккайдо"]
    assert (events[2]["venue_city"], events[2]["venue_country"]) == ("Саппоро", "JP")
    assert (events[3]["venue_city"], events[3]["venue_country"]) == ("Сеул", "KR")
    assert (events[4]["venue_city"], events[4]["format"]) == ("Якутск", "online")
    assert (str(events[1]["start_date"])[:10], str(events[1]["end_date"])[:10]) == ("2026-02-10", "2026-02-12")
    assert (str(events[2]["start_date"])[:10], str(events[2]["end_date"])[:10]) == ("2026-02-01", "2026-02-28")
    assert (events[1]["agreement"], events[3]["agreement"], events[7]["agreement"]) == ("signed", "verbal", "signed")
    missing = con.sql("select n from parse_issues where field = 'sector' and severity = 'warning' order by n").fetchall()
    assert missing == []  # no cell, no heading: the event's own words name it, said as an info
    assert [events[n]["sector_key"] for n in (6, 9, 13)] == ["general", "education_science", "general"]
    inferred = con.sql("select n from parse_issues where field = 'sector' and severity = 'info' "
                       "and message like 'сфера в отчёте не указана%' order by n").fetchall()
    assert {(6,), (9,), (13,)} <= set(inferred)
