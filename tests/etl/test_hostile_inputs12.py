"""Red team, round 11 (docs/hostile-inputs.md rows 231–): Word and Excel as saved, and upload names, on the paths where
a quarter was lost. Every input is SYNTHETIC: the real sample (data/raw is only read) laid out in a workbook built in
memory, with rows folded, filtered or hidden; none is stored in data/raw.
"""
from __future__ import annotations

import io
from functools import lru_cache

import pytest

from analytics.i18n import message_text
from etl.layout import grid_from_text
from etl.normalize import build_report
from etl.read import read_bytes
from test_hostile_inputs7 import SAMPLE

P = pytest.param


def _fields(report):
    return [(e.n, e.title, e.start_date, e.end_date, e.venue_city, e.attendance_total, e.sector) for e in report.events]


@lru_cache(maxsize=1)
def _plain():
    return _fields(build_report(read_bytes(SAMPLE.encode("utf-8"), "SYNTHETIC.txt")))


@lru_cache(maxsize=1)
def _sample_rows() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    grid = grid_from_text(SAMPLE)
    return (tuple(line.strip() for line in grid.preamble if line.strip()),
            tuple(tuple(row.cells) for row in grid.rows))


def _sheet_rows_of(sheet_rows, first_event: int, last_event: int) -> list[int]:
    """The sheet rows holding events first_event…last_event (by their «№» cell)."""
    return [number for number, cells in sheet_rows
            if len(cells) > 1 and cells[0].strip().rstrip(".").isdigit()
            and first_event <= int(cells[0].strip().rstrip(".")) <= last_event]


def _sample_book(shape: str, below: tuple[str, ...] = ()) -> bytes:
    """The SYNTHETIC sample as an .xlsx (title lines, header, sector rows, 78 events), then `below` (lines under the
    table after an empty row); `shape` says what the clerk hid."""
    import openpyxl

    preamble, rows = _sample_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Отчёт"
    for line in preamble:
        sheet.append([line])
    header_row = sheet.max_row + 1
    placed = []
    for cells in rows:
        sheet.append(list(cells))
        placed.append((sheet.max_row, cells))
    last_row = sheet.max_row
    if below:
        sheet.append([])
        below_rows = []
        for line in below:
            sheet.append([line])
            below_rows.append(sheet.max_row)
    if shape == "group_collapsed":  # events 12–20 folded under their sector's heading
        numbers = _sheet_rows_of(placed, 12, 20)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
    elif shape == "two_groups_nested":  # two sectors folded, one group inside another
        numbers = _sheet_rows_of(placed, 30, 45)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
        inner = _sheet_rows_of(placed, 35, 40)
        sheet.row_dimensions.group(inner[0], inner[-1], outline_level=2, hidden=True)
    elif shape == "last_group_collapsed":  # the table's last events folded: nothing shown after them
        numbers = _sheet_rows_of(placed, 74, 78)
        sheet.row_dimensions.group(numbers[0], numbers[-1], outline_level=1, hidden=True)
    elif shape == "filter_applied":  # an autofilter on the venue: every event elsewhere than Смоленск hidden
        sheet.auto_filter.ref = f"A{header_row}:F{last_row}"
        sheet.auto_filter.add_filter_column(2, ["г. Смоленск"])
        for number, cells in placed[1:]:
            if len(cells) > 2 and "Смоленск" not in cells[2]:
                sheet.row_dimensions[number].hidden = True
    elif shape == "single_hidden_row":  # one event hidden by hand (Excel: right click → «Скрыть»)
        sheet.row_dimensions[_sheet_rows_of(placed, 10, 10)[0]].hidden = True
    elif shape == "helper_rows_below_folded":  # the table shown; a group of helper lines under it folded
        sheet.row_dimensions.group(below_rows[0], below_rows[-1], outline_level=1, hidden=True)
    elif shape == "helper_rows_below_hidden":
        for number in below_rows:
            sheet.row_dimensions[number].hidden = True
    elif shape == "helper_sheet_hidden":  # a hidden helper sheet of lists for drop-downs
        helper = workbook.create_sheet("Справочник")
        for value in ("г. Смоленск", "г. Минск", "онлайн"):
            helper.append([value])
        helper.sheet_state = "hidden"
    elif shape == "notes_column_hidden":  # a hidden seventh column of the clerk's notes
        for number, cells in placed[1:]:
            if len(cells) > 2:
                sheet.cell(row=number, column=7, value="уточнить у исполнителя (SYNTHETIC)")
        sheet.column_dimensions["G"].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read(shape: str, below: tuple[str, ...] = ()):
    return build_report(read_bytes(_sample_book(shape, below), f"SYNTHETIC {shape}.xlsx"))


