"""Every format a clerk's Word can save gives the sample's events: .doc, .rtf and .odt through
LibreOffice, a Word-made PDF through pdfplumber (fields measured against the same report's .docx,
every difference named by a parse issue). The fixtures are made at test time from the sample's
.docx with soffice, so nothing binary is committed. A missing LibreOffice skips these loudly on a
workstation and fails them in CI (`.ci/run` installs libreoffice-writer-nogui)."""
from __future__ import annotations

import hashlib
import io
import os
import sys
import zipfile
from collections import Counter

import pytest

from etl.convert import SOFFICE_ENV, convert_with_libreoffice, sniff_kind, soffice_path
from etl.errors import ReportError
from etl.layout import grid_from_text
from etl.normalize import build_report, report_contract
from etl.read import SUPPORTED_SUFFIXES, read_bytes, report_files
from tests.docx_builder import grid_to_docx
from tests.docx_xml import as_printed_report

SKIP_MESSAGE = ("LIBREOFFICE TESTS SKIPPED: install it with "
                "apt-get install -y --no-install-recommends libreoffice-writer-nogui")


@pytest.fixture(scope="module")
def soffice() -> str:
    path = soffice_path()
    if path is None:
        if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
            pytest.fail("LibreOffice is missing in CI: .ci/run must install libreoffice-writer-nogui",
                        pytrace=False)
        sys.stderr.write(f"\n{'!' * 78}\n{SKIP_MESSAGE}\n{'!' * 78}\n")
        pytest.skip(SKIP_MESSAGE)
    return path


@pytest.fixture(scope="module")
def sample_docx(sample_bytes) -> bytes:
    return grid_to_docx(grid_from_text(sample_bytes.decode("utf-8")))


@pytest.fixture(scope="module")
def reference(sample_bytes) -> dict:
    return report_contract(build_report(read_bytes(sample_bytes, "r.txt")))


@pytest.fixture(scope="module")
def converted(soffice, sample_docx) -> dict[str, bytes]:
    return {kind: convert_with_libreoffice(sample_docx, "docx", kind, soffice=soffice)
            for kind in ("doc", "rtf", "odt")}


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["doc", "rtf", "odt"])
def test_converted_formats_give_the_txt_events(converted, reference, kind):
    data = converted[kind]
    assert sniff_kind(data) == kind
    source = read_bytes(data, f"report.{kind}")
    assert (source.kind, source.sha256) == (kind, hashlib.sha256(data).hexdigest())  # the original's hash
    report = build_report(source)
    assert report_contract(report) == reference
    assert any(i.field == "file" and "LibreOffice" in i.message for i in report.issues)


def test_a_doc_named_docx_is_read_as_what_it_is(converted, reference):
    assert report_contract(build_report(read_bytes(converted["doc"], "renamed.docx"))) == reference


def test_converted_original_is_what_is_loaded_and_kept(converted, tmp_path):
    """The database and the stored original carry the .doc itself, never the converted .docx."""
    import duckdb

    from etl.load import load_reports
    from etl.store import store_original

    data = converted["doc"]
    stored = store_original(tmp_path / "raw", "Отчёт IV кв.doc", data)
    assert stored.read_bytes() == data and stored.suffix == ".doc"
    db = tmp_path / "e.duckdb"
    [result] = load_reports([stored], db)
    assert result.status == "loaded", result.message
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT file_name, sha256, source_kind FROM reports").fetchone()
    assert row == ("Отчёт IV кв.doc", hashlib.sha256(data).hexdigest(), "doc")


PDF_LAYOUTS = {
    # widths of the six columns in cm on landscape A4
    "wide_columns": (1.2, 5.5, 4.0, 3.3, 9.0, 4.5),
    "narrow_columns": (0.9, 4.2, 2.4, 2.0, 12.0, 5.2),   # words broken inside the venue/dates columns
}


@pytest.fixture(scope="module")
def pdf_readings(soffice, sample_docx):
    readings = {}
    for layout, widths in PDF_LAYOUTS.items():
        printed = as_printed_report(sample_docx, widths)
        pdf = convert_with_libreoffice(printed, "docx", "pdf", soffice=soffice)
        readings[layout] = (build_report(read_bytes(printed, "r.docx")), build_report(read_bytes(pdf, "r.pdf")))
    return readings


@pytest.mark.slow
@pytest.mark.parametrize("layout", list(PDF_LAYOUTS))
def test_pdf_fields_match_the_docx_and_differences_are_issues(pdf_readings, layout):
    from etl.normalize import event_contract

    docx_report, pdf_report = pdf_readings[layout]
    assert (pdf_report.region, pdf_report.year, pdf_report.quarter) == (docx_report.region, 2024, 4)
    assert [n.text for n in pdf_report.notes] == [n.text for n in docx_report.notes]
    assert [e.n for e in pdf_report.events] == [e.n for e in docx_report.events]
    same, total, unexplained = Counter(), Counter(), []
    flagged = {i.event for i in pdf_report.issues if i.event is not None}
    for expected, got in zip(docx_report.events, pdf_report.events):
        a, b = event_contract(expected), event_contract(got)
        for field in a:
            total[field] += 1
            same[field] += a[field] == b[field]
            if a[field] != b[field] and expected.n not in flagged:
                unexplained.append((expected.n, field, a[field], b[field]))
    accuracy = {field: same[field] / total[field] for field in total}
    below = ", ".join(f"{f} {v:.1%}" for f, v in accuracy.items() if v < 1)
    print(f"\nPDF ({layout}) field accuracy vs .docx over {len(docx_report.events)} events: "
          f"{below or 'all fields 100%'}")
    assert min(accuracy.values()) >= 0.98, accuracy
    assert unexplained == []


