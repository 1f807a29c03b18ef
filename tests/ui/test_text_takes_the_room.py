"""A table's text (an event's title, an organisation's name, a role as reported) takes the free width of
its box; the other columns shrink to their content (ui/widgets.fitted_columns).

Seen in the meeting room (uxqa16): the Реестр's eight default columns at 1366 gave its titles 109 px of
the grid's 839, as wide as «Сфера» and «Даты» (every long column was narrowed to one common width), so
«Участие в…» was all a title showed; and on a 1920 projector the «Организации» table kept its laptop
widths grown in proportion: 170-px number columns beside a name column that wrapped every long name
onto two or three lines. Now the Реестр shows, of its defaults, those that fit beside a title given at
least widgets.TEXT_SHARE of the box (more on a projector), and the organisations' names take what the
counts leave: one line each at 1920.

Through AppTest on the ETL-built database, with the main column's width as the browser reports it
(session state room_px_seen; none = the laptop's column), and on frames of my own for the rule."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from dashboard_fixtures import APP  # noqa: E402

TIMEOUT = 120
LAPTOP_BOX = 875 - 36      # the Реестр's grid at 1366: the main column less the row-selection markers
PROJECTOR_COLUMN = 1431    # the main column the room frame measures at 1920×1080


@pytest.fixture(scope="module")
def served(sample_db):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ENGAGEMENT_DB", str(sample_db))
        yield sample_db


def _grids(page: str, lang: str, column_px: int | None) -> list[tuple[pd.DataFrame, dict, int]]:
    """(shown frame, column → width, row height) of every grid of `page`."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if lang == "en":
        at.query_params["lang"] = "en"
    if column_px:
        at.session_state["room_px_seen"] = column_px     # what ui/room/index.html reports from the browser
    at.run()
    at.switch_page(page).run()
    assert not at.exception, [e.message for e in at.exception]
    out = []
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns) if frame.proto.columns else {}
        widths = {c: (config.get(c) or {}).get("width") for c in frame.value.columns}
        out.append((frame.value, widths, int(frame.proto.row_height or 0)))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("lang, title, dates", [("ru", "Мероприятие", "Даты"), ("en", "Event", "Dates")])
def test_registry_title_takes_the_free_width(served, lang, title, dates):
    from ui.widgets import TEXT_SHARE, room

    laptop = _grids("pages/registry.py", lang, None)[0]
    projector = _grids("pages/registry.py", lang, PROJECTOR_COLUMN)[0]
    for (frame, widths, _), box in ((laptop, LAPTOP_BOX), (projector, room(LAPTOP_BOX, PROJECTOR_COLUMN))):
        assert all(isinstance(w, int) for w in widths.values()), widths
        assert sum(widths.values()) <= box, (sum(widths.values()), box, widths)
        assert widths[title] == max(widths.values()), f"the title is not the widest column: {widths}"
        assert widths[title] >= TEXT_SHARE * box - 1, f"the title has {widths[title]} px of {box}: {widths}"
        cut_dates = [d for d in frame[dates].dropna() if str(d).endswith("…")]
        assert not cut_dates, f"dates cut beside the title: {cut_dates[:3]}"
    (small, small_widths, _), (big, big_widths, _) = laptop, projector
    assert small_widths[title] > 230, small_widths          # was 109 (ru) and 72 (en); ~240 beside the first five
    assert big_widths[title] > 1.5 * small_widths[title], (small_widths, big_widths)
    assert len(big.columns) >= len(small.columns) and len(big.columns) == 8, big.columns.tolist()
    # a title a laptop cuts shows more of itself on the projector
    shown = lambda f: sum(len(str(v).rstrip("…")) for v in f[title])  # noqa: E731
    assert shown(big) > 1.5 * shown(small)


@pytest.mark.slow
@pytest.mark.parametrize("lang, name, count", [("ru", "Организация", "Мероприятий"), ("en", "Organisation", "Events")])
def test_organisation_names_take_the_projectors_room(served, lang, name, count):
    from ui.widgets import header_px

    laptop = next(g for g in _grids("pages/organisations.py", lang, None) if name in g[0].columns and count in g[0].columns)
    projector = next(g for g in _grids("pages/organisations.py", lang, PROJECTOR_COLUMN)
                     if name in g[0].columns and count in g[0].columns)
    _, small, small_rows = laptop
    _, big, big_rows = projector
    assert small_rows > 0, "the sample's long names wrap in the laptop's narrower name column"
    assert big_rows == 0, f"names still wrap at 1920 ({big_rows}-px rows) beside {big}"
    assert big[count] == small[count] <= header_px(count) + 20, \
        f"a number column grew with the screen instead of the names: {small} → {big}"
    assert big[name] - small[name] >= 0.8 * (sum(big.values()) - sum(small.values())), (small, big)


