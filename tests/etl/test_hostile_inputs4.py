"""Red-team round 4 (docs/hostile-inputs.md rows 123–): two reports in one text dump, and what round 3 left
untried. Every input is SYNTHETIC, made from the real sample (data/raw is only read); none is stored in data/raw.

Against main's code (1c24fad) 55 of these 70 cases fail; the 15 that pass there are guards (a title as a merged row,
the title repeated at a page top in a dump and in TAB rows, headings naming a quarter, a title naming no year still
refused, two paragraph reports, Latin letters in words, fullwidth digits, «Nº», a text box beside a body table, a
hidden second column of a kind, a merged dates-and-result cell, a numbered heading merged over its row):
- a text dump (.txt) holding two reports one after the other — another quarter, another region, the same report
  twice, a title beginning «Информация»/«Сведения», a title naming a year but no quarter, a title typed straight
  under the last cell — was refused as «номер мероприятия 1 повторяется» (docs row 122): the second title's
  lines ran on into the first report's last cell, and those repeating the first title were dropped as a
  running page header, so no title was left to recognise. Now the first report loads and a warning names both
  titles and the line of the file where the second begins — the rule .docx and .xlsx follow
  (etl.title.another_report), not a copy of it.
  A table pasted into an editor (TAB-separated rows) holding two reports was refused the same way.
- a letter typed for a digit (Latin/Cyrillic «O» for 0, «l» for 1) refused the title («2O24»), lost a day («l7 октября»
  read as the whole of October), a count («5O человек» as 5) or an event («1O.» into a heading); a soft hyphen in
  each event's number lost 69 of 78 events with no word; an RLM mark in the title refused it.
- a .docx whose events table stands in a text box was refused as «в документе Word нет таблицы мероприятий»;
- an .xlsx whose venue (dates, participants) column was hidden lost that field in every event, and the emptied
  header was called «столбец 3 «» не распознан»;
- a .docx event whose venue and dates cells were merged across (w:gridSpan) had no dates: «не удалось прочитать
  даты» with the dates in the merged cell;
- `load FOLDER` skipped a report named «.txt» or «.отчёт.docx» with no word («Не найдено файлов отчётов»).
"""
from __future__ import annotations

import contextlib
import copy
import io
import re
from pathlib import Path

import duckdb
import pytest

from etl.cli import main
from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from synthetic_reports import quarter_variant

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = (ROOT / "data" / "raw" / "smolensk_international_2024q4.txt").read_text(encoding="utf-8")
BODY = "исполнительными органами \nСмоленской области и подведомственными им учреждениями"


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


def _parts(text: str, events: int | None = None) -> tuple[list[str], list[tuple[str, ...]]]:
    """The title lines and the table rows (header first) of a text report, cut to its first `events` events."""
    grid = grid_from_text(text)
    rows = [row.cells for row in grid.rows]
    if events is not None:
        numbered = [k for k, cells in enumerate(rows) if len(cells) > 1 and cells[0].strip().rstrip(".").isdigit()]
        rows = rows[:numbered[events - 1] + 1]
    return [line for line in grid.preamble if line.strip()], rows


def _dump(title: list[str], rows) -> str:
    """SYNTHETIC: a Word table's text dump — the title's lines, then each cell on a line beginning with a TAB."""
    cells = "\n".join("\t" + cell for row in rows for cell in row)
    return "\n".join(title) + "\n\n" + cells + "\n"


def _two_reports_warning(report) -> list:
    return [i for i in report.issues if i.severity == "warning" and "два отчёта" in i.message]


def _build(text: str, name: str = "два.txt"):
    return build_report(read_bytes(text.encode("utf-8"), name))


# --- two reports in one text dump ------------------------------------------------------------------------------