# ---------- Excel: rows folded in a group or hidden by a filter are the report's rows ----------

def _hidden_count(data: bytes) -> int:
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(data)).active
    return sum(1 for number in range(1, sheet.max_row + 1) if sheet.row_dimensions[number].hidden)


@pytest.mark.parametrize("shape, how", [
    P("group_collapsed", "свёрнуты в группу", id="group_collapsed"),
    P("two_groups_nested", "свёрнуты в группу", id="two_groups_nested"),
    P("last_group_collapsed", "свёрнуты в группу", id="last_group_collapsed"),
    P("filter_applied", "скрыты фильтром", id="filter_applied"),
    P("single_hidden_row", "скрыты вручную", id="single_hidden_row"),
])
def test_rows_folded_or_filtered_in_the_sheet_are_read_and_named_once(shape, how):
    """A clerk who collapsed a sector's group, or left a filter on, still files those events: before, each hidden row
    was left out with an info, and the events were lost (and the numbering called broken)."""
    report = _read(shape)
    assert _fields(report) == _plain()
    said = [i for i in report.issues if i.message.startswith("скрытые строки таблицы")]
    assert len(said) == 1 and said[0].severity == "info"
    assert f"({how})" in said[0].message
    assert f"отчёта: {_hidden_count(_sample_book(shape))} (" in said[0].message
    assert not any(i.message.startswith("скрытая строка") for i in report.issues)
    assert not any("номер" in i.message and "подряд" in i.message for i in report.issues)


@pytest.mark.parametrize("shape, below", [
    P("helper_rows_below_folded", ("Итого: 78 мероприятий", "=СЧЁТ(A5:A100) служебная строка"), id="helper_folded"),
    P("helper_rows_below_hidden", ("Исполнитель: Иванова И.И. (SYNTHETIC)", "79"), id="helper_hidden_by_hand"),
    P("helper_sheet_hidden", (), id="hidden_helper_sheet"),
    P("notes_column_hidden", (), id="hidden_notes_column"),
])
def test_what_is_not_the_tables_rows_stays_unread(shape, below):
    """Must not fire: hidden helper lines under the table (after an empty row), a hidden helper sheet, a hidden
    column of notes: the 78 events as shown, nothing else read as one."""
    report = _read(shape, below)
    assert _fields(report) == _plain()
    assert not any(i.message.startswith("скрытые строки таблицы") for i in report.issues)
    assert all(line not in (e.title for e in report.events) for line in below)


def test_a_hidden_copy_of_a_shown_event_or_a_note_stays_unread_beside_a_folded_group():
    """A row hidden by hand that repeats a shown event's number (a stale copy) or carries no number (a note) is
    still left out, with its info, while a folded group in the same sheet is read."""
    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(_sample_book("group_collapsed")))
    sheet = workbook.active
    sheet.insert_rows(sheet.max_row + 1)
    last = sheet.max_row
    sheet.cell(row=last + 1, column=1, value=78)
    sheet.cell(row=last + 1, column=2, value="старая строка (SYNTHETIC)")
    sheet.row_dimensions[last + 1].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "SYNTHETIC copy.xlsx"))
    assert _fields(report) == _plain()
    assert [i.message for i in report.issues if i.message.startswith("скрытая строка")] == [
        f"скрытая строка {last + 1} листа не прочитана: Excel её не показывает"]


