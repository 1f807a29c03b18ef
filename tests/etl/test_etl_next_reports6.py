"""The next report, sixth round: the formats no round had played as the next report
(tests/fixtures/build_next_reports6.py writes them, SYNTHETIC): Краснодарский край, II quarter 2025, an Excel
workbook with a two-row merged header («Участники» over «всего / в т.ч. иностранных / онлайн»), date cells,
a formula «Итого», a hidden notes column and extra sheets; Челябинская область, III quarter 2025, a PDF saved
from Word with the header repeated on each page and long cells over page breaks; Ханты-Мансийский автономный
округ – Югра, IV quarter 2025, an OpenDocument text with the columns in another order, no number column, a
Word footnote on a count and a second table «План мероприятий на I квартал 2026 года». Each rule found missing
by reading them is tested with cases of its own, then the three reports are loaded through the real CLI."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from etl.convert import soffice_path
from etl.layout import column_role, is_plan_heading
from etl.normalize import build_report
from etl.read import read_bytes

ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
KRASNODAR = FIXTURES / "synthetic_krasnodar_2025q2_next_report6.xlsx"
CHELYABINSK = FIXTURES / "synthetic_chelyabinsk_2025q3_next_report6.pdf"
YUGRA = FIXTURES / "synthetic_yugra_2025q4_next_report6.odt"

TITLE = "Отчёт о международных связях Краснодарского края за II квартал 2025 года"
SKIP_MESSAGE = ("LIBREOFFICE TESTS SKIPPED: install it with "
                "apt-get install -y --no-install-recommends libreoffice-writer-nogui")


def _tab_rows(header: tuple[str, ...], rows: list[tuple[str, ...]], title: str = TITLE):
    """A SYNTHETIC report copied into Notepad: one row per line, cells by TABs."""
    text = "\n".join([title, "\t".join(header), *("\t".join(r) for r in rows)]) + "\n"
    return build_report(read_bytes(text.encode("utf-8"), "r.txt"))


def _workbook(rows: list[tuple], *, header=None, sub_header=None, hidden: str = "", title: str = TITLE):
    """A SYNTHETIC Excel report: the title above, the header (and a second header row), then rows; a
    1-tuple is a merged heading row. `hidden`: the letters of the columns the clerk hid."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = title
    header = header or ("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники",
                        "Результаты")
    sheet.append(())
    sheet.append(header)
    if sub_header:
        sheet.append(sub_header)
    width = len(header)
    for row in rows:
        sheet.append(row)
        if len(row) == 1:
            sheet.merge_cells(start_row=sheet.max_row, start_column=1, end_row=sheet.max_row, end_column=width)
    for letter in hidden:
        sheet.column_dimensions[letter].hidden = True
    buffer = io.BytesIO()
    book.save(buffer)
    return build_report(read_bytes(buffer.getvalue(), "r.xlsx"))


# ---------- a column of the people who took part online ----------

@pytest.mark.parametrize("header", [
    "онлайн", "в т.ч. онлайн", "из них онлайн", "Участники онлайн", "дистанционно", "в т.ч. дистанционно",
    "в режиме ВКС", "по ВКС", "Количество участников онлайн", "Онлайн-участники", "Онлайн, чел.", "в онлайн-формате",
    "Подключились онлайн",
])
def test_an_online_count_header_names_its_column(header):
    assert column_role(header) == "attendance_online"


@pytest.mark.parametrize("header, role", [
    ("Формат (очно/онлайн)", "format"), ("Место проведения (онлайн)", "venue"), ("Онлайн-трансляция", None),
    ("в т.ч. иностранных", "attendance_foreign"), ("Количество участников", "attendance"),
])
def test_other_headers_naming_online_keep_their_roles(header, role):
    assert column_role(header) == role