def _widths(cells: dict, budget: int) -> dict:
    from ui.widgets import fitted_columns

    return {c: cfg["width"] for c, cfg in fitted_columns(pd.DataFrame(cells), budget).items()}


TITLES = ["Участие делегации Смоленской области в Международном экономическом форуме «Россия – Беларусь: "
          "новые горизонты сотрудничества» в г. Минске", "Рабочая встреча с послом Китайской Народной Республики",
          "Областной конкурс «Ёлка эколят – Молодых защитников Природы» среди школьников приграничных районов",
          "Круглый стол, посвящённый 80-летию освобождения Смоленщины, с участием ветеранов из Республики Беларусь"]


@pytest.mark.parametrize("cells, budget, text", [
    pytest.param({"№": [1, 2, 3, 4], "Мероприятие": TITLES,
                  "Сфера": ["Экономика", "Сельское хозяйство", "Образование", "Культура"],
                  "Даты": ["6 сентября – 9 октября 2024", "1 октября 2024", "12–14 ноября 2024", "3 декабря 2024"],
                  "Страны-партнёры": ["Беларусь", "Китай", "Беларусь", "Беларусь, Казахстан, Узбекистан, Китай"],
                  "Участники": ["≥ 2 000", "35", "—", "120"]}, 839, "Мероприятие", id="registry_six_columns"),
    pytest.param({"No.": [1, 2, 3, 4], "Event": [t.upper() for t in TITLES],
                  "Dates": ["6 September – 9 October 2024", "1 October 2024", "12–14 November 2024", "3 December 2024"],
                  "Format": ["in person", "online", "in person", "mixed"]}, 600, "Event", id="english_upper_case"),
    pytest.param({"Организация": ["Учреждение образования «Витебский государственный ордена Дружбы народов "
                                  "медицинский университет»", "Минский автомобильный завод",
                                  "Посольство Республики Беларусь в Российской Федерации",
                                  "Территориальный центр социального обслуживания населения Витебского района"],
                  "Мероприятий": [3, 2, 2, 1], "Соглашений": [1, 0, 0, 2], "Годы": ["2024", "2023–2024", "2024", "2022"],
                  "Страна": ["Беларусь"] * 4, "Вид": ["вузы и школы", "предприятия", "посольства и консульства", "другие"]},
                 843, "Организация", id="organisation_names"),
    pytest.param({"Name": ["A.A. Gapeyeva", "I.V. Petrov"], "Events": [2, 1],
                  "Role (as reported)": ["Заместитель председателя комитета по внешним связям и туризму, "
                                         "руководитель рабочей группы", "первый заместитель Губернатора Смоленской "
                                                                        "области, куратор международного направления"],
                  "Report numbers": ["№ 26, № 70, № 71", "№ 3"]}, 490, "Role (as reported)", id="role_in_a_side_column"),
])
def test_the_text_takes_what_the_content_of_the_others_leaves(cells, budget, text):
    from ui.widgets import TEXT_SHARE, header_px, text_px

    widths = _widths(cells, budget)
    assert sum(widths.values()) <= budget, widths
    assert widths[text] == max(widths.values()) and widths[text] >= TEXT_SHARE * budget - 1, widths
    for c, w in widths.items():
        if c == text:
            continue
        values = [str(v) for v in cells[c]]
        whole = sum(text_px(v) + 18 <= w for v in values)
        # shrunk to their content: most of their cells whole, and no wider than their widest cell (as drawn
        # or as estimated by characters, widgets.CHAR_PX) or their header as drawn (widgets.header_px)
        assert whole >= 0.75 * len(values), f"«{c}» at {w} px shows {whole} of {len(values)} cells whole"
        widest = max(max(text_px(v) + 20, len(v) * 7.3 + 19) for v in values)
        assert w <= max(widest, header_px(c) + 1), f"«{c}» wider than its content: {w}"
    # the text then has all the rest of the box, up to its whole length
    assert widths[text] >= min(max(text_px(v) for v in cells[text]) + 18, budget - sum(
        w for c, w in widths.items() if c != text)) - len(widths), widths   # each width rounded down


def test_without_a_text_the_widest_columns_narrow_together():
    """No column is a text (every middle cell short): nothing is favoured, the widest narrow to one width."""
    cells = {"Код": ["BY-VI", "CN-BJ"], "Регион": ["Витебская область", "провинция Хэйлунцзян"],
             "Период": ["IV кв. 2024", "III кв. 2024"], "Статус": ["новый партнёр", "не было контактов"]}
    widths = _widths(cells, 300)
    from ui.widgets import header_px, text_columns

    assert sum(widths.values()) <= 300 or all(w <= header_px(c) + 1 for c, w in widths.items()), widths

    assert text_columns(pd.DataFrame(cells)) == []