SECOND_TXT = [
    pytest.param(quarter_variant(SAMPLE, 2024, 3), "III квартале 2024", id="previous_quarter"),
    pytest.param(quarter_variant(SAMPLE, 2023, 4), "IV квартале 2023", id="a_year_before"),
    pytest.param(SAMPLE.replace("Смоленской области", "Брянской области", 1), "Брянской области",
                 id="another_region"),
    pytest.param(SAMPLE, "IV квартале 2024", id="the_same_report_twice"),
    pytest.param(quarter_variant(SAMPLE, 2025, 1).replace("Отчет о мероприятиях", "Информация о мероприятиях", 1),
                 "Информация о мероприятиях", id="informatsiya_next_quarter"),
    pytest.param(quarter_variant(SAMPLE, 2024, 2).replace("Отчет о мероприятиях", "СВЕДЕНИЯ о мероприятиях", 1),
                 "II квартале 2024", id="svedeniya_in_capitals"),
    pytest.param(SAMPLE.replace("в IV квартале 2024 года", "за 2024 год", 1), "за 2024 год",
                 id="a_year_not_a_quarter"),
    pytest.param(SAMPLE.replace(BODY, "Министерством культуры Смоленской области", 1),
                 "Министерством культуры", id="same_quarter_another_body_same_rows"),
]


@pytest.mark.parametrize("second, names", SECOND_TXT)
def test_two_reports_in_one_text_dump_load_the_first_and_say_so(second, names):
    """The second report appended to the first, as a clerk pasting two dumps into one file does."""
    report = _build(SAMPLE + "\n" + second)
    assert (report.region, report.year, report.quarter, len(report.events)) == ("Смоленская область", 2024, 4, 78)
    warnings = _two_reports_warning(report)
    assert len(warnings) == 1, [i.message for i in report.issues if i.severity == "warning"]
    message = warnings[0].message
    line = SAMPLE.count("\n") + 2  # the second title's first line: where the user finds it
    assert names in message and "IV квартале 2024" in message and "отдельным файлом" in message, message
    assert f"в строке {line} файла" in message, message
    # nothing of the second report ran into the first one's last cell
    assert not any("мероприятиях в международной" in note.text for note in report.notes), report.notes


@pytest.mark.parametrize("blank", [True, False], ids=["after_a_blank_line", "straight_under_the_last_cell"])
@pytest.mark.parametrize("header_again", [True, False], ids=["header_repeated", "no_header"])
def test_a_second_title_inside_a_dumps_table(blank, header_again):
    """The second report's title typed between two rows of one table (not at a cell's TAB): with the header
    typed again or not, after a blank line or right under the last event's last line."""
    title1, rows1 = _parts(SAMPLE, 9)
    title2, rows2 = _parts(quarter_variant(SAMPLE, 2024, 3), 7)
    text = _dump(title1, rows1).rstrip("\n") + ("\n\n" if blank else "\n") + "\n".join(title2) + "\n" \
        + "\n".join("\t" + c for row in (rows2 if header_again else rows2[1:]) for c in row)
    report = _build(text, "в_одной.txt")
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 9)
    warnings = _two_reports_warning(report)
    assert len(warnings) == 1 and "III квартале 2024" in warnings[0].message, report.issues
    assert all("III квартале" not in str(e.raw) for e in report.events)  # the title is no event's text


def test_a_second_title_as_a_merged_row_of_the_dump():
    """The title in a row of its own (a merged Word row: one TAB cell) — the rule of a .docx table's title row."""
    title1, rows1 = _parts(SAMPLE, 6)
    title2, rows2 = _parts(quarter_variant(SAMPLE, 2023, 2), 5)
    report = _build(_dump(title1, rows1 + [(" ".join(title2),)] + rows2), "строка.txt")
    assert len(report.events) == 6
    assert len(_two_reports_warning(report)) == 1 and "II квартале 2023" in _two_reports_warning(report)[0].message


def test_the_title_repeated_at_a_page_top_is_still_a_page_header():
    """The guard: the first report's own title typed again mid-table (a page's running header), the events
    numbered on — one report, the title dropped as before, no warning, no sector named by the title."""
    title, rows = _parts(SAMPLE, 20)
    cut = next(k for k, cells in enumerate(rows) if cells[0].strip().rstrip(".") == "11")
    text = _dump(title, rows[:cut]).rstrip("\n") + "\n\n" + "\n".join(title) + "\n\n" + \
        "\n".join("\t" + c for row in [rows[0]] + rows[cut:] for c in row)
    report = _build(text, "страницы.txt")
    assert len(report.events) == 20 and not _two_reports_warning(report)
    assert not any("Отчет" in (e.sector or "") for e in report.events)