def test_pdf_keeps_its_kind_and_hash(pdf_readings):
    _, pdf_report = pdf_readings["wide_columns"]
    assert pdf_report.source_kind == "pdf"


def _scanned_pdf() -> bytes:
    """A page that is only a picture (a scan): Pillow writes an image-only PDF."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (800, 600), "white")
    draw = ImageDraw.Draw(image)
    for y in range(60, 560, 40):
        draw.rectangle((40, y, 760, y + 2), fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PDF")
    return buffer.getvalue()


def test_scanned_pdf_is_refused_with_a_clear_message():
    with pytest.raises(ReportError) as caught:
        read_bytes(_scanned_pdf(), "scan.pdf")
    assert caught.value.file == "scan.pdf"
    assert "текстового слоя" in str(caught.value) and "скан" in str(caught.value)


def test_pdf_without_an_events_table_is_refused(soffice):
    import docx

    document = docx.Document()
    document.add_paragraph("Письмо без таблицы (SYNTHETIC)")
    buffer = io.BytesIO()
    document.save(buffer)
    pdf = convert_with_libreoffice(buffer.getvalue(), "docx", "pdf", soffice=soffice)
    with pytest.raises(ReportError, match="таблица мероприятий"):
        read_bytes(pdf, "letter.pdf")


OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def test_missing_libreoffice_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv(SOFFICE_ENV, str(tmp_path / "no-such-soffice"))
    with pytest.raises(ReportError) as caught:
        read_bytes(OLE_DOC, "old.doc")
    message = str(caught.value)
    assert "old.doc" in message and "LibreOffice" in message
    assert "apt-get install -y --no-install-recommends libreoffice-writer-nogui" in message
    assert SOFFICE_ENV in message and ".docx" in message


def test_missing_libreoffice_by_parameter():
    with pytest.raises(ReportError, match="нужен LibreOffice"):
        convert_with_libreoffice(b"{\\rtf1 x}", "rtf", "docx", "x.rtf", soffice="/nonexistent/soffice")


def test_a_hanging_conversion_is_stopped_at_the_time_limit(tmp_path):
    """A stand-in for soffice that never finishes (a password dialog, a huge file)."""
    hanging = tmp_path / "soffice"
    hanging.write_text("#!/bin/sh\nsleep 60\n")
    hanging.chmod(0o755)
    with pytest.raises(ReportError, match="за 1 с"):
        convert_with_libreoffice(b"{\\rtf1 x}", "rtf", "docx", "x.rtf", soffice=hanging, timeout=1)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("data, kind", [
    pytest.param(OLE_DOC, "doc", id="ole2_doc"),
    pytest.param(b"{\\rtf1\\ansi hello}", "rtf", id="rtf"),
    pytest.param(b"\r\n {\\rtf1 x}", "rtf", id="rtf_after_blank"),
    pytest.param(_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}), "odt",
                 id="odt_zip"),
    pytest.param(_zip({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}), "docx", id="docx_zip"),
    pytest.param(b"%PDF-1.7\n...", "pdf", id="pdf"),
    pytest.param("\tтекст".encode(), None, id="text"),
])
def test_kind_is_sniffed_from_content(data, kind):
    assert sniff_kind(data) == kind


def test_cli_finds_every_supported_format(tmp_path):
    names = ["a.txt", "b.docx", "c.doc", "d.rtf", "e.odt", "f.pdf", "g.xlsx", "h.csv", "i.pptx", "~$b.docx"]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in report_files([tmp_path])] == ["a.txt", "b.docx", "c.doc", "d.rtf", "e.odt", "f.pdf",
                                                          "g.xlsx", "h.csv"]  # .csv: Excel's CSV (round 9, row 213)
    assert {".doc", ".rtf", ".odt", ".pdf"} <= SUPPORTED_SUFFIXES


def test_a_file_named_pdf_that_is_text_says_so():
    with pytest.raises(ReportError, match="не является"):
        read_bytes("\tпросто текст".encode(), "report.pdf")


@pytest.mark.slow
def test_doc_with_tracked_changes_and_content_controls_gives_the_txt_events(soffice, sample_bytes, reference):
    """Word 97–2003 keeps revisions: a .doc saved with unaccepted changes reads as if accepted."""
    from tests.etl.test_etl_docx_grid import _sample_as_word_edits_it

    edited_doc = convert_with_libreoffice(_sample_as_word_edits_it(sample_bytes), "docx", "doc", soffice=soffice)
    assert report_contract(build_report(read_bytes(edited_doc, "edited.doc"))) == reference
