"""The next report, seventh round: events that did not happen as listed (tests/fixtures/build_next_reports7.py
writes the two SYNTHETIC reports): Омская область, IV quarter 2025, a Word document with a struck-through row,
«(отменено)» after a title, «ОТМЕНЕНО» in the dates cell, «Визит не состоялся (…)», Word endnotes on counts;
Тюменская область, III quarter 2025, an Excel workbook with hidden rows and postponements in words. An event
cancelled or moved out of the quarter is not held: it is not loaded (as the events under a plan heading are
not) and one warning names it and the words that said so. Each rule is tested with cases of its own, its
edges too (a results cell «отменены визовые ограничения» is a held event), then both reports go through the
real CLI."""
from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from analytics.i18n import message_text
from etl.geo import foreign_regions
from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
OMSK = FIXTURES / "synthetic_omsk_2025q4_next_report7.docx"
TYUMEN = FIXTURES / "synthetic_tyumen_2025q3_next_report7.xlsx"

TITLE = "Отчёт о международных связях Омской области за IV квартал 2025 года"
HEADER = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Участники", "Результаты")
HELD = ("1", "Визит делегации Павлодарской области", "7 октября 2025 г.", "г. Омск", "12 человек", "Подписан план")


def _tab_rows(rows: list[tuple[str, ...]], title: str = TITLE):
    """A SYNTHETIC report copied into Notepad: one row per line, cells by TABs."""
    text = "\n".join([title, "\t".join(HEADER), *("\t".join(r) for r in rows)]) + "\n"
    return build_report(read_bytes(text.encode("utf-8"), "r.txt"))


def _second(title="Круглый стол с казахстанскими экспортёрами", dates="14 ноября 2025 г.", place="г. Омск",
            people="20 человек", results="—"):
    return _tab_rows([HELD, ("2", title, dates, place, people, results)])


# ---------- an event cancelled or moved out of the quarter is not held ----------

@pytest.mark.parametrize("cell, text", [
    pytest.param("results", "Мероприятие отменено", id="event_cancelled"),
    pytest.param("results", "Визит не состоялся (по инициативе белорусской стороны)", id="visit_did_not_happen"),
    pytest.param("results", "не состоялось (по инициативе казахстанской стороны)", id="alone_with_cause"),
    pytest.param("dates", "ОТМЕНЕНО", id="capitals_in_dates"),
    pytest.param("title", "Концерт ансамбля «Песняры» (отменено)", id="bracket_after_title"),
    pytest.param("dates", "перенесено на I квартал 2026 г.", id="moved_to_next_quarter"),
    pytest.param("results", "отложено на неопределённый срок", id="put_off_indefinitely"),
    pytest.param("results", "В связи с закрытием пункта пропуска мероприятие не проводилось", id="cause_then_event"),
    pytest.param("results", "Встреча перенесена на 2026 год", id="meeting_moved_to_next_year"),
    pytest.param("results", "Мероприятие было отменено организаторами", id="was_cancelled_by"),
    pytest.param("people", "Не состоялся", id="one_word_in_people_cell"),
    pytest.param("results", "Проведение форума перенесено на февраль 2026 г.", id="holding_moved_out"),
    pytest.param("dates", "10 декабря 2025 г. (перенесено на март 2026 г.)", id="date_then_moved_out"),
    pytest.param("results", "Визит делегации отложен до стабилизации обстановки", id="put_off_until"),
])
def test_an_event_that_did_not_happen_is_not_loaded(cell, text):
    report = _second(**{cell: text})
    assert [e.n for e in report.events] == [1]
    warnings = [i for i in report.issues if "не загружено" in i.message]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].message.startswith("мероприятие № 2 «")
    assert not any("не подряд" in i.message for i in report.issues)  # its number stays taken