def test_sections_whose_heading_names_a_year_are_no_second_report():
    """The guard: headings that name a quarter but do not begin as a title («Мероприятия, перенесённые на
    I квартал 2025 года») stay headings, and a closing note naming another quarter is no second report."""
    title, rows = _parts(SAMPLE, 12)
    cut = next(k for k, cells in enumerate(rows) if cells[0].strip().rstrip(".") == "7")
    text = _dump(title, rows[:cut] + [("Мероприятия, проведённые совместно в IV квартале 2024 года",)] + rows[cut:])
    text += "\nДля сравнения: в III квартале 2024 года проведено 70 мероприятий\n"
    report = _build(text, "разделы.txt")
    assert len(report.events) == 12 and not _two_reports_warning(report)


def test_two_reports_in_one_text_dump_through_load(tmp_path):
    """What the user gets from `python -m etl load`: the first quarter loaded, the warning naming both titles
    and the line; an earlier quarter in the database kept."""
    database = tmp_path / "t.duckdb"
    earlier = tmp_path / "earlier.txt"
    earlier.write_text(quarter_variant(SAMPLE, 2024, 1), encoding="utf-8")
    assert _run("--db", str(database), "load", str(earlier))[0] == 0
    path = tmp_path / "два_квартала.txt"
    path.write_text(SAMPLE + "\n" + quarter_variant(SAMPLE, 2024, 3), encoding="utf-8")
    code, out = _run("--db", str(database), "load", "-v", str(path))
    assert code == 0, out
    assert "два отчёта" in out and "III квартале 2024" in out and "строке" in out, out
    with duckdb.connect(str(database), read_only=True) as con:
        assert con.execute("select r.year, r.quarter, count(*) from events e join reports r using (report_id) "
                           "group by all order by 1, 2").fetchall() == [(2024, 1, 78), (2024, 4, 78)]


def test_a_title_without_year_or_quarter_is_still_refused_naming_the_number():
    """What is left (docs): a second title naming no year at all is not recognised as a title; the file is refused
    whole, naming the repeated number — nothing half-loaded."""
    second = SAMPLE.replace("в IV квартале 2024 года", "", 1)
    with pytest.raises(ReportError, match="повторяется"):
        _build(SAMPLE + "\n" + second)


def test_the_new_warnings_read_in_english():
    """The dashboard's English mode: a dump's «в строке N файла» has its English text (no Russian outside «…»)."""
    from analytics.i18n import message_text

    report = _build(SAMPLE + "\n" + quarter_variant(SAMPLE, 2024, 3))
    messages = [i.message for i in _two_reports_warning(report)]
    assert len(messages) == 1
    english = [message_text(m, "en") for m in messages]
    assert not [e for e in english if re.search("[А-Яа-яЁё]", re.sub("«[^»]*»", "", e))], english
    assert f"line {SAMPLE.count(chr(10)) + 2} of the file" in english[0], english


