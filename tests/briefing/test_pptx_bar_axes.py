"""PPTX horizontal bar charts as LibreOffice draws them (soffice → PDF → pdftotext): every bar keeps its
name and no value axis is drawn, since every bar carries its number (uxqa13: the countries slide showed
every other country, Kazakhstan, Armenia, Jordan… left out once «United Arab Emirates» wrapped to two
lines; the attendance slide's value axis «2,000 4,000 …» stood at 45° over a narrow chart). And the
slide's map speaks the deck's language at the deck's type size (its scale said «Мероприятия, шт.» in
English, in 12-px figures). Skipped without LibreOffice or poppler."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pptx import Presentation
from pptx.util import Inches

from briefing.deck import ChartData
from briefing.pptx_writer import _native_chart

COUNTRIES_EN = ["Belarus", "Kazakhstan", "Kyrgyzstan", "Armenia", "India", "Jordan", "Cambodia", "Cameroon",
                "Lithuania", "Moldova", "Mongolia", "Nigeria", "United Arab Emirates", "Uzbekistan"]
COUNTRIES_RU = ["Беларусь", "Казахстан", "Киргизия", "Объединённые Арабские Эмираты", "Армения", "Индия",
                "Иордания", "Камбоджа", "Камерун", "Литва", "Молдова", "Монголия", "Нигерия", "Узбекистан",
                "Китай", "Сербия"]
SECTORS_RU = ["Культура и туризм", "Образование и наука", "Цифровое развитие", "Молодёжь и патриотическое воспитание",
              "Социальная сфера", "Общие направления"]
# (name, lang, categories, values, labels, width in inches): the deck's countries chart (5.9 in beside the
# map), a longer list in Russian, the attendance chart with lower bounds in half the slide
CASES = [
    ("countries_en", "en", COUNTRIES_EN, [62, 2, 2] + [1] * 11, None, 5.9),
    ("countries_ru", "ru", COUNTRIES_RU, [40, 9, 5, 4, 3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1], None, 5.9),
    ("attendance_ru", "ru", SECTORS_RU, [9143, 2107, 1500, 835, 65, 3], ["≥ 9 143", "≥ 2 107", "1 500", "≥ 835", "65", "3"], 5.0),
]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice / poppler not installed: apt-get install libreoffice-impress-nogui poppler-utils")
    tmp = tmp_path_factory.mktemp("axes")
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(13.333), Inches(7.5)
    for name, lang, categories, values, labels, width in CASES:
        n = len(values)
        data = ChartData(key=name, kind="bar", title=name, series="n", categories=categories, values=values,
                         colours=["#1f77b4"] * n, keys=[str(i) for i in range(n)], labels=labels or [None] * n)
        _native_chart(prs.slides.add_slide(prs.slide_layouts[6]), data, 0.5, 1.65, width, 4.9, titled=False, lang=lang)
    prs.save(tmp / "axes.pptx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp), str(tmp / "axes.pptx")], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(tmp / "axes.pdf"), "-"], check=True, capture_output=True,
                          timeout=60).stdout.decode("utf-8")
    return [page.replace("\u00a0", " ") for page in text.split("\f")]


@pytest.mark.parametrize("index", range(len(CASES)), ids=[c[0] for c in CASES])
def test_every_bar_keeps_its_name_and_no_value_axis(pages, index):
    name, lang, categories, values, labels, _ = CASES[index]
    page = re.sub(r"\s+", " ", pages[index])
    missing = [c for c in categories if c not in page and not all(w in page for w in c.split())]
    assert not missing, f"{name}: names not drawn: {missing}\n{page}"
    shown = labels or [str(v) for v in values]
    numbers = set(re.findall(r"\d[\d ,]*\d|\d", page))
    expected = {re.sub(r"[^\d ,]", "", s).strip() for s in shown}
    assert numbers <= expected, f"{name}: numbers besides the bars' own (a value axis?): {sorted(numbers - expected)}"


@pytest.mark.parametrize("lang, title", [("en", "Events, count"), ("ru", "Мероприятия, шт.")])
def test_deck_map_speaks_the_deck_language(sample_con, lang, title):
    from briefing.map_image import MAP_FONT_PX, map_figure
    from briefing.model import build_review

    fig = map_figure(build_review(sample_con, 2024, 4), lang)
    bar = next(tr for tr in fig.data if tr.type == "choropleth").colorbar
    assert bar.title.text == title
    assert bar.tickfont.size >= MAP_FONT_PX and fig.layout.font.size >= MAP_FONT_PX