@pytest.mark.parametrize("cell, text", [
    pytest.param("dates", "перенесено с 15.11 на 20.11", id="moved_inside_the_quarter"),
    pytest.param("dates", "20.11.2025 (перенесено с 15.11.2025)", id="moved_from_in_brackets"),
    pytest.param("results", "Перенесено на 28 ноября 2025 г.", id="moved_to_a_day_inside"),
    pytest.param("results", "Достигнута договорённость: отменены визовые ограничения", id="restrictions_lifted"),
    pytest.param("results", "Обсуждена отмена пошлин на сельхозтехнику", id="a_noun_discussed"),
    pytest.param("results", "Принято решение об отмене пошлин", id="decision_to_cancel"),
    pytest.param("results", "Не состоялось подписание соглашения: текст дорабатывается", id="signing_did_not_happen"),
    pytest.param("results", "Мероприятие перенесено в онлайн-формат", id="moved_online"),
    pytest.param("results", "Ограничения на ввоз продукции отменены", id="restrictions_cancelled"),
    pytest.param("results", "Мероприятие проведено; визит министра не состоялся", id="held_without_a_guest"),
    pytest.param("title", "Фестиваль «Не отменяется»", id="a_name_in_quotes"),
    pytest.param("results", "В ходе визита отменены взаимные пошлины", id="cancelled_during_the_visit"),
    pytest.param("results", "Выставка не отменена, проведена в сокращённом формате", id="not_cancelled"),
])
def test_a_held_event_whose_words_speak_of_another_thing(cell, text):
    report = _second(**{cell: text})
    assert [e.n for e in report.events] == [1, 2]
    assert not any("не загружено" in i.message for i in report.issues)


def test_moved_inside_the_quarter_reads_the_new_day():
    report = _second(dates="перенесено с 15.11 на 20.11")
    assert (report.events[1].start_date.isoformat(), report.events[1].end_date.isoformat()) == (
        "2025-11-20", "2025-11-20")


@pytest.mark.parametrize("dates, day", [
    ("перенесено с 5 на 19 ноября 2025 г.", "2025-11-19"),
    ("Перенесено с 15.11.2025 на 20.11.2025", "2025-11-20"),
    ("перенесён с 3 октября на 10 октября 2025 года", "2025-10-10"),
    ("перенос с 1 на 3 декабря", "2025-12-03"),
])
def test_a_date_moved_from_one_day_to_another_is_the_new_day(dates, day):
    """Before, «перенесено с 5 на 19 ноября» read 5–19 November."""
    event = _second(dates=dates).events[1]
    assert (event.start_date.isoformat(), event.end_date.isoformat()) == (day, day)


def test_the_warning_names_the_event_and_the_words_in_both_languages():
    report = _second(results="Визит не состоялся (по инициативе белорусской стороны)")
    (warning,) = [i for i in report.issues if "не загружено" in i.message]
    assert warning.message == ("мероприятие № 2 «Круглый стол с казахстанскими экспортёрами»: в отчёте сказано "
                               "«Визит не состоялся (по инициативе белорусской стороны)» — мероприятие не состоялось "
                               "в отчётном квартале, не загружено")
    english = message_text(warning.message, "en")
    assert english.startswith("event No. 2 «Круглый стол с казахстанскими экспортёрами»: the report says «Визит")
    assert "(in Russian)" not in english


def test_only_the_bracket_is_quoted_when_the_title_says_it():
    report = _second(title="Российско-казахстанский форум (отменено)")
    (warning,) = [i for i in report.issues if "не загружено" in i.message]
    assert "в отчёте сказано «(отменено)»" in warning.message


def test_every_not_held_event_has_its_own_warning():
    report = _tab_rows([HELD, ("2", "Форум", "ОТМЕНЕНО", "г. Омск", "—", "—"),
                        ("3", "Выставка", "12 ноября 2025 г.", "г. Омск", "—", "Мероприятие отменено"),
                        ("4", "Семинар", "14 ноября 2025 г.", "г. Омск", "15 человек", "Проведён")])
    assert [e.n for e in report.events] == [1, 4]
    assert [i.message[:15] for i in report.issues if "не загружено" in i.message] == [
        "мероприятие № 2", "мероприятие № 3"]


# ---------- Word: a row struck through ----------