def test_the_read_hidden_rows_message_reads_in_english():
    report = _read("filter_applied")
    said = next(i.message for i in report.issues if i.message.startswith("скрытые строки таблицы"))
    english = message_text(said, "en")
    assert english.startswith("hidden rows of the table on sheet «Отчёт» are read as rows of the report: ")
    assert "(hidden by a filter) — Excel does not show them, check them" in english


# ---------- OpenDocument spreadsheets (.ods, .fods) ----------

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:dc="http://purl.org/dc/elements/1.1/"')
_ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _ods_cell(text: str) -> str:
    """A text cell as Calc writes it: one text:p per line, runs of spaces as text:s."""
    if not text.strip():
        return "<table:table-cell/>"
    paragraphs = "".join(f"<text:p>{_esc(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def _ods_table(name: str, rows, *, folded: tuple[int, int] | None = None, hidden_sheet: bool = False) -> str:
    """A sheet: the rows (tuples of texts) with rows folded[0]…folded[1] (0-based) in a collapsed row group, and the
    empty rows Calc pads a sheet with to its end."""
    out = []
    for k, cells in enumerate(rows):
        if folded and k == folded[0]:
            out.append('<table:table-row-group table:display="false">')
        visibility = ' table:visibility="collapse"' if folded and folded[0] <= k <= folded[1] else ""
        out.append(f"<table:table-row{visibility}>" + "".join(_ods_cell(c) for c in cells)
                   + '<table:table-cell table:number-columns-repeated="1010"/></table:table-row>')
        if folded and k == folded[1]:
            out.append("</table:table-row-group>")
    out.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row>')
    style = ' table:style-name="ta_hidden"' if hidden_sheet else ""
    return (f'<table:table table:name="{_esc(name)}"{style}><table:table-column table:number-columns-repeated="1024"/>'
            + "".join(out) + "</table:table>")


_STYLES = ('<office:automatic-styles><style:style style:name="ta_hidden" style:family="table">'
           '<style:table-properties table:display="false"/></style:style></office:automatic-styles>')


def _ods(tables: list[str], flat: bool = False) -> bytes:
    """SYNTHETIC OpenDocument spreadsheet of the given sheets: a .ods package, or a .fods (one XML file)."""
    body = f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
    if flat:
        return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS} office:version="1.3" '
                f'office:mimetype="{_ODS_MIME}">{_STYLES}{body}</office:document>').encode("utf-8")
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), _ODS_MIME)  # stored first, uncompressed, as ODF asks
        package.writestr("content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS} '
                                        f'office:version="1.3">{_STYLES}{body}</office:document-content>')
        package.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                         f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS_MIME}"/>'
                         '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                         '</manifest:manifest>')
    return buffer.getvalue()


def _sample_table_rows() -> list[tuple[str, ...]]:
    preamble, rows = _sample_rows()
    return [(line,) for line in preamble] + [tuple(cells) for cells in rows]


@pytest.mark.parametrize("flat", [P(False, id="ods"), P(True, id="fods")])
def test_an_opendocument_spreadsheet_is_read_as_the_same_workbook(flat):
    """A report saved by LibreOffice Calc as .ods (or flat .fods): before, refused as a damaged Word file."""
    name = "SYNTHETIC отчёт." + ("fods" if flat else "ods")
    source = read_bytes(_ods([_ods_table("Отчёт", _sample_table_rows())], flat), name)
    assert source.kind == ("fods" if flat else "ods")
    report = build_report(source)
    assert _fields(report) == _plain()
    assert any(i.message.endswith("— таблица LibreOffice Calc, прочитана как книга Excel") for i in report.issues)


