"""SYNTHETIC reports for load tests: the real sample's rows recombined into other regions and quarters.

Every figure the dashboard shows must stay fast at national scale (85 regions × 10 years), but there
is one real report. This module writes reports in the real layouts (the tab-separated text dump and
a Word table) whose events are drawn from that report's rows, so sectors, partner countries,
formats, attendance and text lengths follow the sample; and it varies what duplicate detection and
search look at: titles (lead phrases, ordinals, quoted names swapped between events), dates (moved to
the target quarter with the sample's shapes: one day, a range in a month, across months), head
counts and foreign cities. The title line of every file says SYNTHETIC; nothing is written into
data/raw.

    >>> paths = write_reports(Path("/tmp/synth"), regions=2, quarters=4, seed=1)
    >>> paths[0].name
    'synthetic_r01_2024q1.txt'
"""
from __future__ import annotations

import csv
import io
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from .config import PROJECT_ROOT, RAW_DIR, REFERENCE_DIR
from .dates import parse_dates
from .errors import ReportError
from .layout import split_layout
from .read import read_file
from .title import parse_title, region_genitive as genitive

SAMPLE = PROJECT_ROOT / "data" / "raw" / "smolensk_international_2024q4.txt"
SAMPLE_REGION = ("Смоленская область", "Смоленской области", "Смоленск")
LAST_QUARTER = (2024, 4)
MONTHS_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря")
ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                  "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV")
# Lead phrases clerks use interchangeably; each keeps the case the rest of the title needs.
LEAD_VARIANTS = (
    ("Участие в ", "Участие делегации региона в ", "Участие представителей региона в ", "Участие в работе "),
    ("Рабочая встреча ", "Встреча ", "Переговоры ", "Рабочее совещание "),
    ("Служебная командировка ", "Рабочая поездка "),
    ("Проведение ", "Организация и проведение ", "Организация "),
    ("Международная научная конференция ", "Международная научно-практическая конференция "),
    ("Онлайн-тур ", "Виртуальный тур "),
    ("Выставка ", "Тематическая выставка ", "Книжная выставка "),
)
# Tails that change a title's words without adding a country, a format or an agreement.
TITLE_TAILS = (" (второй этап)", " в рамках Года семьи", " по итогам года", " для специалистов отрасли",
               " (выездное заседание)", " для молодежи", " в рамках сетевого проекта", " (отборочный тур)",
               " для представителей малого бизнеса", " в рамках программы побратимства")
_ROMAN_ORDINAL = re.compile(r"\b[IVXХ]{1,5}(?=[ \u00a0]+[А-ЯЁа-яё])")
_NUMBER_ORDINAL = re.compile(r"\b(\d{1,3})-(й|я|е|го|м|му)\b")
_QUOTED = re.compile(r"«[^«»]{3,80}»")
_YEAR = re.compile(r"\b20(1\d|2\d)\b")
_HEAD_COUNT = re.compile(
    r"(?<![\d.,])(\d{1,2}[ \u00a0]?\d{3}|\d{1,4})(?=[ \u00a0]*(?:-|–)?[ \u00a0]*(?:чел|участ|представ|делегат|"
    r"школьн|студент|специалист|гост|зрител|дет|иностран|граждан|волонт|педагог|учащ|молод|слушат))")
_CITY = re.compile(r"\bг\.[ \u00a0]*([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*)\b(?![а-яё])")


@dataclass(frozen=True)
class Template:
    """One event row of the real sample, with its parsed dates (None if unreadable)."""
    sector: str
    cells: dict[str, str]
    start: date | None
    end: date | None


@dataclass(frozen=True)
class Sample:
    header: tuple[str, ...]
    columns: tuple[str, ...]
    sectors: tuple[str, ...]
    templates: tuple[Template, ...]
    quoted_names: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class SyntheticReport:
    region: str
    year: int
    quarter: int
    title_lines: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]   # one-cell rows are sector headings
    notes: tuple[str, ...]