def _docx(rows: list[tuple[str, ...]], struck: dict[int, str] = (), endnotes: dict[str, str] = (),
          footnotes: dict[str, str] = ()) -> bytes:
    """A SYNTHETIC .docx. `struck`: row index → 'all' (every run), 'dstrike' (double), 'words' (all but the
    number cell) or 'part' (the title only). A cell's «^eN» / «^fN» refers to endnote / footnote N."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    struck = dict(struck)
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, text in zip(table.rows[0].cells, HEADER):
        cell.text = text
    for k, row in enumerate(rows):
        for column, (cell, text) in enumerate(zip(table.add_row().cells, row)):
            head, _, note = text.partition("^")
            run = cell.paragraphs[0].add_run(head)
            how = struck.get(k)
            if how == "all" or how == "words" and column > 0 or how == "part" and column == 1:
                run.font.strike = True
            elif how == "dstrike":
                run.font.double_strike = True
            if note:
                kind = "endnote" if note[0] == "e" else "footnote"
                cell.paragraphs[0]._p.append(parse_xml(
                    f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:{kind}Reference w:id="{note[1:]}"/></w:r>'))
    for kind, notes, relation in (("endnote", dict(endnotes), RT.ENDNOTES), ("footnote", dict(footnotes), RT.FOOTNOTES)):
        if not notes:
            continue
        body = "".join(f'<w:{kind} w:id="{k}"><w:p><w:r><w:t xml:space="preserve"> {v}</w:t></w:r></w:p></w:{kind}>'
                       for k, v in notes.items())
        xml = f'<w:{kind}s {nsdecls("w")}>{body}</w:{kind}s>'.encode("utf-8")
        part = Part(PackURI(f"/word/{kind}s.xml"),
                    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml", xml,
                    document.part.package)
        document.part.relate_to(part, relation)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


ROWS = [HELD, ("2", "Гастроли театра в Казахстане", "5–9 ноября 2025 г.", "г. Астана", "—", "—"),
        ("3", "Семинар для экспортёров", "15 декабря 2025 г.", "онлайн", "60 участников", "—")]


@pytest.mark.parametrize("how", ["all", "dstrike", "words"])
def test_a_struck_through_word_row_is_not_loaded(how):
    report = build_report(read_bytes(_docx(ROWS, struck={1: how}), "r.docx"))
    assert [e.n for e in report.events] == [1, 3]
    (warning,) = [i for i in report.issues if "не загружено" in i.message]
    assert warning.message == ("мероприятие № 2 «Гастроли театра в Казахстане»: строка 3 таблицы зачёркнута — "
                               "мероприятие не состоялось, не загружено")
    assert "(in Russian)" not in message_text(warning.message, "en")


def test_a_row_with_only_some_words_struck_stays():
    report = build_report(read_bytes(_docx(ROWS, struck={1: "part"}), "r.docx"))
    assert [e.n for e in report.events] == [1, 2, 3]


# ---------- Word endnotes, read as footnotes are ----------

def test_an_endnote_on_a_count_reads_its_note():
    rows = [("1", "Визит делегации Монголии", "7 октября 2025 г.", "г. Омск", "45^e2", "—"),
            ("2", "Конференция", "20 ноября 2025 г.", "г. Омск", "120 человек^e5", "—")]
    report = build_report(read_bytes(_docx(rows, endnotes={"2": "в т.ч. 12 иностранных",
                                                           "5": "из них онлайн – 40"}), "r.docx"))
    assert [(e.attendance_total, e.attendance_foreign, e.attendance_online) for e in report.events] == [
        (45, 12, None), (120, None, 40)]
    assert [n.text for n in report.notes][-2:] == ["¹ в т.ч. 12 иностранных", "² из них онлайн – 40"]


def test_a_footnote_and_an_endnote_never_share_a_mark():
    """Word numbers them apart (1, 2 … and i, ii …): here one sequence, so each count finds its own note."""
    rows = [("1", "Визит делегации Монголии", "7 октября 2025 г.", "г. Омск", "30^f1", "—"),
            ("2", "Конференция", "20 ноября 2025 г.", "г. Омск", "50^e1", "—")]
    report = build_report(read_bytes(_docx(rows, endnotes={"1": "в т.ч. 20 иностранных"},
                                           footnotes={"1": "в т.ч. 8 иностранных"}), "r.docx"))
    assert [(e.attendance_total, e.attendance_foreign) for e in report.events] == [(30, 8), (50, 20)]


# ---------- Excel: hidden rows ----------

def _workbook(rows: list[tuple], hidden_rows: tuple[int, ...] = ()) -> bytes:
    """A SYNTHETIC Excel report; `hidden_rows`: indexes into `rows` the clerk hid."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    sheet.append(())
    sheet.append(HEADER)
    for k, row in enumerate(rows):
        sheet.append(row)
        if k in hidden_rows:
            sheet.row_dimensions[sheet.max_row].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_hidden_excel_row_is_not_read_and_is_named():
    rows = [(1, "Визит делегации Павлодарской области", "7 октября 2025 г.", "г. Омск", "12 человек", "—"),
            (1, "Визит делегации Павлодарской области (старая строка)", "октябрь", "Омск", "", ""),
            ("уточнить у ТПП состав делегации",),
            (2, "Семинар для экспортёров", "15 декабря 2025 г.", "онлайн", "60 участников", "—")]
    report = build_report(read_bytes(_workbook(rows, hidden_rows=(1, 2)), "r.xlsx"))
    assert [(e.n, e.title) for e in report.events] == [(1, "Визит делегации Павлодарской области"),
                                                      (2, "Семинар для экспортёров")]
    assert "уточнить у ТПП состав делегации" not in [n.text for n in report.notes]
    hidden = [i for i in report.issues if i.message.startswith("скрытая строка")]
    assert [(i.message, i.severity) for i in hidden] == [
        ("скрытая строка 5 листа не прочитана: Excel её не показывает", "info"),
        ("скрытая строка 6 листа не прочитана: Excel её не показывает", "info")]
    assert hidden[0].raw_text.startswith("1 | Визит делегации Павлодарской области (старая строка)")
    assert message_text(hidden[0].message, "en") == "hidden row 5 of the sheet is not read: Excel does not show it"