@pytest.mark.parametrize("flat", [P(False, id="ods"), P(True, id="fods")])
def test_an_opendocument_spreadsheet_with_two_sheets_behaves_as_a_two_sheet_workbook(flat):
    """The table carried on a second sheet named after its sector is read on; a hidden sheet with last quarter's
    table is not read (as in an .xlsx, rows 86 and 231); a folded group inside is read (row 231)."""
    table = _sample_table_rows()
    cut = next(k for k, cells in enumerate(table) if len(cells) == 1 and k > 60)
    header = next(cells for cells in table if len(cells) > 3)
    first = _ods_table("Отчёт", table[:cut], folded=(cut - 6, cut - 2))
    second = _ods_table("Лист2", [header] + table[cut:])
    archive = _ods_table("Архив", table, hidden_sheet=True)
    source = read_bytes(_ods([first, second, archive], flat), "SYNTHETIC два листа.ods")
    report = build_report(source)
    assert _fields(report) == _plain()
    messages = [i.message for i in report.issues]
    assert any("продолжает таблицу мероприятий" in m for m in messages)
    assert any(m.startswith("скрытый лист «Архив» тоже содержит таблицу") for m in messages)
    assert any(m.startswith("скрытые строки таблицы на листе «Отчёт» прочитаны как строки отчёта: 5 (свёрнуты")
               for m in messages)


def test_an_opendocument_cell_reads_as_calc_shows_it():
    """Numbers and dates by their values, a cell's paragraphs and line breaks as lines, runs of spaces (text:s) as
    spaces, a comment (office:annotation) left out, a merged heading over the row."""
    header = "".join(_ods_cell(c) for c in ("№ п/п", "Наименование мероприятия", "Место проведения",
                                            "Сроки проведения", "Ответственный", "Участники мероприятия"))
    rows = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Информация о международных '
        'мероприятиях Смоленской области за IV квартал 2024 года (SYNTHETIC)</text:p></table:table-cell></table:table-row>'
        f"<table:table-row>{header}</table:table-row>"
        '<table:table-row><table:table-cell table:number-columns-spanned="6" office:value-type="string"><text:p>'
        'Культура</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="5"/>'
        '</table:table-row>'
        '<table:table-row><table:table-cell office:value-type="float" office:value="1"><text:p>1</text:p>'
        '</table:table-cell><table:table-cell office:value-type="string"><text:p>Выставка<text:s text:c="2"/>'
        'художников<text:line-break/>Республики Беларусь</text:p><office:annotation><text:p>проверить (заметка)'
        '</text:p></office:annotation></table:table-cell><table:table-cell office:value-type="string"><text:p>'
        'г. Смоленск</text:p></table:table-cell><table:table-cell office:value-type="date" '
        'office:date-value="2024-11-12"><text:p>12.11.24</text:p></table:table-cell><table:table-cell/>'
        '<table:table-cell office:value-type="string"><text:p>45 человек</text:p></table:table-cell></table:table-row>')
    table = f'<table:table table:name="Лист1">{rows}</table:table>'
    report = build_report(read_bytes(_ods([table]), "SYNTHETIC ячейки.ods"))
    [event] = report.events
    assert (event.n, event.title, event.venue_city, event.start_date.isoformat(), event.attendance_total) == (
        1, "Выставка художников Республики Беларусь", "Смоленск", "2024-11-12", 45)
    source = read_bytes(_ods([table]), "SYNTHETIC ячейки.ods")
    assert any(row.cells[1:2] == ("Выставка  художников\nРеспублики Беларусь",) for row in source.grid.rows)
    assert "заметка" not in " ".join(e.title for e in report.events)
    assert event.sector == "Культура"


