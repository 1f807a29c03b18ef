"""A Word file named after its own title: when the document has no title, or its title leaves out
the region or the quarter, they are read from the file's name — also after storing shortened that
name and reading the stored copy back on «Разобрать заново»."""
from __future__ import annotations

import io

import docx
import duckdb
import pytest

from etl.desk import commit_uploads, preview_upload, reparse_all
from etl.errors import ReportError
from etl.normalize import build_report
from etl.read import read_bytes
from etl.store import safe_name
from etl.title import parse_title

HEADER = ["№ п/п", "Наименование мероприятия", "Место проведения", "Сроки проведения",
          "Цель, содержание и результат", "Участники"]
ROW = ["1.", "Визит делегации Витебской области", "г. Смоленск", "15 октября 2024 года",
       "Подписано соглашение о сотрудничестве", "12 человек"]
FROM_NAME = "заголовок не называет регион или квартал: они взяты из имени файла"


def _document(title: str | None) -> bytes:
    document = docx.Document()
    if title:
        document.add_paragraph(title)
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in (HEADER, ROW):
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("title, name, expected", [
    pytest.param(None, "Отчет о международных мероприятиях Смоленской области за IV квартал 2024 года.docx",
                 ("Смоленская область", 2024, 4), id="no_title_long_name"),
    pytest.param(None, "Смоленская_обл_IV_кв_2024.docx", ("Смоленская область", 2024, 4), id="underscores_kv"),
    pytest.param(None, "Тверская область 3 кв. 2025.docx", ("Тверская область", 2025, 3), id="kv_with_dot"),
    pytest.param("Приложение 1", "Отчет Брянской области за 2 квартал 2025.docx", ("Брянская область", 2025, 2),
                 id="title_without_either"),
    pytest.param("Отчет о мероприятиях за IV квартал 2024 года", "Брянская область.docx",
                 ("Брянская область", 2024, 4), id="region_only_in_name"),
    pytest.param("Отчет Калужской области о мероприятиях", "итоги_III_квартал_2025.docx",
                 ("Калужская область", 2025, 3), id="quarter_only_in_name"),
])
def test_what_the_title_lacks_is_read_from_the_name(title, name, expected):
    report = build_report(read_bytes(_document(title), name))
    assert (report.region, report.year, report.quarter) == expected
    assert [(i.message, i.severity) for i in report.issues if i.field == "report_title"] == [(FROM_NAME, "info")]


def test_the_name_never_overrides_the_title():
    report = build_report(read_bytes(_document("Отчет Тверской области за IV квартал 2024 года"),
                                     "Смоленская_обл_III_кв_2024.docx"))
    assert (report.region, report.quarter) == ("Тверская область", 4)
    assert not [i for i in report.issues if i.field == "report_title"]


def test_a_title_naming_another_period_is_refused_whatever_the_name():
    with pytest.raises(ReportError, match="отчёт не за квартал"):
        build_report(read_bytes(_document("Отчет Смоленской области за 9 месяцев 2024 года"),
                                "Смоленская_обл_IV_кв_2024.docx"))


@pytest.mark.parametrize("name", ["report.docx", "smolensk_2024_q4.docx"])
def test_a_name_that_says_nothing_keeps_the_titles_refusal(name):
    with pytest.raises(ReportError, match="в заголовке не найден квартал и год"):
        build_report(read_bytes(_document("Отчёт о мероприятиях"), name))


def test_a_long_name_shortened_in_storage_still_gives_the_quarter_on_reparse(tmp_path):
    """The upload's name is 300 bytes: the raw store keeps a shortened one, which loses '… IV квартал
    2024 года'. The load and a later rebuild from the stored copy read the name it was uploaded under."""
    name = ("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами "
            "Смоленской области и подведомственными им учреждениями, за IV квартал 2024 года.docx")
    assert len(name.encode()) > 255 and "2024" not in safe_name(name)
    data = _document(None)
    db, raw, edits = tmp_path / "e.duckdb", tmp_path / "raw", tmp_path / "edits"
    results = commit_uploads([preview_upload(name, data, db)], db, raw, edits)
    assert [r.status for r in results] == ["loaded"]
    rebuilt = reparse_all(db, raw, edits)
    assert [r.status for r in rebuilt] == ["loaded"], [r.message for r in rebuilt]
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT region, year, quarter, event_count FROM reports").fetchall() == [
            ("Смоленская область", 2024, 4, 1)]
    finally:
        con.close()


@pytest.mark.parametrize("title, region", [
    pytest.param("Отчет о мероприятиях Смоленщины за IV квартал 2024 года", "Смоленская область", id="smolenshchina"),
    pytest.param("Отчёт о мероприятиях Брянщины за IV квартал 2024 года", "Брянская область", id="bryanshchina"),
    pytest.param("Отчет о мероприятиях Кузбасса за IV квартал 2024 года", "Кемеровская область", id="kuzbass"),
    pytest.param("Отчет о мероприятиях Северной Осетии за IV квартал 2024 года",
                 "Республика Северная Осетия — Алания", id="north_ossetia"),
    pytest.param("Отчет о международных связях Якутии за 2 квартал 2025 г.", "Республика Саха (Якутия)", id="yakutia"),
    pytest.param("Отчет Югры за 1 кв. 2025", "Ханты-Мансийский автономный округ — Югра", id="yugra"),
    pytest.param("Отчёт о мероприятиях Подмосковья за III квартал 2024", "Московская область", id="podmoskovye"),
    pytest.param("Отчет о мероприятиях Татарстана за 1 квартал 2025 г.", "Республика Татарстан", id="tatarstan"),
    pytest.param("Отчёт Кубани за 3 квартал 2025", "Краснодарский край", id="kuban"),
    pytest.param("Отчет о мероприятиях Петербурга за 1 квартал 2025 года", "Санкт-Петербург", id="petersburg"),
    pytest.param("Отчет о мероприятиях Республики Саха (Якутия) за IV квартал 2024 года", "Республика Саха (Якутия)",
                 id="official_name_still_first"),
])
def test_a_region_by_the_name_it_goes_by(title, region):
    """Titles that name the region as people say it («Смоленщина», «Кузбасс», «Якутия», «Югра»):
    before, each was refused with «в заголовке не найден регион»."""
    assert parse_title(title, "r.txt").region == region