@lru_cache(maxsize=1)
def load_sample(path: Path = SAMPLE) -> Sample:
    grid = read_file(path).grid
    layout = split_layout(grid, path.name)
    templates = []
    for event in layout.events:
        dates = parse_dates(event.cells.get("dates", ""), LAST_QUARTER[0])
        templates.append(Template(event.sector or layout.sectors[0], dict(event.cells), dates.start, dates.end))
    quoted = sorted({m.group(0) for t in templates for m in _QUOTED.finditer(t.cells["title"])})
    return Sample(header=grid.rows[0].cells, columns=layout.columns, sectors=layout.sectors,
                  templates=tuple(templates), quoted_names=tuple(quoted),
                  note=layout.notes[0] if layout.notes else "")


@lru_cache(maxsize=1)
def synthetic_regions() -> tuple[tuple[str, str, str], ...]:
    """(nominative, genitive, centre) of every region in the reference whose synthetic title the
    parser reads back as the same region; the sample's own region comes last so synthetic data
    never poses as the real one first."""
    with open(REFERENCE_DIR / "ru_regions.csv", encoding="utf-8") as handle:
        rows = [(r["region"], r["centre"]) for r in csv.DictReader(handle)]
    out = []
    for region, centre in rows:
        gen = genitive(region)
        try:
            meta = parse_title(" ".join(title_lines(gen, 2024, 4)))
        except ReportError:
            continue
        if meta.region in (region, region.removeprefix("Город ")):  # a federal city is stored as «Москва»
            out.append((meta.region, gen, centre))
    out.sort(key=lambda r: r[0] == SAMPLE_REGION[0])
    return tuple(out)


def title_lines(region_genitive: str, year: int, quarter: int) -> tuple[str, str, str]:
    return (" SYNTHETIC. Отчет о мероприятиях в международной сфере, проведенных исполнительными органами ",
            f"{region_genitive} и подведомственными им учреждениями ",
            f"в {ROMAN_NUMERALS[quarter - 1]} квартале {year} года")


def quarters_back(count: int, last: tuple[int, int] = LAST_QUARTER) -> list[tuple[int, int]]:
    """The `count` quarters ending with `last`, oldest first: 2 → [(2024, 3), (2024, 4)]."""
    year, quarter = last
    out = []
    for _ in range(count):
        out.append((year, quarter))
        year, quarter = (year - 1, 4) if quarter == 1 else (year, quarter - 1)
    return out[::-1]