@pytest.mark.parametrize("data, says", [
    P(b"PK\x03\x04" + b"\x00" * 60, "файл .ods повреждён или это не таблица OpenDocument", id="cut_short_zip"),
    P(b"this is not a spreadsheet at all", "файл .ods повреждён или это не таблица OpenDocument", id="text_named_ods"),
    P(None, "нет части content.xml", id="package_without_content"),
    P(b"<?xml version='1.0'?><office:document xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' "
      b"office:mimetype='application/vnd.oasis.opendocument.spreadsheet'><office:body><broken",
      "XML листов не читается", id="flat_xml_cut_short"),
])
def test_a_broken_opendocument_spreadsheet_is_refused_naming_the_file(data, says):
    from etl.errors import ReportError
    import zipfile

    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as package:
            package.writestr("mimetype", _ODS_MIME)
            package.writestr("META-INF/manifest.xml", "<manifest/>")
        data = buffer.getvalue()
    with pytest.raises(ReportError) as caught:
        read_bytes(data, "SYNTHETIC сломан.ods")
    assert caught.value.file == "SYNTHETIC сломан.ods"
    assert says in caught.value.message
    assert "Word" not in caught.value.message
    assert message_text(caught.value.message, "en") != caught.value.message
    assert not message_text(caught.value.message, "en").startswith("(in Russian)")


def test_a_docx_named_ods_is_still_read_as_what_it_is():
    """Must not fire: the kind is by content; a Word report saved under .ods loads as the .docx it is."""
    from test_hostile_inputs7 import _sample_docx

    report = build_report(read_bytes(_sample_docx(), "SYNTHETIC отчёт.ods"))
    assert len(report.events) == 78


def test_a_folder_with_an_ods_and_a_broken_one_through_load(tmp_path):
    """`python -m etl load FOLDER`: the .ods is found and loaded (78 events); a broken one beside it is named with
    its file and reason, and loads nothing."""
    import duckdb
    from test_hostile_inputs7 import _run

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "SYNTHETIC отчёт.ods").write_bytes(_ods([_ods_table("Отчёт", _sample_table_rows())]))
    (folder / "SYNTHETIC сломан.fods").write_bytes(b"<?xml version='1.0'?><nothing/>")
    db = tmp_path / "model.duckdb"
    code, out = _run("--db", str(db), "load", "--no-spare", str(folder))
    assert "SYNTHETIC сломан.fods" in out and "повреждён или это не таблица OpenDocument" in out, out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 78


# ---------- Windows device names and names ending in a dot or a space ----------

@pytest.mark.parametrize("uploaded, stored", [
    P("CON.txt", "_CON.txt", id="con"),
    P("nul.txt", "_nul.txt", id="nul_lower"),
    P("Aux", "_Aux.txt", id="aux_no_extension"),
    P("COM1.TXT", "_COM1.txt", id="com1_upper_suffix"),
    P("lpt9.отчёт.txt", "_lpt9.отчёт.txt", id="lpt9_two_dots"),
    P("PRN .txt", "_PRN.txt", id="prn_trailing_space"),
    P("COM¹.txt", "_COM¹.txt", id="com_superscript"),
    P("отчёт за IV квартал.txt.", "отчёт за IV квартал.txt", id="ends_in_a_dot"),
    P("отчёт за IV квартал.txt ", "отчёт за IV квартал.txt", id="ends_in_a_space"),
    P("Console.txt", "Console.txt", id="not_a_device_console"),
    P("COM10.txt", "COM10.txt", id="not_a_device_com10"),
    P("отчёт CON.txt", "отчёт CON.txt", id="not_a_device_inside"),
])
def test_a_windows_device_name_is_stored_under_a_safe_name(uploaded, stored):
    """The name an original is stored under (etl.store.safe_name, then a report suffix): a device name gets «_» before
    it, a name ending in a dot or a space loses them; other names stay."""
    from etl.store import _report_suffix, safe_name

    assert _report_suffix(safe_name(uploaded), b"text") == stored