@pytest.mark.parametrize("budget, column, expect_all", [(839, None, False), (839, 1431, True), (839, 1601, True)])
def test_registry_defaults_are_those_that_fit_beside_the_title(budget, column, expect_all):
    """widgets.columns_that_fit: most wanted first, a field left out (one pick away) only when it would
    squeeze the title under its share; a projector's wider box keeps every one."""
    from unittest import mock

    from ui import widgets

    frame = pd.DataFrame({"№": [1, 2, 3, 4], "Мероприятие": TITLES,
                          "Даты": ["6 сентября – 9 октября 2024", "1 октября 2024", "12–14 ноября 2024", "3 декабря 2024"],
                          "Сфера": ["Экономика", "Сельское хозяйство", "Образование", "Культура"],
                          "Страны-партнёры": ["Беларусь", "Китай", "Беларусь", "Беларусь"],
                          "Участники": ["≥ 2 000", "35", "—", "120"], "Формат": ["очно", "онлайн", "очно", "очно"],
                          "Соглашение": ["устная договорённость", "подписано", "устная договорённость", "—"]})
    wanted = list(frame.columns)
    with mock.patch.object(widgets, "main_width", return_value=column):
        kept = widgets.columns_that_fit(frame, wanted, budget)
        first = widgets.columns_that_fit(frame, wanted, budget, first=5)
        widths = {c: cfg["width"] for c, cfg in widgets.fitted_columns(frame[kept], budget).items()}
        box = widgets.room(budget)
    # the first five wanted (№, title, dates, sector, countries) stay on every screen
    assert first[:5] == wanted[:5] and set(kept) <= set(first), (kept, first)
    assert kept[:2] == ["№", "Мероприятие"] and kept == [c for c in wanted if c in kept]
    assert (kept == wanted) is expect_all, kept
    assert widths["Мероприятие"] >= widgets.TEXT_SHARE * box - 1 and sum(widths.values()) <= box, widths
    if not expect_all:   # the first left out would not have fitted beside the title's share
        first_out = next(c for c in wanted if c not in kept)
        with mock.patch.object(widgets, "main_width", return_value=column):
            more = {c: cfg["width"] for c, cfg in widgets.fitted_columns(frame[kept + [first_out]], budget).items()}
        cut = [c for c in kept + [first_out] if c != "Мероприятие" and more[c] < widths.get(c, more[c])]
        assert more["Мероприятие"] < widths["Мероприятие"] or cut, (widths, more)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_quality_link_columns_are_as_wide_as_the_word_they_show(served, lang):
    """«Качество данных»'s lists link each row to its event: the grid shows «открыть» / «open», but the
    column was measured by its addresses («registry?event=…», 40 characters), so it took ~200 px and
    counted as a second text beside the title, which was left ~110 px (uxqa16, at 1366 in English)."""
    from analytics.i18n import t
    from ui.widgets import header_px, text_px

    link, title = t("q_open", lang), t("col_title", lang)
    found = [g for g in _grids("pages/quality.py", lang, None) if link in g[0].columns]
    assert len(found) >= 2, "the sample has at least two linked problem lists"
    with_title = 0
    for frame, widths, _ in found:
        most = max(header_px(link), text_px(t("q_open_text", lang)) + 19) + 2
        assert widths[link] <= most, f"«{link}» {widths[link]} px for a one-word link: {widths}"
        if title in frame.columns:
            with_title += 1
            assert widths[title] == max(widths.values()), f"the title is not the widest column: {widths}"
    assert with_title, "no linked list with titles measured"


def test_a_short_text_never_cuts_the_short_values_beside_it():
    """A one-row table of many short columns and one short «text» (an analyst's reason, 32 letters): the
    text's share gives way to the statuses and regions, which stay whole (a status «приме…» is unreadable;
    the Реестр's titles are long and still get their share, test above)."""
    from ui.widgets import text_px

    cells = {"Создано": ["2026-11-27 17:18:24"], "Регион": ["Смоленская область"], "Год": [2024], "Квартал": [4],
             "№": [12], "Поле": ["Участники, всего"], "Значение": ["1750"], "Автор": ["editor"],
             "Почему": ["уточнено по письму организаторов"], "Статус": ["применено"]}
    widths = _widths(cells, 875)
    assert sum(widths.values()) <= 875, widths
    for column in ("Статус", "Значение", "Автор"):
        assert widths[column] >= text_px(str(cells[column][0])) + 18, f"«{column}» cut: {widths}"