def test_an_online_sub_column_under_participants_in_excel():
    report = _workbook(
        [("Сотрудничество в сфере образования",),
         (1, "Международная олимпиада школьников", "28.04.2025", "г. Краснодар", 320, 80, 100, "—"),
         (2, "Вебинар для туроператоров Турции", "24.06.2025", "онлайн", 55, None, 55, "—"),
         (3, "Визит делегации Армении", "12.05.2025", "г. Сочи", 16, 9, 0, "—")],
        header=("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники", None,
                None, "Результаты"),
        sub_header=(None, None, None, None, "всего", "в т.ч. иностранных", "онлайн", None))
    assert [(e.attendance_total, e.attendance_foreign, e.attendance_online, e.format) for e in report.events] == [
        (320, 80, 100, "hybrid"), (55, None, 55, "online"), (16, 9, 0, "in_person")]


def test_an_online_column_in_a_notepad_table():
    report = _tab_rows(("№", "Наименование", "Сроки", "Место", "Всего участников", "из них дистанционно", "Итоги"),
                       [("Сотрудничество в сфере культуры",),
                        ("1", "Конференция с университетами Греции", "03.06.2025", "г. Краснодар", "120", "45", "—"),
                        ("2", "Семинар с партнёрами из Египта", "04.06.2025", "г. Анапа", "около 40", "", "—")])
    assert [(e.attendance_total, e.attendance_online, e.format) for e in report.events] == [
        (120, 45, "hybrid"), (40, None, "in_person")]


def test_an_online_column_alone_is_at_least_those_people():
    report = _tab_rows(("№", "Наименование", "Сроки", "Место", "Участники онлайн", "Итоги"),
                       [("Сотрудничество в сфере культуры",),
                        ("1", "Онлайн-семинар для партнёров из ОАЭ", "03.06.2025", "онлайн", "30", "—")])
    event = report.events[0]
    assert (event.attendance_total, event.attendance_online, event.attendance_lower_bound) == (30, 30, True)


@pytest.mark.parametrize("cell, foreign", [("0", 0), ("0 чел.", 0), ("12", 12), ("", None)])
def test_a_zero_in_the_foreign_column_is_none_foreign(cell, foreign):
    report = _tab_rows(("№", "Наименование", "Сроки", "Место", "Количество участников", "в т.ч. иностранных",
                        "Итоги"),
                       [("Сотрудничество в сфере экономики",),
                        ("1", "Бизнес-миссия в Республику Армения", "14.04.2025", "г. Ереван", "22", cell, "—")])
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (22, foreign)


# ---------- Excel: a hidden column is not what the clerk shows ----------

def test_a_hidden_notes_column_is_not_read():
    report = _workbook(
        [("Сотрудничество в сфере экономики",),
         (1, "Переговоры с делегацией Греции", "22.04.2025", "г. Краснодар", "18 чел.", "звонили из посольства Турции",
          "Подписан меморандум")],
        header=("№ п/п", "Наименование мероприятия", "Дата проведения", "Место проведения", "Участники",
                "Примечание", "Результаты"), hidden="F")
    event = report.events[0]
    assert event.partner_countries == ["GR"]  # not Turkey from the hidden note
    assert "посольства" not in " ".join(event.raw.values())
    assert any(i.severity == "info" and "скрытый столбец F «Примечание»" in i.message for i in report.issues)


def test_a_hidden_column_between_others_does_not_shift_cells():
    """A hidden column of old dates between the title and the dates: the visible dates are read."""
    report = _workbook(
        [("Сотрудничество в сфере культуры",),
         (1, "Дни греческой культуры", "01.01.2020", "23–25 мая 2025 г.", "г. Геленджик", "600 человек", "—")],
        header=("№ п/п", "Наименование мероприятия", "Дата (старая)", "Дата проведения", "Место проведения",
                "Участники", "Результаты"), hidden="C")
    event = report.events[0]
    assert (str(event.start_date), str(event.end_date), event.venue_city) == ("2025-05-23", "2025-05-25", "Геленджик")


def test_a_sheet_without_hidden_columns_says_nothing_of_them():
    report = _workbook([("Сотрудничество в сфере культуры",),
                        (1, "Дни армянской культуры", "23.05.2025", "г. Армавир", "600 человек", "—")])
    assert not any("скрытый" in i.message for i in report.issues)