@pytest.mark.parametrize("uploaded, stored", [
    P("CON.txt", "_CON.txt", id="con"),
    P("nul", "_nul.txt", id="nul_no_extension"),
])
def test_an_upload_named_as_a_windows_device_is_stored_under_a_safe_name(tmp_path, uploaded, stored):
    """Through the desk: the original is kept in the raw store under a name every system can create (before, «CON.txt»
    was stored as is: a raw store copied to Windows lost that quarter's original), the uploaded name kept for
    display; «Разобрать заново» reloads it under that name."""
    import duckdb
    from etl.desk import commit_uploads, preview_upload, reparse_all

    db, raw = tmp_path / "model.duckdb", tmp_path / "raw"
    preview = preview_upload(uploaded, SAMPLE.encode("utf-8"), db)
    assert preview.ok, preview.error
    [result] = commit_uploads([preview], db, raw, None)
    assert result.ok
    assert sorted(p.name for p in raw.iterdir() if not p.name.startswith(".")) == [stored]
    reparse_all(db, raw, None)
    with duckdb.connect(str(db), read_only=True) as con:
        names = con.execute("SELECT coalesce(original_name, file_name), event_count FROM reports").fetchall()
    assert names == [(uploaded, 78)]


def test_load_of_a_raw_store_shows_the_uploaded_device_name(tmp_path):
    """`python -m etl load` of the raw store: the report is named by its uploaded name «CON.txt», read from the file
    stored as «_CON.txt»."""
    import duckdb
    from etl.desk import commit_uploads, preview_upload
    from test_hostile_inputs7 import _run

    db, raw = tmp_path / "model.duckdb", tmp_path / "raw"
    commit_uploads([preview_upload("CON.txt", SAMPLE.encode("utf-8"), db)], db, raw, None)
    other = tmp_path / "other.duckdb"
    code, out = _run("--db", str(other), "load", "--no-spare", str(raw))
    assert code == 0, out
    assert "CON.txt" in out
    with duckdb.connect(str(other), read_only=True) as con:
        assert con.execute("SELECT coalesce(original_name, file_name) FROM reports").fetchall() == [("CON.txt",)]


# ---------- dates typed (or exported) as day-month-year parted by hyphens ----------

@pytest.mark.parametrize("cell, start, end", [
    P("25-09-2024", "2024-09-25", "2024-09-25", id="two_digit_day_month"),
    P("5-9-2024", "2024-09-05", "2024-09-05", id="one_digit"),
    P("25-09-2024 – 27-09-2024", "2024-09-25", "2024-09-27", id="range_dash"),
    P("25-09-2024 - 27-09-2024", "2024-09-25", "2024-09-27", id="range_hyphen"),
    P("с 01-10-2024 по 03-10-2024", "2024-10-01", "2024-10-03", id="from_to"),
    P("30-11-2024 г.", "2024-11-30", "2024-11-30", id="with_year_mark"),
    # must not fire: ranges whose hyphen parts days, and the ISO form
    P("12-14 ноября 2024", "2024-11-12", "2024-11-14", id="range_of_days_words"),
    P("25-27.09.2024", "2024-09-25", "2024-09-27", id="range_of_days_dots"),
    P("2024-09-25", "2024-09-25", "2024-09-25", id="iso"),
])
def test_a_date_parted_by_hyphens_is_that_day(cell, start, end):
    from etl.dates import parse_dates

    found = parse_dates(cell, 2024, 4)
    assert (str(found.start), str(found.end)) == (start, end)


def _dated_rows(write, only=None) -> list[tuple[str, ...]]:
    """The sample's rows with each single-day event's dates cell written by `write(day)` (only events `only`)."""
    preamble, rows = _sample_rows()
    plain = {f[0]: f for f in _plain()}
    out = [(line,) for line in preamble]
    for cells in rows:
        cells = list(cells)
        number = cells[0].strip().rstrip(".")
        if number.isdigit() and len(cells) > 3 and plain[int(number)][2] == plain[int(number)][3] is not None \
                and (only is None or int(number) in only):
            cells[3] = write(plain[int(number)][2])
        out.append(tuple(cells))
    return out


def _xlsx_of(rows) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    for cells in rows:
        workbook.active.append(list(cells))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_an_xlsx_whose_dates_are_text_with_hyphens_loads_every_date():
    """A book whose single-day dates came as text «25-09-2024» (a system's date format, or an export): before, 43 of
    the 78 events loaded without their days («не удалось прочитать даты»)."""
    rows = _dated_rows(lambda day: day.strftime("%d-%m-%Y"))
    report = build_report(read_bytes(_xlsx_of(rows), "SYNTHETIC даты через дефис.xlsx"))
    assert _fields(report) == _plain()