def test_rows_shown_are_read_as_before():
    rows = [(1, "Визит делегации Павлодарской области", "7 октября 2025 г.", "г. Омск", "12 человек", "—"),
            (2, "Семинар для экспортёров", "15 декабря 2025 г.", "онлайн", "60 участников", "—")]
    report = build_report(read_bytes(_workbook(rows), "r.xlsx"))
    assert [e.n for e in report.events] == [1, 2]
    assert not any(i.message.startswith("скрытая строка") for i in report.issues)


# ---------- Chinese autonomous regions and provinces ----------

@pytest.mark.parametrize("text, region", [
    ("Делегация Синьцзян-Уйгурского автономного района", "Синьцзян-Уйгурский автономный район"),
    ("поставки в Синьцзян", "Синьцзян-Уйгурский автономный район"),
    ("с правительством Гуанси-Чжуанского автономного района", "Гуанси-Чжуанский автономный район"),
    ("делегация Тибетского автономного района", "Тибетский автономный район"),
    ("университет провинции Шаньси", "Провинция Шаньси"),
    ("в провинции Гуйчжоу", "Провинция Гуйчжоу"),
    ("Нинся-Хуэйский автономный район", "Нинся-Хуэйский автономный район"),
])
def test_chinese_autonomous_regions_are_foreign_regions(text, region):
    assert foreign_regions([text]) == [region]


@pytest.mark.parametrize("name, english", [
    ("Синьцзян-Уйгурский автономный район", "Xinjiang Uygur Autonomous Region"),
    ("Тибетский автономный район", "Tibet Autonomous Region"),
    ("Провинция Хэйлунцзян", "Heilongjiang Province"),  # was «Provintsiya Kheyluntszyan»
    ("Провинция Шэньси", "Shaanxi Province"), ("Провинция Шаньси", "Shanxi Province"),
])
def test_chinese_regions_in_english(name, english):
    from analytics.i18n import place_name

    assert place_name(name, "en") == english


@pytest.mark.parametrize("text", ["провинция Шэньси", "Витебского района", "Ненецкого автономного округа"])
def test_other_regions_stay_as_they_were(text):
    assert foreign_regions([text]) in ([], ["Провинция Шэньси"])
    assert "Провинция Шаньси" not in foreign_regions([text])


# ---------- the two reports through the real CLI ----------