# ---------- planned events under a plan heading are not held events ----------

@pytest.mark.parametrize("text, plan", [
    ("План мероприятий на I квартал 2026 года", True), ("2. Планируемые мероприятия", True),
    ("Перспективный план международных мероприятий", True), ("Мероприятия, запланированные на 2026 год", True),
    ("Предстоящие мероприятия", True), ("Планы на 2026 год", True), ("Плановые мероприятия на 2026 г.", True),
    ("Планирование и градостроительство", False), ("Выполнение плана", False), ("Планета детства", False),
    ("Сотрудничество в сфере культуры", False),
])
def test_a_plan_heading_is_known_by_its_words(text, plan):
    assert is_plan_heading(text) is plan


def test_rows_under_a_plan_heading_in_a_notepad_table_are_not_loaded():
    report = _tab_rows(("№", "Наименование", "Сроки", "Место", "Участники", "Итоги"),
                       [("Сотрудничество в сфере культуры",),
                        ("1", "Дни греческой культуры", "23.05.2025", "г. Геленджик", "600 человек", "—"),
                        ("2", "Фестиваль «Кубань – Армения»", "15.05.2025", "г. Армавир", "1200 человек", "—"),
                        ("Планируемые мероприятия на III квартал 2025 года",),
                        ("3", "Визит делегации Египта", "июль 2025 г.", "г. Краснодар", "20 человек", "—"),
                        ("4", "Форум «Кубань – ОАЭ»", "сентябрь 2025 г.", "г. Сочи", "300 человек", "—")])
    assert [e.title for e in report.events] == ["Дни греческой культуры", "Фестиваль «Кубань – Армения»"]
    warnings = [i for i in report.issues if i.severity == "warning" and "план, а не проведённые" in i.message]
    assert len(warnings) == 1 and "(2) не загружены" in warnings[0].message


def test_a_heading_after_the_plan_starts_held_events_again():
    report = _workbook([("Планируемые мероприятия",),
                        (1, "Визит делегации Египта", "июль 2025 г.", "г. Краснодар", "20 человек", "—"),
                        ("Сотрудничество в сфере культуры",),
                        (2, "Дни греческой культуры", "23.05.2025", "г. Геленджик", "600 человек", "—")])
    assert [(e.n, e.title) for e in report.events] == [(2, "Дни греческой культуры")]
    assert any("«Планируемые мероприятия»" in i.message for i in report.issues)


def test_a_second_word_table_under_a_plan_paragraph_is_not_loaded():
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE)
    header = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Участники")
    for name, rows in (("Сотрудничество в сфере образования",
                        [("1", "Летняя школа для студентов из Египта", "2–20 июня 2025 г.", "г. Краснодар", "45")]),
                       ("Мероприятия, запланированные на III квартал 2025 года",
                        [("1", "Визит делегации ОАЭ", "август 2025 г.", "г. Сочи", "12"),
                         ("2", "Форум «Кубань – Греция»", "сентябрь 2025 г.", "г. Краснодар", "150")])):
        document.add_paragraph(name)
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "r.docx"))
    assert [e.title for e in report.events] == ["Летняя школа для студентов из Египта"]
    assert any(i.severity == "warning" and "(2) не загружены" in i.message for i in report.issues)


# ---------- Word footnotes: the mark as Word shows it, the note under the table ----------