# ---------- dates written month first (9/25/2024) ----------

_MONTH_FIRST_INFO = "даты отчёта записаны в порядке «месяц/день/год»"


@pytest.mark.parametrize("write, form", [
    P(lambda day: f"{day.month}/{day.day}/{day.year}", "xlsx", id="m_d_yyyy_xlsx"),
    P(lambda day: f"{day.month:02d}/{day.day:02d}/{day.year}", "ods", id="mm_dd_yyyy_ods"),
    P(lambda day: f"{day.month}/{day.day}/{day.year % 100:02d}", "xlsx", id="m_d_yy_xlsx"),
    P(lambda day: f"{day.month}/{day.day}/{day.year} г.", "fods", id="with_year_mark_fods"),
])
def test_dates_written_month_first_are_read_in_that_order(write, form):
    """A report whose dates came from a program set to English, «9/25/2024»: before, 42 of 78 events lost their days
    («несуществующая дата») and those whose day was 12 or less («10/5/2024») were read as another day."""
    rows = _dated_rows(write)
    data = _xlsx_of(rows) if form == "xlsx" else _ods([_ods_table("Отчёт", rows)], flat=form == "fods")
    report = build_report(read_bytes(data, f"SYNTHETIC месяц первым.{form}"))
    assert _fields(report) == _plain()
    said = [i for i in report.issues if i.message.startswith(_MONTH_FIRST_INFO)]
    assert len(said) == 1 and said[0].severity == "info"
    assert not message_text(said[0].message, "en").startswith("(in Russian)")


@pytest.mark.parametrize("write, only", [
    P(lambda day: f"{day.day:02d}/{day.month:02d}/{day.year}", None, id="day_first_slashes"),
    P(lambda day: f"{day.day}.{day.month}.{day.year}", None, id="dots"),
    # every slash date of the report has both numbers 12 or less: the Russian order is kept
    P(lambda day: f"{day.day}/{day.month}/{day.year}", {2, 3, 4}, id="only_ambiguous_days"),
])
def test_dates_written_day_first_stay_day_first(write, only):
    """Must not fire: the Russian order, with slashes or dots, and a report whose slash dates could be either."""
    report = build_report(read_bytes(_xlsx_of(_dated_rows(write, only)), "SYNTHETIC день первым.xlsx"))
    assert not any(i.message.startswith(_MONTH_FIRST_INFO) for i in report.issues)
    if only is None:
        assert _fields(report) == _plain()


def test_a_report_mixing_both_orders_is_not_turned_round():
    """Must not fire: one date «25/09/2024» (day first, no month 25) beside «9/25/2024»: no order fits both, nothing is
    turned round and the impossible one is warned of as before."""
    rows = _dated_rows(lambda day: f"{day.month}/{day.day}/{day.year}")
    first = next(k for k, cells in enumerate(rows) if len(cells) > 3 and cells[3].count("/") == 2
                 and int(cells[3].split("/")[1]) > 12)
    month, day, year = rows[first][3].split("/")
    rows[first] = rows[first][:3] + (f"{day}/{month}/{year}",) + rows[first][4:]
    report = build_report(read_bytes(_xlsx_of(rows), "SYNTHETIC два порядка.xlsx"))
    assert not any(i.message.startswith(_MONTH_FIRST_INFO) for i in report.issues)


# ---------- characters that draw nothing, inside the region's, a country's and a count's words ----------

_NOTHING_DRAWN = {
    "combining_grapheme_joiner": "\u034f", "invisible_times": "\u2062", "function_application": "\u2061",
    "mongolian_vowel_separator": "\u180e", "mongolian_variation_selector": "\u180b", "variation_selector_16": "\ufe0f",
    "hangul_filler": "\u3164", "hangul_choseong_filler": "\u115f", "khmer_vowel_inherent": "\u17b4",
    "inhibit_symmetric_swapping": "\u206a", "tag_space": "\U000e0020", "halfwidth_hangul_filler": "\uffa0",
    "musical_symbol_begin_beam": "\U0001d173",
}


