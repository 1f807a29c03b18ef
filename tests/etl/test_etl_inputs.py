"""Every form of the same report gives the same events; bad files give one clear error type."""
import dataclasses
import io
import zipfile

import pytest

from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report, report_contract
from etl.read import decode_text, read_bytes
from tests.docx_builder import grid_to_docx


def _contract(data: bytes, name: str) -> dict:
    return report_contract(build_report(read_bytes(data, name)))


def _variants(sample_bytes: bytes) -> dict[str, tuple[bytes, str]]:
    text = sample_bytes.decode("utf-8")
    grid = grid_from_text(text)
    return {
        "utf8": (sample_bytes, "r.txt"),
        "utf8_bom": (b"\xef\xbb\xbf" + sample_bytes, "r.txt"),
        "cp1251": (text.encode("cp1251"), "r.txt"),
        "cp1251_crlf": (text.replace("\n", "\r\n").encode("cp1251"), "r.txt"),
        "crlf": (text.replace("\n", "\r\n").encode("utf-8"), "r.txt"),
        "utf16": (text.encode("utf-16"), "r.txt"),
        # UTF-32 with its BOM (an editor's «Юникод (UTF-32)»): the little-endian BOM begins with UTF-16's
        "utf32_le": (b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), "r.txt"),
        "utf32_be": (b"\x00\x00\xfe\xff" + text.encode("utf-32-be"), "r.txt"),
        "utf32_le_crlf": (text.replace("\n", "\r\n").encode("utf-32"), "r.txt"),
        "docx": (grid_to_docx(grid), "r.docx"),
        "docx_footer_row": (grid_to_docx(grid, footer_in_table=True), "r.docx"),
        "docx_soft_breaks": (grid_to_docx(grid, line_breaks="breaks"), "r.docx"),
    }


@pytest.fixture(scope="module")
def reference(sample_bytes):
    return _contract(sample_bytes, "r.txt")


@pytest.mark.parametrize("variant", ["utf8_bom", "cp1251", "cp1251_crlf", "crlf", "utf16", "utf32_le", "utf32_be",
                                     "utf32_le_crlf", "docx",
                                     "docx_footer_row", "docx_soft_breaks"])
def test_every_form_gives_identical_events(sample_bytes, reference, variant):
    data, name = _variants(sample_bytes)[variant]
    assert _contract(data, name) == reference


def test_docx_keeps_table_rows_as_provenance(sample_bytes):
    data, name = _variants(sample_bytes)["docx"]
    report = build_report(read_bytes(data, name))
    assert report.source_kind == "docx"
    assert report.events[0].table_row == 3  # header row, then the first sector heading
    assert report.events[0].source_line is None


def test_older_column_wording_is_recognised(sample_bytes):
    text = sample_bytes.decode("utf-8")
    older = (text.replace("Цель, содержание и результат мероприятия (в том числе краткая информация о "
                          "достигнутых договоренностях, подписанных документах)", "Содержание мероприятия")
             .replace("Участники мероприятия (общее количество, другие дополнительные сведения)",
                      "Участники мероприятия")
             .replace("Сроки проведения мероприятия", "Дата проведения")
             .replace("Сотрудничество в сфере экономического развития", "Сотрудничество в экономической сфере"))
    assert older != text
    report = build_report(read_bytes(older.encode("utf-8"), "older.txt"))
    assert report.event_count == 78
    assert report.events[7].sector_key == "economy"
    assert report.events[18].attendance_total == 1500


def test_columns_in_another_order(sample_bytes):
    """A clerk put the dates before the venue: columns are found by meaning, not position."""
    grid = grid_from_text(sample_bytes.decode("utf-8"))
    swapped_rows = []
    for row in grid.rows:
        cells = list(row.cells)
        if len(cells) == 6:
            cells[2], cells[3] = cells[3], cells[2]
        swapped_rows.append(dataclasses.replace(row, cells=tuple(cells)))
    swapped = dataclasses.replace(grid, rows=tuple(swapped_rows))
    report = build_report(read_bytes(grid_to_docx(swapped), "swapped.docx"))
    assert [(e.start_date, e.venue_city) for e in report.events] == \
           [(e.start_date, e.venue_city) for e in build_report(read_bytes(sample_bytes, "r.txt")).events]


def _docx_without_table() -> bytes:
    import docx
    document = docx.Document()
    document.add_paragraph("Просто письмо без таблицы")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip_not_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    return buffer.getvalue()


@pytest.mark.parametrize("data, name, fragment", [
    pytest.param(b"", "empty.txt", "пуст", id="empty"),
    pytest.param(b"   \n\n", "blank.txt", "пуст", id="blank"),
    pytest.param(b"\x00\x01\x02\xff\xfe\x00garbage", "bin.txt", "", id="binary"),
    pytest.param("Просто текст без таблицы".encode(), "plain.txt", "таблиц", id="no_table"),
    pytest.param(b"PK\x03\x04broken", "broken.docx", "Word", id="broken_docx"),
    pytest.param(_zip_not_docx(), "zip.docx", "Word", id="zip_not_docx"),
    pytest.param(_docx_without_table(), "letter.docx", "нет таблицы", id="docx_without_table"),
    pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc", ".doc", id="old_doc"),
    pytest.param("не Word".encode(), "fake.docx", "не является", id="fake_docx"),
])
def test_bad_files_raise_report_error_naming_the_file(data, name, fragment):
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(data, name))
    assert caught.value.file == name
    assert name in str(caught.value) and fragment in str(caught.value)


def test_title_without_quarter_names_the_field(sample_bytes):
    text = sample_bytes.decode("utf-8").replace("в IV квартале 2024 года", "за отчётный период", 1)
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(text.encode(), "noquarter.txt"))
    assert caught.value.field == "заголовок"


def test_duplicate_event_number_names_the_event(sample_bytes):
    text = sample_bytes.decode("utf-8").replace("\t5. \n", "\t4. \n", 1)
    with pytest.raises(ReportError) as caught:
        build_report(read_bytes(text.encode(), "dup.txt"))
    assert caught.value.event == 4 and "повторяется" in str(caught.value)


def test_wrong_encoding_is_detected():
    with pytest.raises(ReportError) as caught:
        decode_text(bytes(range(0x80, 0x100)) * 3, "latin.txt")
    assert "кодировк" in str(caught.value) or "текстов" in str(caught.value)


def test_a_dropped_empty_cell_is_reported_and_does_not_shift_the_next_events(sample_bytes):
    """A text dump that left out event 25's empty participants cell: 25 is flagged, 26… stay intact."""
    text = sample_bytes.decode("utf-8")
    cut = "\tМолдавские исполнители и государственные служащие из Республики Молдова\n"
    assert cut in text
    report = build_report(read_bytes(text.replace(cut, "", 1).encode(), "short_row.txt"))
    assert report.event_count == 78 and [e.n for e in report.events] == list(range(1, 79))
    flagged = [i for i in report.issues if i.field == "row"]
    assert [(i.event, i.severity) for i in flagged] == [(25, "warning")]
    assert report.events[25].title.startswith("Участие во втором заседании Рабочей группы по туризму")
    assert report.events[24].raw["participants"] == ""