def _docx_with_footnotes(cells: list[tuple[str, ...]], notes: dict[str, str], custom: dict[str, str] = ()) -> bytes:
    """A SYNTHETIC .docx whose cells may hold «^id» — a w:footnoteReference to footnote `id` of `notes` (a
    w:customMarkFollows reference when `custom` gives its typed mark)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    custom = dict(custom)
    document = docx.Document()
    document.add_paragraph("Отчёт о международных связях Ханты-Мансийского автономного округа – Югры "
                           "за IV квартал 2025 года")
    header = ("№ п/п", "Наименование мероприятия", "Сроки проведения", "Место проведения", "Участники")
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in [("Сотрудничество в сфере образования",), *cells]:
        targets = table.add_row().cells
        if len(row) == 1:
            targets = [targets[0].merge(targets[-1])]
        for cell, text in zip(targets, row):
            head, _, note_id = text.partition("^")
            paragraph = cell.paragraphs[0]
            paragraph.add_run(head)
            if note_id:
                mark = custom.get(note_id)
                attributes = ' w:customMarkFollows="1"' if mark else ""
                run = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                f'<w:footnoteReference{attributes} w:id="{note_id}"/>'
                                + (f"<w:t>{mark}</w:t>" if mark else "") + "</w:r>")
                paragraph._p.append(run)
    body = "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {v}'
                   f"</w:t></w:r></w:p></w:footnote>" for k, v in notes.items())
    xml = (f'<w:footnotes {nsdecls("w")}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
           f"</w:p></w:footnote>{body}</w:footnotes>").encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml", xml,
                document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _footnoted(cells, notes, custom=()):
    return build_report(read_bytes(_docx_with_footnotes(cells, notes, custom), "r.docx"))


def test_a_footnote_on_a_count_reads_its_note():
    report = _footnoted([("1", "Визит делегации Венгрии", "7–9 октября 2025 г.", "г. Ханты-Мансийск", "30^5"),
                         ("2", "Визит студентов из Эстонии", "18 ноября 2025 г.", "г. Сургут", "25 человек^7")],
                        {"5": "в т.ч. 8 иностранных", "7": "из них онлайн – 12"})
    assert [(e.attendance_total, e.attendance_foreign, e.attendance_online) for e in report.events] == [
        (30, 8, None), (25, None, 12)]
    assert [note.text for note in report.notes][-2:] == [
        "¹ в т.ч. 8 иностранных", "² из них онлайн – 12"]


def test_footnotes_are_numbered_in_the_order_their_marks_stand():
    """Word shows the first reference as 1 whatever the footnote's id; a mark on a title is no part of it."""
    report = _footnoted([("1", "Фестиваль финно-угорского кино^9", "26–28 ноября 2025 г.", "г. Ханты-Мансийск",
                          "свыше 800 зрителей"),
                         ("2", "Дни культуры Монголии", "8–12 декабря 2025 г.", "г. Сургут", "600^3")],
                        {"3": "в т.ч. иностранных – 40", "9": "по данным организаторов"})
    assert report.events[0].title == "Фестиваль финно-угорского кино"
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (800, None)
    assert (report.events[1].attendance_total, report.events[1].attendance_foreign) == (600, 40)


def test_a_footnote_with_its_own_mark():
    report = _footnoted([("1", "Визит делегации Финляндии", "5 ноября 2025 г.", "г. Ханты-Мансийск", "14^4")],
                        {"4": "в т.ч. 6 иностранных"}, custom={"4": "*"})
    assert (report.events[0].attendance_total, report.events[0].attendance_foreign) == (14, 6)


# ---------- PDF: words at a narrow column's line end ----------

@pytest.mark.parametrize("head, tail, broken", [
    ("Костанайской", "области", False), ("Костанайским", "региональным", False),
    ("Хэйхэского", "университета", False), ("Абаканской", "области", False),
    ("Смоленс", "кий", True), ("Международ", "ный", True), ("Нижнекамск", "ого", True),
])
def test_a_place_adjective_at_a_line_end_is_a_whole_word(head, tail, broken):
    from etl.pdf_grid import _broken_word

    assert _broken_word(head, tail) is broken


@pytest.mark.parametrize("last, first, joined", [
    ("2025–", "2027", ""), ("Москва–", "Минск", ""), ("научно-", "производственный", ""),
    ("годы", "подписан", " "),
])
def test_a_line_ending_in_a_dash_after_a_word_runs_on(last, first, joined):
    from etl.pdf_grid import _CellLines, _Joiner, _Line, _Word

    top = _Line([_Word("на", 0, 12, 0, 10), _Word(last, 15, 92, 0, 10)])
    bottom = _Line([_Word(first, 0, 60, 12, 22)])
    cell = _CellLines(0, 100, [top, bottom])
    assert _Joiner(12, 3).text(cell) == f"на {last}{joined}{first}"