def _paragraphs(text: str, events: int) -> str:
    """SYNTHETIC: the report as numbered paragraphs with labelled lines (etl/paragraphs.py), no table."""
    title, rows = _parts(text, events)
    out = list(title) + [""]
    for cells in rows[1:]:
        if len(cells) == 1:
            out += ["", cells[0].strip(), ""]
            continue
        out += [f"{cells[0].strip()} {' '.join(cells[1].split())}", f"Место проведения: {' '.join(cells[2].split())}",
                f"Сроки проведения: {' '.join(cells[3].split())}", f"Участники: {' '.join(cells[5].split())}"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("second", [quarter_variant(SAMPLE, 2024, 3), SAMPLE], ids=["previous_quarter", "twice"])
def test_two_paragraph_reports_in_one_file_load_the_first(second):
    """The guard for etl/paragraphs.py: its second title is a one-cell row already, read by the same rule."""
    report = _build(_paragraphs(SAMPLE, 8) + "\n" + _paragraphs(second, 6), "абзацы.txt")
    assert len(report.events) == 8 and len(_two_reports_warning(report)) == 1


# --- letters typed for digits, marks no one sees -----------------------------------------------------------------

_KEYS = ("sector_key", "start_date", "end_date", "venue_city", "venue_country", "partner_countries",
         "attendance_total", "attendance_foreign", "event_type")
_LATIN = str.maketrans("аеорсхАЕОРСХ", "aeopcxAEOPCX")


def _fields(report) -> dict:
    return {e.n: tuple(getattr(e, k) for k in _KEYS) for e in report.events}


BASE = None


def _base():
    global BASE
    if BASE is None:
        BASE = _fields(_build(SAMPLE, "s.txt"))
    return BASE


TYPED = [
    pytest.param(lambda s: s.replace("2024 года", "2O24 года"), id="latin_O_for_zero_in_every_year"),
    pytest.param(lambda s: s.replace("2024 года", "2О24 года").replace("2023 года", "2О23 года"), id="cyrillic_O_in_years"),
    pytest.param(lambda s: re.sub(r"\b1(\d) (октября|ноября|декабря)", r"l\1 \2", s), id="latin_l_for_one_in_days"),
    pytest.param(lambda s: re.sub(r"(?<=\d)(?=\d)", "\u00ad", s), id="soft_hyphen_inside_every_number"),
    pytest.param(lambda s: re.sub(r"(?m)^\t(\d)(\d)\. $", "\t\\1\u00ad\\2. ", s), id="soft_hyphen_in_event_numbers"),
    pytest.param(lambda s: re.sub(r"(?m)^\t(\d+)\. $", "\t\u200f\\1. ", s), id="rlm_before_event_numbers"),
    pytest.param(lambda s: re.sub(r"(?m)^\t(\d+)\. $", "\u200e\t\\1. ", s), id="lrm_at_each_rows_line_start"),
    pytest.param(lambda s: s.replace(" ", " \u200f", 3000), id="rlm_after_spaces_title_too"),
    pytest.param(lambda s: s.replace("в IV квартале", "в \u2067IV\u2069 квартале", 1), id="isolate_around_quarter"),
    pytest.param(lambda s: re.sub(r"(?m)^\t(\d)0\. $", "\t\\1O. ", s), id="latin_O_in_event_numbers"),
    pytest.param(lambda s: re.sub(r"(?m)^\t1(\d)\. $", "\tl\\1. ", s), id="latin_l_in_event_numbers"),
    pytest.param(lambda s: re.sub(r"(\d)0 (человек|участник)", r"\1O \2", s), id="latin_O_in_head_counts"),
    pytest.param(lambda s: re.sub(r"Беларус\w*", lambda m: m.group(0).translate(_LATIN), s), id="held_latin_in_belarus"),
    pytest.param(lambda s: s.translate(str.maketrans("0123456789", "０１２３４５６７８９")), id="held_fullwidth_digits"),
    pytest.param(lambda s: re.sub(r"(?m)^\tСотрудничество", "\tCотрудничествo", s), id="held_latin_in_headings"),
    pytest.param(lambda s: s.replace("№ п/п", "Nº п/п"), id="held_numero_as_N_ordinal"),
]


@pytest.mark.parametrize("typed", TYPED)
def test_letters_for_digits_and_invisible_marks_read_as_the_clean_report(typed):
    """A Latin «O» or Cyrillic «О» for a zero, an «l» for a one, a soft hyphen or a direction mark (RLM, LRM, an
    isolate) inside numbers or words: the same 78 events with the same dates, counts, places and sectors. Before:
    «2O24» refused the title, «l7 октября» loaded as the whole of October (the day silently lost), «5O человек» as 5,
    one soft hyphen in each event's number lost 69 of 78 events with no word, an RLM in the title refused it,
    «1O.» lost event 10 into a heading."""
    changed = typed(SAMPLE)
    assert changed != SAMPLE
    report = _build(changed, "буквы.txt")
    assert (report.region, report.year, report.quarter) == ("Смоленская область", 2024, 4)
    assert _fields(report) == _base()


@pytest.mark.parametrize("text", ["ООО «Лайт»", "IV квартал", "CO2 и H2O", "Il-76", "Oil 5 l", "В 10 о. Кипр",
                                  "X1 и Y2", "Отдел 1-о"])
def test_letters_that_are_no_digits_stay(text):
    """The guard: a letter counts as a digit only inside a run of digits and such letters standing alone."""
    from etl.lemmas import digit_lookalikes

    assert digit_lookalikes(text) == text
    assert digit_lookalikes(f"{text} 2O24") == f"{text} 2024"


# --- Word: the events table in a text box ------------------------------------------------------------------------

_BOX_NS = ('xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _boxed_docx(kind: str, title_in_box: bool = False) -> bytes:
    """SYNTHETIC .docx made from the sample (tests/docx_builder.py) with its events table moved into a text box:
    a DrawingML shape in mc:AlternateContent with a VML copy in mc:Fallback (what Word writes), a DrawingML shape
    alone, or a VML text box alone (an older Word)."""
    import docx
    from docx.oxml import parse_xml

    from docx_builder import grid_to_docx
    from docx_xml import W

    document = docx.Document(io.BytesIO(grid_to_docx(grid_from_text(SAMPLE))))
    table = document.tables[0]._tbl
    drawing = ('<w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
               'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent/></wps:txbx></wps:wsp></a:graphicData>'
               '</a:graphic></wp:anchor></w:drawing>')
    vml = '<w:pict><v:shape><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>'
    run = {"alternate": f'<mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
                        f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>',
           "drawing": drawing, "vml": vml}[kind]
    anchor = parse_xml(f'<w:p {W} {_BOX_NS}><w:r>{run}</w:r></w:p>')
    table.addprevious(anchor)
    boxes = anchor.xpath(".//w:txbxContent")
    if title_in_box:
        for paragraph in [p._p for p in document.paragraphs if p._p is not anchor][:3]:
            boxes[0].append(paragraph)
    for box in boxes[1:]:  # the Fallback's copy: the same table again
        box.append(copy.deepcopy(table))
        box.append(parse_xml(f"<w:p {W}/>"))
    boxes[0].append(table)
    boxes[0].append(parse_xml(f"<w:p {W}/>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("title_in_box", [False, True], ids=["title_above", "title_in_the_box_too"])
@pytest.mark.parametrize("kind", ["alternate", "drawing", "vml"])
def test_a_table_in_a_text_box_is_read_as_the_table(kind, title_in_box):
    """Before: the box was read as its paragraph's text, the table's rows as lines, and the quarter refused as
    «в документе Word нет таблицы мероприятий» (there is one: in a text box). Now it is read once (the shown branch,
    not also its Fallback copy), with an info saying where it stood."""
    report = build_report(read_bytes(_boxed_docx(kind, title_in_box), "надпись.docx"))
    assert (report.region, report.year, report.quarter) == ("Смоленская область", 2024, 4)
    assert _fields(report) == _base()
    assert [i for i in report.issues if "надписи" in i.message and i.severity == "info"]


def test_a_text_box_beside_a_body_table_is_left_as_it_was():
    """The guard: a document whose events table is in its body keeps reading a text box as its paragraph's text."""
    import docx
    from docx.oxml import parse_xml

    from docx_builder import grid_to_docx
    from docx_xml import W

    document = docx.Document(io.BytesIO(grid_to_docx(grid_from_text(SAMPLE))))
    box = parse_xml(f'<w:p {W} {_BOX_NS}><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:tbl><w:tr><w:tc><w:p>'
                    f'<w:r><w:t>Справка</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:txbxContent></v:textbox>'
                    f'</v:shape></w:pict></w:r></w:p>')
    document.tables[0]._tbl.addnext(box)
    buffer = io.BytesIO()
    document.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "с_надписью.docx"))
    assert _fields(report) == _base() and not [i for i in report.issues if "надписи" in i.message]


def test_the_text_box_info_reads_in_english():
    from analytics.i18n import message_text

    report = build_report(read_bytes(_boxed_docx("vml"), "надпись.docx"))
    english = [message_text(i.message, "en") for i in report.issues if "надписи" in i.message]
    assert english == ["the table stands in a text box of the document and is read from there"]


# --- names ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("names", [[".txt"], ["..txt", ".отчёт.docx"], [".txt", "виден.txt"]],
                         ids=["only_an_extension", "dot_names", "beside_a_visible_one"])
def test_a_report_named_with_a_leading_dot_is_named_not_skipped_silently(tmp_path, names):
    """`load FOLDER` skips hidden files; a report saved as «.txt» (only an extension) or «.отчёт.docx» was skipped
    with no word, and a folder of only such files answered «Не найдено файлов отчётов». Now each is named with
    what to do; the visible reports load as before; a file inside a hidden folder (upload staging) stays unnamed."""
    folder = tmp_path / "папка"
    (folder / ".incoming-x").mkdir(parents=True)
    (folder / ".incoming-x" / "staged.txt").write_text(SAMPLE, encoding="utf-8")
    for k, name in enumerate(names):
        (folder / name).write_text(quarter_variant(SAMPLE, 2020 + k, 1), encoding="utf-8")
    code, out = _run("--db", str(tmp_path / "t.duckdb"), "load", str(folder))
    hidden = [n for n in names if n.startswith(".")]
    for name in hidden:
        assert f"{name}: пропущен — имя начинается с точки" in out, out
    assert "staged.txt" not in out
    assert code == (0 if len(hidden) < len(names) else 2), out


# --- Excel: a hidden column of the report's own -------------------------------------------------------------------

def _sample_book(hide: str, extra_header: str | None = None) -> bytes:
    """SYNTHETIC .xlsx of the sample (title rows, then the table), column `hide` hidden; `extra_header`: a seventh
    column with that header, copied from the sixth (participants)."""
    import openpyxl

    grid = grid_from_text(SAMPLE)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Отчёт"
    for line in grid.preamble:
        if line.strip():
            sheet.append([line.strip()])
    for k, row in enumerate(grid.rows):
        cells = list(row.cells)
        if extra_header and len(cells) == 6:
            cells.append(extra_header if k == 0 else "5 человек")
        sheet.append(cells)
    sheet.column_dimensions[hide].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("column, role", [("C", "Место проведения"), ("D", "Сроки проведения"), ("F", "Участники")])
def test_a_hidden_column_of_the_reports_own_is_read_with_a_warning(column, role):
    """A clerk hid the venues (or the dates, the participants) to print the table narrower: the column was left out,
    every event lost that field, and the emptied header was called «столбец 3 «» не распознан». Now it is read — it
    is the only column of its kind — and a warning names it."""
    report = build_report(read_bytes(_sample_book(column), "скрыт.xlsx"))
    assert _fields(report) == _base()
    warnings = [i.message for i in report.issues if i.severity == "warning"]
    assert any(f"скрытый столбец {column} «{role}" in m and "прочитан" in m for m in warnings), warnings
    assert not [m for m in warnings if "не распознан" in m], warnings


def test_a_hidden_second_column_of_a_kind_stays_unread():
    """The guard: a hidden column beside a visible one of the same kind (an old «Участники» kept out of sight) is
    not read, as a hidden note is not (tests/etl/test_etl_next_reports6.py)."""
    report = build_report(read_bytes(_sample_book("G", "Участники (старое)"), "скрыт2.xlsx"))
    assert _fields(report) == _base()
    assert any(i.severity == "info" and "скрытый столбец G" in i.message and "не прочитан" in i.message
               for i in report.issues)


def test_the_hidden_column_warning_reads_in_english():
    from analytics.i18n import message_text

    report = build_report(read_bytes(_sample_book("C"), "скрыт.xlsx"))
    english = [message_text(i.message, "en") for i in report.issues if "скрытый столбец" in i.message]
    assert english == ["hidden column C «Место проведения мероприятия» is read: it is a column of the report, "
                       "but Excel does not show it — check it"]


# --- two reports in a table pasted into an editor (one row a line, cells by TABs) ----------------------------------

def _tab_rows(text: str, events: int | None = None) -> str:
    """SYNTHETIC: the report as a table copied from Word into a plain-text editor (etl.layout.grid_from_tab_rows)."""
    title, rows = _parts(text, events)
    return "\n".join(title + ["\t".join(" ".join(c.split()) for c in cells) for cells in rows])


@pytest.mark.parametrize("second, names", SECOND_TXT[:4] + SECOND_TXT[6:7])
def test_two_reports_pasted_as_tab_rows_load_the_first(second, names):
    """The same rule for TAB-separated rows: the second title's lines repeating the first's were dropped as a page
    header and its last line («в III квартале 2024 года») ran on into the last row — refused as «… 1 повторяется»."""
    first = _tab_rows(SAMPLE)
    report = _build(first + "\n\n" + _tab_rows(second), "строки.txt")
    assert (report.year, report.quarter, len(report.events)) == (2024, 4, 78)
    warnings = _two_reports_warning(report)
    assert len(warnings) == 1 and names in warnings[0].message, report.issues
    assert f"в строке {first.count(chr(10)) + 3} файла" in warnings[0].message, warnings[0].message


def test_tab_rows_with_the_title_again_at_a_page_top_are_one_report():
    """The guard: the title's lines typed again mid-table (and the header), the events numbered on."""
    title, rows = _parts(SAMPLE, 20)
    cut = next(k for k, cells in enumerate(rows) if cells[0].strip().rstrip(".") == "11")
    line = lambda cells: "\t".join(" ".join(c.split()) for c in cells)  # noqa: E731
    for header_again in ([], [rows[0]]):
        text = "\n".join(title + [line(c) for c in rows[:cut]] + [""] + title + [line(c) for c in header_again + rows[cut:]])
        report = _build(text, "страницы.txt")
        assert len(report.events) == 20 and not _two_reports_warning(report)
        assert not any("Отчет" in (e.sector or "") for e in report.events)


# --- Word: an event's cell merged across the dates column (w:gridSpan) ----------------------------------------------

def _spanned_docx(event: int, first: int, last: int) -> bytes:
    """SYNTHETIC .docx of the sample whose event `event` has cells `first`..`last` merged across (w:gridSpan)."""
    import docx

    from docx_builder import grid_to_docx

    document = docx.Document(io.BytesIO(grid_to_docx(grid_from_text(SAMPLE))))
    row = next(r for r in document.tables[0].rows if r.cells[0].text.strip().rstrip(".") == str(event)
               and len({c._tc for c in r.cells}) > 1)
    row.cells[first].merge(row.cells[last])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("event, first, last", [(7, 2, 3), (30, 3, 4), (55, 2, 3)],
                         ids=["venue_and_dates_ev7", "dates_and_result_ev30_held", "venue_and_dates_ev55"])
def test_a_cell_merged_across_the_dates_column_gives_the_dates(event, first, last):
    """Venue and dates (or dates and result) typed into one merged cell: its text landed in one column and the
    event had no dates — «не удалось прочитать даты» with the dates in sight. Now the dates are read from it."""
    report = build_report(read_bytes(_spanned_docx(event, first, last), "объединены.docx"))
    got = next(e for e in report.events if e.n == event)
    assert (got.start_date, got.end_date) == (_base()[event][1], _base()[event][2])
    assert not [i for i in report.issues if i.event == event and i.severity == "warning" and i.field == "dates"]
    said = [i for i in report.issues if "даты прочитаны из её текста" in i.message and i.event == event]
    assert len(said) == (first == 2)  # a cell starting in the dates column is read there already (held)


def test_a_numbered_heading_merged_over_the_row_stays_a_heading():
    """The guard: «1. | Сотрудничество …» with the heading merged over every column but the number is a heading."""
    import docx

    from docx_builder import grid_to_docx

    document = docx.Document(io.BytesIO(grid_to_docx(grid_from_text(SAMPLE))))
    table = document.tables[0]
    heading = next(r for r in table.rows if len({c._tc for c in r.cells}) == 1 and "инвестиционного" in r.cells[0].text)
    new = table.add_row()
    heading._tr.addprevious(new._tr)
    new.cells[0].text = "1."
    merged = new.cells[1].merge(new.cells[-1])
    merged.text = "Сотрудничество в сфере инвестиционного развития"
    heading._tr.getparent().remove(heading._tr)
    buffer = io.BytesIO()
    document.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "заголовок.docx"))
    assert len(report.events) == 78 and report.events[0].sector == "Сотрудничество в сфере инвестиционного развития"
    assert not [i for i in report.issues if "даты прочитаны из её текста" in i.message]