def _with_nothing_drawn(text: str, mark: str) -> str:
    return (text.replace("Смоленск", "Смол" + mark + "енск").replace("Беларусь", "Бела" + mark + "русь")
            .replace("человек", "чел" + mark + "овек"))


_FAST = {"combining_grapheme_joiner", "invisible_times", "hangul_filler"}  # the others in the long tier


@pytest.mark.parametrize("name, form", [P(name, "txt", id=f"{name}-txt",
                                          marks=() if name in _FAST else pytest.mark.long) for name in _NOTHING_DRAWN] + [
    P("combining_grapheme_joiner", "xlsx", id="combining_grapheme_joiner-xlsx"),
    P("variation_selector_16", "ods", id="variation_selector_16-ods"),
    P("tag_space", "xlsx", id="tag_space-xlsx")])
def test_a_character_that_draws_nothing_inside_words_hides_nothing(name, form):
    """A character Unicode says draws nothing (Default_Ignorable_Code_Point), pasted inside «Смоленской», «Беларусь» and
    «человек»: before, the title's region was not found and the whole quarter refused («в заголовке не найден
    регион»). Read as the words the eye sees, in every format."""
    mark = _NOTHING_DRAWN[name]
    if form == "txt":
        data = _with_nothing_drawn(SAMPLE, mark).encode("utf-8")
    else:
        rows = [tuple(_with_nothing_drawn(c, mark) for c in cells) for cells in _sample_table_rows()]
        data = _xlsx_of(rows) if form == "xlsx" else _ods([_ods_table("Отчёт", rows)])
    report = build_report(read_bytes(data, f"SYNTHETIC {name}.{form}"))
    assert report.region == "Смоленская область"
    assert [(e.n, e.partner_countries, e.venue_city, e.attendance_total) for e in report.events] == [
        (e.n, e.partner_countries, e.venue_city, e.attendance_total) for e in _plain_events()]


@lru_cache(maxsize=1)
def _plain_events():
    return build_report(read_bytes(SAMPLE.encode("utf-8"), "SYNTHETIC.txt")).events


def test_visible_letters_of_other_scripts_are_kept():
    """Must not fire: a Korean, Mongolian or Khmer word (and an emoji without its selector) keeps its letters."""
    from etl.read import without_invisibles

    for word in ("한국", "Монгол Улс ᠮᠣᠩᠭᠣᠯ", "កម្ពុជា", "✈"):
        assert without_invisibles(word) == word


@pytest.mark.parametrize("folded", [P(False, id="hidden_by_hand"), P(True, id="folded_in_a_group")])
def test_a_stale_copy_just_before_its_event_stays_unread(folded):
    """Must not fire: an old copy of event 10 kept hidden (by hand, or folded in a group) just above the shown event
    10: read, it would repeat the number and refuse the whole book; it stays unread with its info."""
    import openpyxl

    preamble, rows = _sample_rows()
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for line in preamble:
        sheet.append([line])
    copy_row = None
    for cells in rows:
        if cells[0].strip().rstrip(".") == "10":
            sheet.append(["10", "Старая копия мероприятия (SYNTHETIC)", "г. Смоленск", "октябрь", "", ""])
            copy_row = sheet.max_row
        sheet.append(list(cells))
    if folded:
        sheet.row_dimensions.group(copy_row, copy_row, outline_level=1, hidden=True)
    else:
        sheet.row_dimensions[copy_row].hidden = True
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "SYNTHETIC копия.xlsx"))
    assert _fields(report) == _plain()
    assert [i.message for i in report.issues if i.message.startswith("скрытая строка")] == [
        f"скрытая строка {copy_row} листа не прочитана: Excel её не показывает"]