# ---------- regions of the partners named ----------

@pytest.mark.parametrize("text, region", [
    ("Визит делегации медье Бач-Кишкун (Венгрия)", "Медье Бач-Кишкун"),
    ("Переговоры с администрацией медье Хайду-Бихар", "Медье Хайду-Бихар"),
    ("делегация уезда Ида-Вирумаа Эстонской Республики", "Уезд Ида-Вирумаа"),
    ("студенты из уезда Тартумаа", "Уезд Тартумаа"),
    ("губернатор Ширакской области Республики Армения", "Ширакская область"),
    ("Визит делегации Лорийской области", "Лорийская область"),
    ("Переговоры с делегацией провинции Измир (Турецкая Республика)", "Провинция Измир"),
])
def test_regions_of_hungary_estonia_armenia_and_turkey(text, region):
    from etl.geo import foreign_regions

    assert foreign_regions([text]) == [region]


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


def _dates(event) -> tuple[str, str]:
    return str(event["start_date"])[:10], str(event["end_date"])[:10]


def test_krasnodar_excel_workbook(tmp_path):
    con = _load(KRASNODAR, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Краснодарский край", 2025, 2, 16)]
    events = _events(con)
    # a line break inside a cell is a space in the title; a date cell is its day, a text range its days
    assert events[1]["title"] == "Бизнес-миссия кубанских экспортёров в Республику Армения"
    assert _dates(events[2]) == ("2025-04-22", "2025-04-22") and _dates(events[9]) == ("2025-05-15", "2025-05-17")
    assert _dates(events[14]) == ("2025-04-28", "2025-05-01")
    # the two-row header: всего / в т.ч. иностранных / онлайн, numbers typed as 25.0 or 25
    assert [(events[n]["attendance_total"], events[n]["attendance_foreign"], events[n]["attendance_online"])
            for n in (1, 4, 5, 12, 16)] == [(22, 0, None), (85, 20, 30), (25, None, 25), (320, 80, 100),
                                            (55, None, 55)]
    assert [events[n]["format"] for n in (4, 5, 12, 13)] == ["hybrid", "online", "hybrid", "in_person"]
    # sector rows merged across the sheet
    assert [events[n]["sector"] for n in (1, 6, 9, 14)] == [
        "Торгово-экономическое сотрудничество", "Межрегиональное сотрудничество", "Гуманитарное сотрудничество",
        "Туризм"]
    # partners: Abkhazia is a partner of its own code, as etl/reference has it
    assert list(events[6]["partner_countries"]) == ["AB"] and (events[7]["venue_city"], events[7]["venue_country"]) \
        == ("Сухум", "AB")
    assert list(events[15]["partner_countries"]) == ["AE", "EG"] and list(events[13]["partner_countries"]) == ["TR", "AM"]
    assert (events[3]["venue_city"], events[3]["venue_country"]) == ("Абу-Даби", "AE")
    assert list(events[2]["foreign_regions"]) == ["Провинция Измир"]
    assert (events[6]["venue_city"], events[12]["venue_city"]) == ("Сочи", "Сириус")
    # the hidden notes column is not read, the formula «Итого» is a note, «Сводка» is named
    assert not any("ТПП" in str(v) for e in events.values() for v in e.values())
    assert ("Итого",) in con.sql("select text from report_notes").fetchall()
    messages = [m for (m,) in con.sql("select message from parse_issues").fetchall()]
    assert any("скрытый столбец H «Примечание»" in m for m in messages)
    assert any("«Сводка»" in m for m in messages)


def test_chelyabinsk_pdf_saved_from_word(tmp_path):
    con = _load(CHELYABINSK, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Челябинская область", 2025, 3, 15)]
    events = _events(con)
    # words at a narrow column's line end, a long cell over two page breaks
    assert events[1]["title"] == "Визит делегации Костанайской области Республики Казахстан во главе с акимом области"
    assert list(events[1]["foreign_regions"]) == ["Костанайская область"]
    assert events[13]["title"] == "Совместная научная конференция с Костанайским региональным университетом"
    assert events[1]["agreement_text"].endswith("2025–2027 годы")
    assert events[1]["raw_content"].count("В ходе визита") == 3
    # Roman months, decades, weekdays, «с 3 по 5 сент.»
    assert _dates(events[1]) == ("2025-09-15", "2025-09-15") and _dates(events[4]) == ("2025-07-07", "2025-07-11")
    assert _dates(events[5]) == ("2025-09-11", "2025-09-20") and _dates(events[8]) == ("2025-08-01", "2025-08-10")
    assert _dates(events[10]) == ("2025-07-21", "2025-07-31") and _dates(events[3]) == ("2025-09-12", "2025-09-12")
    assert _dates(events[2]) == ("2025-09-03", "2025-09-05") and _dates(events[11]) == ("2025-07-14", "2025-07-25")
    # «свыше 1,5 тыс. человек», «~200 чел.»
    assert (events[2]["attendance_total"], events[2]["attendance_lower_bound"]) == (1500, True)
    assert (events[3]["attendance_total"], events[3]["attendance_approximate"]) == (200, True)
    assert (events[14]["attendance_total"], events[9]["attendance_total"]) == (2000, 1200)
    assert list(events[14]["partner_countries"]) == ["KZ", "CN"] and list(events[5]["partner_countries"]) == ["IN"]
    assert (events[2]["venue_city"], events[2]["venue_country"]) == ("Костанай", "KZ")
    assert events[6]["format"] == "online" and events[8]["unnamed_foreign"]
    assert not any("Наименование" in e["title"] for e in events.values())  # the header repeated on each page


@pytest.fixture(scope="module")
def soffice() -> str:
    path = soffice_path()
    if path is None:
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail("LibreOffice is missing in CI: .ci/run must install libreoffice-writer-nogui", pytrace=False)
        sys.stderr.write(f"\n{'!' * 78}\n{SKIP_MESSAGE}\n{'!' * 78}\n")
        pytest.skip(SKIP_MESSAGE)
    return path


def test_yugra_opendocument_with_a_plan_and_a_footnote(soffice, tmp_path):
    con = _load(YUGRA, tmp_path)
    assert con.sql("select region, year, quarter, event_count from reports").fetchall() == [
        ("Ханты-Мансийский автономный округ — Югра", 2025, 4, 10)]
    events = _events(con)
    # dates first, no number column: numbered in table order
    assert events[1]["title"] == "Визит делегации медье Бач-Кишкун (Венгрия)" and _dates(events[1]) == (
        "2025-10-07", "2025-10-09")
    assert list(events[1]["foreign_regions"]) == ["Медье Бач-Кишкун"]
    # the footnote «30¹» — «¹ в т.ч. 8 иностранных»
    assert (events[1]["attendance_total"], events[1]["attendance_foreign"]) == (30, 8)
    assert (events[6]["attendance_total"], events[6]["attendance_foreign"]) == (25, 20)
    # the plan for the next quarter is not loaded as held events
    assert not any("венгерской культуры" in e["title"] for e in events.values())
    assert max(str(e["end_date"])[:10] for e in events.values()) <= "2025-12-31"
    warnings = con.sql("select message from parse_issues where severity = 'warning'").fetchall()
    assert any("План мероприятий на I квартал 2026 года" in m and "(3) не загружены" in m for (m,) in warnings)
    assert list(events[5]["partner_countries"]) == ["HU", "FI", "EE"]
    assert (events[3]["venue_city"], events[3]["venue_country"]) == ("Улан-Батор", "MN")
    assert (events[9]["venue_city"], events[4]["format"]) == ("Сургут", "online")
    assert list(events[2]["partner_countries"]) == ["VN"] and events[2]["direction"] == "elsewhere_in_russia"