@lru_cache(maxsize=1)
def _foreign_cities() -> dict[str, list[str]]:
    by_country: dict[str, list[str]] = {}
    with open(REFERENCE_DIR / "foreign_cities.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            by_country.setdefault(row["country"], []).append(row["city"])
    return by_country


def _city_country(city: str) -> str | None:
    return next((c for c, cities in _foreign_cities().items() if city in cities), None)


# ------------------------------------------------------------------ variation

def vary_title(title: str, rng: random.Random, sample: Sample, year: int) -> str:
    """A new title from a sample title: another lead phrase, ordinal, quoted name and year."""
    for variants in LEAD_VARIANTS:
        lead = next((v for v in variants if title.startswith(v)), None)
        if lead:
            title = rng.choice(variants) + title[len(lead):]
            break
    title = _ROMAN_ORDINAL.sub(lambda m: rng.choice(ROMAN_NUMERALS), title)
    title = _NUMBER_ORDINAL.sub(lambda m: f"{rng.randint(2, 40)}-{m.group(2)}", title)
    if sample.quoted_names and rng.random() < 0.7:
        title = _QUOTED.sub(lambda m: rng.choice(sample.quoted_names), title, count=1)
    if rng.random() < 0.3:
        title = title.rstrip() + rng.choice(TITLE_TAILS)
    return _YEAR.sub(lambda m: str(year + (int(m.group(0)) - LAST_QUARTER[0])), title)


def vary_counts(text: str, rng: random.Random) -> str:
    """'более 1600 человек' → 'более 3200 человек': every head count of a cell multiplied by the
    same whole number, so 'N человек, из них X … Y …' still adds up; years and dates untouched."""
    factor = rng.choice((1, 1, 2, 3))
    if factor == 1:
        return text
    return _HEAD_COUNT.sub(lambda m: str(int(re.sub(r"\D", "", m.group(1))) * factor), text)


def vary_cities(text: str, rng: random.Random) -> str:
    """'г. Могилев' → 'г. Гомель': a foreign city swapped for another of the same country."""
    def swapped(match: re.Match) -> str:
        country = _city_country(match.group(1))
        if country is None or rng.random() < 0.5:
            return match.group(0)
        return match.group(0).replace(match.group(1), rng.choice(_foreign_cities()[country]))
    return _CITY.sub(swapped, text)


def move_region(text: str, region: str, region_genitive: str, centre: str) -> str:
    nominative, gen, sample_centre = SAMPLE_REGION
    text = text.replace(gen, region_genitive).replace(nominative, region)
    return re.sub(rf"\b{sample_centre}\b(?![а-яё])", centre, text)


def format_dates(start: date, end: date, rng: random.Random) -> str:
    """The sample's shapes: '25 сентября\\n2024 года', '26-28 сентября 2024 года',
    '30 сентября –  1 октября \\n2024 года'."""
    tail = rng.choice(("\n", " ", " \n"))
    if start == end:
        return f"{start.day} {MONTHS_GENITIVE[start.month - 1]}{tail}{start.year} года"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {MONTHS_GENITIVE[start.month - 1]}{tail}{start.year} года"
    if start.year == end.year:
        return (f"{start.day} {MONTHS_GENITIVE[start.month - 1]} – {rng.choice(('', chr(10)))}"
                f"{end.day} {MONTHS_GENITIVE[end.month - 1]}{tail}{end.year} года")
    return (f"{start.day} {MONTHS_GENITIVE[start.month - 1]} {start.year} года – "
            f"{end.day} {MONTHS_GENITIVE[end.month - 1]} {end.year} года")


def move_dates(template: Template, year: int, quarter: int, rng: random.Random) -> str:
    """The template's dates moved by whole quarters to the target one, jittered by up to a week
    and kept the same length; an unreadable date cell is kept as it is."""
    if template.start is None:
        return template.cells.get("dates", "")
    months = (year - LAST_QUARTER[0]) * 12 + (quarter - LAST_QUARTER[1]) * 3
    total = template.start.year * 12 + template.start.month - 1 + months
    day = min(template.start.day, 28)
    start = date(total // 12, total % 12 + 1, day) + timedelta(days=rng.randint(-7, 7))
    end = start + ((template.end or template.start) - template.start)
    return format_dates(start, end, rng)


# ------------------------------------------------------------------ reports

def synthetic_report(region: tuple[str, str, str], year: int, quarter: int, seed: int = 0,
                     sample: Sample | None = None) -> SyntheticReport:
    """One report: 55–100 events drawn from the sample's rows, grouped under the sample's sector
    headings in the sample's order, numbered from 1."""
    sample = sample or load_sample()
    name, gen, centre = region
    rng = random.Random(f"{seed}:{name}:{year}:{quarter}")
    picked = [rng.choice(sample.templates) for _ in range(rng.randint(55, 100))]
    order = {s: i for i, s in enumerate(sample.sectors)}
    picked.sort(key=lambda t: order.get(t.sector, len(order)))
    rows: list[tuple[str, ...]] = []
    sector = None
    for n, template in enumerate(picked, start=1):
        if template.sector != sector:
            sector = template.sector
            rows.append((sector,))
        cells = []
        for role in sample.columns:
            raw = template.cells.get(role, "")
            if role == "number":
                text = f"{n}. "
            elif role == "title":
                text = vary_title(raw, rng, sample, year)
            elif role == "dates":
                text = move_dates(template, year, quarter, rng)
            elif role == "participants":
                text = vary_counts(raw, rng)
            elif role == "venue":
                text = vary_cities(raw, rng)
            else:
                text = raw
            cells.append(move_region(text, name, gen, centre) if role != "number" else text)
        rows.append(tuple(cells))
    meetings = rng.randint(1, 12)
    noun = "встреча" if meetings % 10 == 1 and meetings != 11 else (
        "встречи" if 2 <= meetings % 10 <= 4 and not 12 <= meetings <= 14 else "встреч")
    note = re.sub(r"^В IV квартале 2024 года состоялось 4 встречи",
                  f"В {ROMAN_NUMERALS[quarter - 1]} квартале {year} года состоялось {meetings} {noun}",
                  sample.note)
    return SyntheticReport(name, year, quarter, title_lines(gen, year, quarter), sample.header,
                           tuple(rows), (note,) if note else ())


def to_text(report: SyntheticReport) -> str:
    """The text dump's layout: title lines, then every cell on a line starting with a TAB, rows
    separated by a blank line, the footer as a last one-cell row."""
    out = list(report.title_lines) + [""]
    for row in (report.header, *report.rows, *((n,) for n in report.notes)):
        out.extend("\t" + cell for cell in row)
        out.append("")
    return "\n".join(out) + "\n"


def to_docx(report: SyntheticReport) -> bytes:
    """The Word layout: title paragraphs, one table (header row, sector headings as merged rows,
    line breaks as paragraphs), the footer after the table. Saved with a fixed timestamp so the
    same seed gives the same bytes (and the same report id)."""
    import zipfile

    import docx

    document = docx.Document()
    for line in report.title_lines:
        document.add_paragraph(line.strip())
    width = len(report.header)
    table = document.add_table(rows=0, cols=width)
    for row in (report.header, *report.rows):
        cells = table.add_row().cells
        if len(row) == 1:
            _fill(cells[0].merge(cells[-1]), row[0])
        else:
            for cell, text in zip(cells, row):
                _fill(cell, text)
    for note in report.notes:
        document.add_paragraph(note)
    raw = io.BytesIO()
    document.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0)),
                            source.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
    return fixed.getvalue()