def _load(path: Path, tmp_path: Path):
    db = tmp_path / "x.duckdb"
    run = subprocess.run([sys.executable, "-m", "etl", "--db", str(db), "load", str(path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    return duckdb.connect(str(db), read_only=True)


def _events(con) -> dict[int, dict]:
    frame = con.sql("select * from events order by n").fetchdf()
    return {int(r["n"]): r for r in frame.to_dict("records")}


def _missing(value) -> bool:
    return value is None or value != value  # a NULL comes back from the frame as None or NaN


def _dates(event) -> tuple[str, str]:
    return str(event["start_date"])[:10], str(event["end_date"])[:10]


def _not_loaded(con) -> dict[int, str]:
    """Event number → the words a warning quotes («строка N таблицы зачёркнута» for a struck row)."""
    import re

    out = {}
    for (message,) in con.sql("select message from parse_issues where message like 'мероприятие № %'").fetchall():
        number = int(re.match(r"мероприятие № (\d+)", message).group(1))
        said = re.search(r"в отчёте сказано «(.*)» — мероприятие", message)
        out[number] = said.group(1) if said else re.search(r"строка \d+ таблицы зачёркнута", message).group(0)
    return out


def test_omsk_word_report(tmp_path):
    con = _load(OMSK, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Омская область", 2025, 4, 11)]
    events = _events(con)
    assert sorted(events) == [1, 2, 4, 6, 8, 9, 10, 12, 14, 16, 18]
    assert _not_loaded(con) == {
        3: "(отменено)", 5: "ОТМЕНЕНО", 7: "Визит не состоялся (по инициативе казахстанской стороны)",
        11: "строка 15 таблицы зачёркнута",
        13: "В связи с неблагоприятной эпидемиологической обстановкой мероприятие не проводилось",
        15: "перенесено на I квартал 2026 г.", 17: "Встреча отложена на неопределённый срок"}
    warnings = [m for (m,) in con.sql("select message from parse_issues where severity = 'warning'").fetchall()]
    assert len(warnings) == 7  # one per event not held, nothing about the numbers' gaps
    # the edges a person reads as held
    assert _dates(events[6]) == ("2025-11-20", "2025-11-20")  # «20.11.2025 (перенесено с 13.11.2025)»
    assert _missing(events[8]["agreement"])  # «Не состоялось подписание соглашения …»
    assert events[9]["agreement"] == "verbal"  # «Достигнута договорённость: отменены визовые ограничения»
    assert _missing(events[4]["agreement"]) and (events[4]["venue_city"], events[4]["venue_country"]) == (
        "Ташкент", "UZ")
    # endnotes on counts: «18ⁱ» with «в т.ч. 9 иностранных» at the document's end
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"]) for n in (2, 12)] == [(18, 9), (120, 30)]
    notes = [t for (t,) in con.sql("select text from report_notes").fetchall()]
    assert "¹ в т.ч. 9 иностранных" in notes and "² в т.ч. 30 иностранных участников" in notes
    # the fields a person reads
    assert list(events[2]["foreign_regions"]) == ["Синьцзян-Уйгурский автономный район"]
    assert list(events[2]["partner_countries"]) == ["CN"]
    assert list(events[1]["foreign_regions"]) == ["Павлодарская область"] and events[1]["agreement"] == "signed"
    assert list(events[12]["partner_countries"]) == ["KZ", "KG", "UZ"]
    assert (events[10]["attendance_total"], events[10]["attendance_lower_bound"]) == (2000, True)
    assert (events[4]["attendance_total"], events[4]["attendance_approximate"]) == (40, True)
    assert (events[18]["format"], events[18]["direction"]) == ("online", "remote")
    assert [events[n]["sector_key"] for n in (1, 6, 10)] == ["industry_trade", "general", "culture_tourism"]


def test_tyumen_excel_report(tmp_path):
    con = _load(TYUMEN, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Тюменская область", 2025, 3, 10)]
    events = _events(con)
    assert sorted(events) == [1, 2, 4, 6, 8, 9, 11, 13, 14, 16]
    assert _not_loaded(con) == {
        3: "перенесено на IV квартал 2025 г.", 5: "ОТМЕНЕНО", 7: "Мероприятие отменено",
        10: "отложено на неопределённый срок",
        12: "В связи с неблагоприятными погодными условиями мероприятие не проводилось", 15: "Визит не состоялся"}
    # hidden rows: an old duplicate of event 4 (before, the file was refused: № 4 twice) and a clerk's note
    messages = [m for (m,) in con.sql("select message from parse_issues").fetchall()]
    assert [m for m in messages if m.startswith("скрытая строка")] == [
        "скрытая строка 9 листа не прочитана: Excel её не показывает",
        "скрытая строка 15 листа не прочитана: Excel её не показывает"]
    assert events[4]["title"] == "Визит делегации штата Карнатака Республики Индия"
    assert not any("Звонили из МИД" in t for (t,) in con.sql("select text from report_notes").fetchall())
    # moved inside the quarter: held, on the day it was moved to
    assert _dates(events[6]) == ("2025-09-25", "2025-09-25")
    assert _dates(events[16]) == ("2025-09-19", "2025-09-19")
    assert _dates(events[13]) == ("2025-09-27", "2025-09-30")  # «перенесено с 10.09.2025» in the remarks
    assert _missing(events[14]["agreement"])  # «Обсуждена отмена платы за стажировки»
    # the fields a person reads
    assert list(events[1]["foreign_regions"]) == ["Костанайская область"]
    assert (events[1]["attendance_total"], events[1]["attendance_foreign"]) == (30, 12)
    assert list(events[2]["partner_countries"]) == ["DE"] and events[2]["agreement"] == "verbal"
    assert list(events[4]["foreign_regions"]) == ["Штат Карнатака"] and events[4]["agreement"] == "signed"
    assert (events[8]["venue_city"], events[8]["venue_country"]) == ("Ишим", "RU")
    assert (events[11]["venue_city"], events[11]["attendance_total"], events[11]["attendance_lower_bound"]) == (
        "Астана", 1500, True)
    assert (events[14]["format"], events[14]["attendance_total"], events[14]["attendance_foreign"]) == (
        "online", 50, 20)