def _fill(cell, text: str) -> None:
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def check_out_dir(out: Path) -> Path:
    """Synthetic files never go into the folder of real reports (or below it)."""
    out = Path(out).resolve()
    for raw in {RAW_DIR.resolve(), (PROJECT_ROOT / "data" / "raw").resolve()}:
        if out == raw or raw in out.parents:
            raise ReportError(f"синтетические отчёты нельзя записывать в папку настоящих отчётов {raw}",
                              file=str(out))
    return out


def write_reports(out: Path, regions: int, quarters: int, seed: int = 0, docx_share: float = 0.25,
                  last: tuple[int, int] = LAST_QUARTER) -> list[Path]:
    """regions × quarters files in `out` (.txt, and .docx for about `docx_share` of them)."""
    out = check_out_dir(out)
    available = synthetic_regions()
    if not 1 <= regions <= len(available):
        raise ReportError(f"можно сгенерировать от 1 до {len(available)} регионов, запрошено {regions}")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for index, region in enumerate(available[:regions], start=1):
        for year, quarter in quarters_back(quarters, last):
            report = synthetic_report(region, year, quarter, seed)
            as_docx = random.Random(f"{seed}:format:{region[0]}:{year}:{quarter}").random() < docx_share
            path = out / f"synthetic_r{index:02d}_{year}q{quarter}.{'docx' if as_docx else 'txt'}"
            if as_docx:
                path.write_bytes(to_docx(report))
            else:
                path.write_text(to_text(report), encoding="utf-8")
            written.append(path)
    return written
