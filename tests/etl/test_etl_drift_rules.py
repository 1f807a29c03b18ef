"""One table per general rule that lets the parser read templates and wordings other than the sample's.
Cases are written as other clerks write (invented, not copied from the sample)."""
import codecs

import pytest

from etl.attendance import parse_attendance
from etl.classify import classify_agreement, classify_format, classify_sector
from etl.dates import parse_dates
from etl.errors import ReportError
from etl.geo import foreign_regions, parse_venue, partner_countries, region_countries
from etl.layout import column_number_run, grid_from_text, heading_name, is_column_number_row, split_layout
from etl.lemmas import matching_form
from etl.normalize import EVENT_KEYS, build_report, event_contract, report_contract, row_attendance
from etl.read import decode_text, read_bytes
from etl.title import parse_title
from tests.docx_builder import grid_to_docx

HEADER = ("\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n\tСроки проведения\n"
          "\tСодержание и результаты\n\tУчастники\n")


def _event(n, title="Встреча с делегацией Республики Беларусь", dates="12 мая 2025 г.",
           participants="Делегация – 8 человек"):
    return f"\n\t{n}.\n\t{title}\n\tг. Смоленск\n\t{dates}\n\tОбсуждены вопросы сотрудничества\n\t{participants}\n"


def _report(body: str, header: str = HEADER) -> str:
    return ("SYNTHETIC\nОтчет о мероприятиях Смоленской области во II квартале 2025 года\n\n"
            + header + "\n\tСотрудничество в сфере культуры\n" + body)


# ---------- layout: the column-number row, unknown columns, numbered headings ----------

@pytest.mark.parametrize(("cells", "run"), [
    pytest.param(["1", "2", "3", "4", "5", "6"], 6, id="digits"),
    pytest.param(["1.", "2.", "3.", "4."], 4, id="digits_with_dots"),
    pytest.param(["гр. 1", "гр. 2", "гр. 3"], 3, id="gr_prefix"),
    pytest.param(["Графа 1", "Графа 2", "Графа 3", "Графа 4"], 4, id="grafa"),
    pytest.param(["1.", "Форум «Россия – Беларусь»", "г. Минск"], 0, id="an_event_row"),
    pytest.param(["1", "2"], 0, id="two_cells_are_not_a_numbering"),
    pytest.param(["2", "3", "4"], 0, id="must_start_at_one"),
])
def test_column_number_run(cells, run):
    assert column_number_run(cells, 0) == run


@pytest.mark.parametrize("numbering", [
    pytest.param("\t1\n\t2\n\t3\n\t4\n\t5\n\t6\n", id="digits"),
    pytest.param("\t1.\n\t2.\n\t3.\n\t4.\n\t5.\n\t6.\n", id="dotted"),
    pytest.param("\tгр. 1\n\tгр. 2\n\tгр. 3\n\tгр. 4\n\tгр. 5\n\tгр. 6\n", id="gr"),
])
@pytest.mark.parametrize("form", ["txt", "docx"])
def test_column_number_row_is_not_an_event(numbering, form):
    plain = _report(_event(1) + _event(2, dates="3–5.06.2025"))
    numbered = plain.replace(HEADER, HEADER + "\n" + numbering)
    data, name = (numbered.encode(), "r.txt") if form == "txt" else (
        grid_to_docx(grid_from_text(numbered)), "r.docx")
    assert report_contract(build_report(read_bytes(data, name))) == \
        report_contract(build_report(read_bytes(plain.encode(), "r.txt")))


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_unknown_column_keeps_other_cells_in_place(form):
    # a header no template rule knows («Примечание» and «Ответственный исполнитель» are read since 1.4.1,
    # «Источник финансирования» since 1.4.6)
    header = HEADER.replace("\tСроки проведения\n", "\tКод по плану\n\tСроки проведения\n")
    body = "".join(_event(n).replace("\tг. Смоленск\n", "\tг. Смоленск\n\tсм. приложение 2\n") for n in (1, 2, 3))
    text = _report(body, header)
    data, name = (text.encode(), "r.txt") if form == "txt" else (grid_to_docx(grid_from_text(text)), "r.docx")
    report = build_report(read_bytes(data, name))
    assert [e.start_date.isoformat() for e in report.events] == ["2025-05-12"] * 3
    assert [e.attendance_total for e in report.events] == [8, 8, 8]
    assert report.events[0].raw["extra_3"].strip() == "см. приложение 2"
    assert [(i.field, i.raw_text) for i in report.issues if i.severity == "warning"] == [("column", "Код по плану")]


@pytest.mark.parametrize(("heading", "name"), [
    pytest.param("I. Сотрудничество в сфере культуры", "Сотрудничество в сфере культуры", id="roman"),
    pytest.param("Раздел II. Экономика", "Экономика", id="razdel_roman"),
    pytest.param("Раздел 3: Молодёжная политика", "Молодёжная политика", id="razdel_arabic_colon"),
    pytest.param("4) Спорт", "Спорт", id="arabic_paren"),
    pytest.param("Сотрудничество в сфере спорта", "Сотрудничество в сфере спорта", id="unnumbered"),
    pytest.param("Итоги 2025 года", "Итоги 2025 года", id="number_inside_is_kept"),
])
def test_heading_numbering_is_dropped(heading, name):
    assert heading_name(heading) == name


def test_event_numbers_out_of_order_and_unknown_sector_are_issues():
    text = _report(_event(1) + _event(3) + _event(2)).replace(
        "Сотрудничество в сфере культуры", "III. Побратимские связи")
    report = build_report(read_bytes(text.encode(), "r.txt"))
    issues = {(i.field, i.severity) for i in report.issues}
    assert ("n", "warning") in issues
    assert ("sector", "info") in issues
    assert report.sectors == ["Побратимские связи"]


def test_a_short_header_row_does_not_make_a_column_number_row():
    assert not is_column_number_row(("1", "Форум", "г. Минск"))


# ---------- text normalisation ----------

@pytest.mark.parametrize(("raw", "folded"), [
    pytest.param("Pеспублика Беларусь", "Республика Беларусь", id="latin_P"),
    pytest.param("Kитай", "Китай", id="latin_K"),
    pytest.param("Бела\u00adрусь", "Беларусь", id="soft_hyphen"),
    pytest.param("15\u201217\u00a0мая", "15-17 мая", id="figure_dash_nbsp"),
    pytest.param("IT-компания", "IT-компания", id="latin_word_kept"),
    pytest.param("Семёнов", "Семёнов", id="yo_kept_in_names"),
])
def test_matching_form(raw, folded):
    assert matching_form(raw) == folded


# ---------- dates ----------

@pytest.mark.parametrize(("raw", "start", "end"), [
    pytest.param("3–5.06.2025", "2025-06-03", "2025-06-05", id="days_then_numeric"),
    pytest.param("с 30 мая по 3 июня 2025 г.", "2025-05-30", "2025-06-03", id="s_po_across_months"),
    pytest.param("июнь 2025 г.", "2025-06-01", "2025-06-30", id="whole_month"),
    pytest.param("январь – март 2025 г.", "2025-01-01", "2025-03-31", id="span_of_months"),
    pytest.param("18 и 20 июня 2025 года", "2025-06-18", "2025-06-20", id="two_days"),
    pytest.param("25.08 – 29.08.2025", "2025-08-25", "2025-08-29", id="numeric_year_once"),
    pytest.param("12-14 мая 2025г", "2025-05-12", "2025-05-14", id="year_glued_to_g"),
    pytest.param("28 декабря 2024 – 10 января 2025 г.", "2024-12-28", "2025-01-10", id="across_years"),
    pytest.param("10 июня", "2025-06-10", "2025-06-10", id="no_year_takes_reports"),
    pytest.param("25 июня 2025 г., 15:00", "2025-06-25", "2025-06-25", id="time_is_not_a_day"),
    pytest.param("в 10.00 25 июня 2025 г.", "2025-06-25", "2025-06-25", id="dotted_time"),
    pytest.param("2025-06-14", "2025-06-14", "2025-06-14", id="iso"),
    pytest.param("14/06 – 16/06/2025", "2025-06-14", "2025-06-16", id="slashes"),
    pytest.param("II квартал 2025 г.", "2025-04-01", "2025-06-30", id="whole_quarter"),
    pytest.param("1, 3 и 5 июня 2025 г.", "2025-06-01", "2025-06-05", id="list_of_days"),
])
def test_dates(raw, start, end):
    parsed = parse_dates(raw, default_year=2025)
    assert (parsed.start.isoformat(), parsed.end.isoformat()) == (start, end)


@pytest.mark.parametrize(("raw", "message"), [
    pytest.param("28-26 ноября 2024 г.", "раньше начала", id="reversed_range"),
    pytest.param("0 декабря 2024 г.", "день 0", id="day_zero"),
    pytest.param("31.09.2025", "нет в месяце", id="no_such_day"),
    pytest.param("30 февраля 2025 года", "нет в месяце", id="february_30"),
])
def test_impossible_dates_are_issues_not_guesses(raw, message):
    parsed = parse_dates(raw, default_year=2025)
    assert (parsed.start, parsed.end) == (None, None)
    assert message in parsed.issues[0].message and parsed.issues[0].raw_text == raw


# ---------- attendance ----------

@pytest.mark.parametrize(("raw", "total", "lower", "approximate"), [
    pytest.param("2,5 тыс. человек", 2500, False, False, id="thousands_abbreviated"),
    pytest.param("Делегация – 12 чел.", 12, False, False, id="chel_abbreviated"),
    pytest.param("в составе двадцати пяти человек", 25, False, False, id="words_oblique_case"),
    pytest.param("пятеро волонтёров и трое гостей", 8, False, False, id="collective_numerals"),
    pytest.param("присутствовали 14 ректоров", 14, False, False, id="animate_noun_not_listed"),
    pytest.param("8 команд, 96 спортсменов", 96, False, False, id="teams_are_not_people"),
    pytest.param("40 коллективов, 120 экспонатов", None, False, False, id="collectives_exhibits"),
    pytest.param("около 40 человек", 40, False, True, id="okolo"),
    pytest.param("порядка 300 зрителей", 300, False, True, id="poryadka"),
    pytest.param("примерно 50 участников", 50, False, True, id="primerno"),
    pytest.param("более 1,5 тыс. зрителей", 1500, True, False, id="bolee_thousands"),
    pytest.param("не менее 30 человек", 30, True, False, id="ne_menee"),
    pytest.param("80–100 человек", 80, True, False, id="range_gives_lower_bound"),
    pytest.param("Общее количество участников – 60 человек (20 из Беларуси, 40 из России)", 60, False, False,
                 id="breakdown_not_added"),
])
def test_attendance(raw, total, lower, approximate):
    parsed = parse_attendance(raw)
    assert (parsed.total, parsed.lower_bound, parsed.approximate) == (total, lower, approximate)


@pytest.mark.parametrize(("raw", "total", "foreign"), [
    pytest.param("участников – 150", 150, None, id="label_before_number"),
    pytest.param("Зрителей: 300, участников – 40", 340, None, id="two_labelled_groups"),
    pytest.param("Количество участников – 60 чел., в т.ч. иностранных – 12 чел.", 60, 12, id="vtch_adjective_subset"),
    pytest.param("Всего 40 человек, в том числе из Беларуси – 8", 40, 8, id="subset_from_country"),
    pytest.param("Делегация в составе 7 (семи) человек", 7, None, id="number_repeated_in_words"),
])
def test_attendance_labels_and_subsets(raw, total, foreign):
    parsed = parse_attendance(raw)
    assert (parsed.total, parsed.foreign) == (total, foreign)


def test_range_keeps_upper_figure():
    parsed = parse_attendance("80–100 человек")
    assert parsed.upper == 100 and "100" in parsed.issues[0].message


@pytest.mark.parametrize(("raw", "lower", "upper"), [
    pytest.param("от 30 до 50 человек", 30, 50, id="from_to_words"),
    pytest.param("30–50 человек", 30, 50, id="dash"),
    pytest.param("от 100 до 150 чел.", 100, 150, id="from_to_abbreviated_noun"),
    pytest.param("от 30 до 50 участников из Беларуси", 30, 50, id="from_to_then_country"),
    pytest.param("от 1 до 3 тыс. человек", 1000, 3000, id="both_ends_in_thousands"),
    pytest.param("от 1,5 до 2 тыс. зрителей", 1500, 2000, id="decimal_lower_in_thousands"),
    pytest.param("от 500 до 3 тыс. человек", 500, 3000, id="lower_in_units_upper_in_thousands"),
    pytest.param("1–3 тыс. человек", 1000, 3000, id="dash_thousands"),
])
def test_a_range_of_people_is_read_the_same_however_written(raw, lower, upper):
    """'от 30 до 50 человек' is the range '30–50 человек': at least 30, up to 50, said as an info.
    Before, the 'от 30' was dropped and 50 taken as an approximate total; 'от 1 до 3 тыс.' and
    '1–3 тыс.' were read as 1 and 3000 people."""
    parsed = parse_attendance(raw)
    assert (parsed.total, parsed.lower_bound, parsed.upper) == (lower, True, upper)
    assert any(str(upper) in i.message and i.severity == "info" for i in parsed.issues)


@pytest.mark.parametrize("raw", ["от 14 до 35 лет", "молодёжь в возрасте от 14 до 35 лет"])
def test_an_age_range_is_not_a_count(raw):
    assert parse_attendance(raw).total is None


def test_absurd_count_is_an_issue_not_an_overflow():
    parsed = parse_attendance("100000000000000000000000000 человек")
    assert parsed.total is None and parsed.issues[0].severity == "warning"


@pytest.mark.parametrize(("cells", "total", "approximate"), [
    pytest.param({"attendance": "15", "participants": "12 предпринимателей, 3 сотрудника"}, 15, False,
                 id="count_column_wins_over_breakdown"),
    pytest.param({"attendance": "около 40", "participants": "Представители 6 предприятий"}, 40, True,
                 id="bare_approximate_in_count_column"),
    pytest.param({"attendance": "", "participants": "Делегация – 7 человек"}, 7, False,
                 id="empty_count_column_falls_back"),
    pytest.param({"participants": "12"}, 12, False, id="bare_number_in_participants"),
    pytest.param({"participants": "Представители 12 предприятий"}, None, False, id="enterprises_not_people"),
    pytest.param({"participants": "Школьники – 12 человек, педагоги – 3 человека",
                  "content": "Всего в мероприятии приняли участие 120 человек."}, 120, False,
                 id="total_in_results_cell_wins"),
])
def test_attendance_anywhere_in_the_row(cells, total, approximate):
    parsed = row_attendance(cells, lambda text: False)
    assert (parsed.total, parsed.approximate) == (total, approximate)


def test_contract_has_attendance_approximate():
    assert "attendance_approximate" in EVENT_KEYS
    report = build_report(read_bytes(_report(_event(1, participants="около 40 человек")).encode(), "r.txt"))
    contract = event_contract(report.events[0])
    assert tuple(contract) == EVENT_KEYS and contract["attendance_approximate"] is True


# ---------- agreements ----------

@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Достигнута договорённость о проведении Дней культуры", "verbal", id="yo_verbal"),
    pytest.param("Стороны договорились о дальнейших шагах", "verbal", id="dogovorilis"),
    pytest.param("Подписано соглашение о сотрудничестве", "signed", id="signed"),
    pytest.param("Заключён контракт на поставку оборудования", "signed", id="yo_contract"),
    pytest.param("По итогам заключены 2 экспортных контракта", "signed", id="concluded_contracts"),
    pytest.param("Утверждён и подписан план мероприятий на 2025–2026 годы", "signed", id="action_plan"),
    pytest.param("Подписана дорожная карта сотрудничества", "signed", id="road_map"),
    pytest.param("Обсуждена возможность заключения контракта", None, id="possibility_discussed"),
    pytest.param("Планируется подписать меморандум о сотрудничестве", None, id="planned"),
    pytest.param("Рассмотрен проект соглашения", None, id="draft_considered"),
    pytest.param("Подписание дорожной карты намечено на 2026 год", None, id="scheduled"),
    pytest.param("Стороны договорились о подписании соглашения в следующем году", "verbal",
                 id="agreed_to_sign_later_is_verbal"),
    pytest.param("Обсуждены вопросы сотрудничества. Подписан меморандум", "signed",
                 id="discussion_then_signature"),
    pytest.param("Проведены переговоры", None, id="nothing"),
    pytest.param("Заключены договоры на поставку продукции", "signed", id="plural_contracts"),
    pytest.param("Соглашение будет подписано в ходе визита", None, id="future"),
    pytest.param("Стороны выразили намерение подписать соглашение", None, id="intention"),
    pytest.param("Подписан протокол о намерениях", "signed", id="protocol_of_intent_is_a_document"),
    pytest.param("Договорённостей не достигнуто", None, id="verbal_negated"),
    pytest.param("Стороны не договорились о ценах", None, id="did_not_agree"),
])
def test_agreement_kind(text, kind):
    assert classify_agreement(text).kind == kind


# ---------- format ----------

@pytest.mark.parametrize(("content", "fmt"), [
    pytest.param("Школа проведена очно. В 2026 году планируется продолжить её в онлайн-формате.", "in_person",
                 id="plan_to_go_online"),
    pytest.param("Встреча прошла в формате видеоконференции", "online", id="held_online"),
    pytest.param("Курс будет продолжен дистанционно", "in_person", id="will_continue_remotely"),
])
def test_format_follows_the_event_not_plans(content, fmt):
    assert classify_format("Летняя школа", "г. Смоленск", content, "") == fmt


# ---------- countries ----------

@pytest.mark.parametrize(("text", "codes"), [
    pytest.param("Представители стран ЕАЭС, СНГ, БРИКС, ШОС и ОДКБ", [], id="blocs_are_not_countries"),
    pytest.param("делегации КНР, СРВ, ОАЭ, ЮАР и КНДР", ["CN", "VN", "AE", "ZA", "KP"], id="abbreviations"),
    pytest.param("представители ФРГ", ["DE"], id="frg"),
    pytest.param("гости из Шымкента", ["KZ"], id="city_without_country"),
    pytest.param("компании из Харбина и Гуанчжоу", ["CN"], id="chinese_cities"),
    pytest.param("Полёт над Днепром", [], id="river_is_not_a_city"),
    pytest.param("гости из Еревана и Баку", ["AM", "AZ"], id="listed_cities"),
    pytest.param("делегация Автономного района Внутренняя Монголия", ["CN"], id="inner_mongolia_is_china"),
    pytest.param("Экспозиция об освобождении города от немецко-фашистских захватчиков в 1943 году", [],
                 id="history_not_partner"),
    pytest.param("Выставка о партизанах, освобождавших Белоруссию", [], id="history_liberation"),
    pytest.param("Обучение по примеру Японии", [], id="example_not_partner"),
    pytest.param("Ветераны из Беларуси вспомнили годы войны", ["BY"], id="participants_from_history_clause"),
    # sixth sweep: a nation of the United Kingdom and names in use before a country's renaming
    pytest.param("Визит делегации из Англии", ["GB"], id="england_is_the_uk"),
    pytest.param("Встреча с представителями Шотландии и Уэльса", ["GB"], id="scotland_and_wales"),
    pytest.param("Делегация Северной Ирландии", ["GB"], id="northern_ireland_not_ireland"),
    pytest.param("Курсы английского языка", [], id="the_language_names_no_partner"),
    pytest.param("Партнёры из Республики Македония", ["MK"], id="macedonia_before_renaming"),
    pytest.param("Студенты из Свазиленда", ["SZ"], id="swaziland_before_renaming"),
])
def test_partner_countries(text, codes):
    assert partner_countries([text]) == codes


@pytest.mark.parametrize(("venue", "country", "city"), [
    pytest.param("Ханой, СРВ", "VN", "Ханой", id="city_and_abbreviation"),
    pytest.param("Шымкент, Казахстан", "KZ", "Шымкент", id="city_without_g"),
    pytest.param("г. Самарканд, г. Бухара", "UZ", "Самарканд", id="two_cities"),
    pytest.param("г. Брест (Беларусь)", "BY", "Брест", id="country_in_brackets"),
    pytest.param("г. Псков – г. Костанай (ВКС)", "RU", "Псков", id="video_link_first_place"),
    pytest.param("Москва, ВДНХ", "RU", "Москва", id="home_country"),  # the city since parser 1.4.2
])
def test_venue_country(venue, country, city):
    parsed = parse_venue(venue)
    assert (parsed.country, parsed.city) == (country, city)


# ---------- title ----------

@pytest.mark.parametrize(("title", "meta"), [
    pytest.param("Отчет Псковской области за II квартал 2025 г.", ("Псковская область", 2025, 2), id="za_kvartal"),
    pytest.param("Информация Республики Татарстан в 1 квартале 2025 года", ("Республика Татарстан", 2025, 1),
                 id="arabic_republic"),
    pytest.param("Отчёт Краснодарского края в первом квартале 2025 года", ("Краснодарский край", 2025, 1),
                 id="ordinal_word"),
    pytest.param("Отчёт Тверской области за четвёртый квартал 2025 года", ("Тверская область", 2025, 4),
                 id="ordinal_yo"),
    pytest.param("Отчет Тверской области за III кв. 2025 г.", ("Тверская область", 2025, 3), id="kv_abbrev"),
    pytest.param("Отчет Ханты-Мансийского автономного округа – Югры за 4-й квартал 2024 г.",
                 ("Ханты-Мансийский автономный округ — Югра", 2024, 4), id="hyphenated_region"),
    pytest.param("Отчет Удмуртской Республики за I квартал 2025 г.", ("Удмуртская Республика", 2025, 1),
                 id="adjective_republic"),
    pytest.param("Отчет Республики Саха (Якутия) за I квартал 2025 г.", ("Республика Саха (Якутия)", 2025, 1),
                 id="reference_name_with_brackets"),
    pytest.param("Отчет Чувашской Республики – Чувашии за I квартал 2025 г.", ("Чувашская Республика", 2025, 1),
                 id="republic_with_second_name"),
    pytest.param("Отчет г. Москвы за IV квартал 2025 года", ("Москва", 2025, 4), id="federal_city"),
])
def test_title(title, meta):
    parsed = parse_title(title)
    assert (parsed.region, parsed.year, parsed.quarter) == meta


@pytest.mark.parametrize("title", [
    pytest.param("Отчет Калужской области в первом полугодии 2025 года", id="half_year"),
    pytest.param("Отчет Калужской области за 9 месяцев 2025 года", id="nine_months"),
])
def test_periods_other_than_a_quarter_are_refused_clearly(title):
    with pytest.raises(ReportError, match="не за квартал"):
        parse_title(title)


# ---------- encodings ----------

TEXT = _report(_event(1) + _event(2))


@pytest.mark.parametrize(("encoding", "bom"), [
    pytest.param("koi8_r", b"", id="koi8_r"),
    pytest.param("utf_16_le", b"", id="utf16le_no_bom"),
    pytest.param("utf_16_be", b"", id="utf16be_no_bom"),
    pytest.param("utf_16_le", codecs.BOM_UTF16_LE, id="utf16_bom"),
    pytest.param("cp1251", b"", id="cp1251"),
    pytest.param("cp866", b"", id="cp866"),
    pytest.param("utf_8", codecs.BOM_UTF8, id="utf8_bom"),
])
def test_encodings_are_detected(encoding, bom):
    encoded = TEXT.encode(encoding, errors="replace")  # KOI8-R and cp866 have no «№»
    assert decode_text(bom + encoded, "r.txt") == encoded.decode(encoding)


@pytest.mark.parametrize(("data", "message"), [
    pytest.param(bytes(range(0x80, 0x100)) * 3, "кодировка не распознана", id="no_candidate_fits"),
    pytest.param("Ελληνικό κείμενο αναφοράς".encode("iso8859_7") * 5, "кодировка не распознана", id="greek"),
    pytest.param(b"\x00\x01\x02\x03binary" * 40, "не текстовый", id="binary"),
])
def test_unrecognised_encoding_says_so(data, message):
    with pytest.raises(ReportError, match=message):
        decode_text(data, "r.txt")


def test_sector_heading_is_classified_without_its_number():
    layout = split_layout(grid_from_text(_report(_event(1)).replace(
        "Сотрудничество в сфере культуры", "Раздел IV. Сотрудничество в сфере спорта")))
    assert layout.sectors == ("Сотрудничество в сфере спорта",)
    assert classify_sector(layout.sectors[0]).key == "sport"


@pytest.mark.parametrize(("header", "role"), [
    pytest.param("Количество участников, чел.", "attendance", id="count_column"),
    pytest.param("Кол-во участников", "attendance", id="count_abbreviated"),
    pytest.param("Участники мероприятия (общее количество, другие дополнительные сведения)", "participants",
                 id="participants_mentioning_count"),
    pytest.param("Формат проведения", "format", id="format"),
    pytest.param("Страна-партнёр", "countries", id="partner_country"),
    pytest.param("Дата (период) проведения", "dates", id="dates"),
    pytest.param("Итоги (подписанные документы, договорённости)", "content", id="results"),
    pytest.param("Hаименование мероприятия", "title", id="latin_H_in_header"),
    pytest.param("Источник финансирования", "funding", id="funding"),
    pytest.param("Код по плану", None, id="unknown"),
])
def test_column_roles(header, role):
    from etl.layout import column_role

    assert column_role(header) == role


def test_format_and_partner_country_columns_are_read():
    header = HEADER + "\tФормат проведения\n\tСтрана-партнёр\n"
    body = _event(1, title="Рабочая встреча", participants="Делегация – 8 человек\n\tВКС\n\tМонголия")
    report = build_report(read_bytes(_report(body, header).encode(), "r.txt"))
    event = report.events[0]
    assert (event.format, event.partner_countries) == ("online", ["MN"])
    assert [i for i in report.issues if i.field == "column"] == []


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_numbering_restarting_in_each_sector_is_renumbered(form):
    text = _report(_event(1) + _event(2) + "\n\tII. Сотрудничество в сфере спорта\n" + _event(1) + _event(2))
    data, name = (text.encode(), "r.txt") if form == "txt" else (grid_to_docx(grid_from_text(text)), "r.docx")
    report = build_report(read_bytes(data, name))
    assert [(e.n, e.raw["number"], e.sector_key) for e in report.events] == [
        (1, "1.", "culture_tourism"), (2, "2.", "culture_tourism"), (3, "1.", "sport"), (4, "2.", "sport")]
    assert ("n", "info") in {(i.field, i.severity) for i in report.issues}


def test_a_repeated_number_within_a_sector_is_still_refused():
    with pytest.raises(ReportError, match="повторяется"):
        build_report(read_bytes(_report(_event(1) + _event(2) + _event(2)).encode(), "r.txt"))


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_total_and_foreign_count_columns(form):
    header = HEADER + "\tВсего участников\n\tв т.ч. иностранных\n"
    body = _event(1, participants="Делегация Республики Беларусь и студенты СмолГУ\n\t45\n\t12")
    text = _report(body, header)
    data, name = (text.encode(), "r.txt") if form == "txt" else (grid_to_docx(grid_from_text(text)), "r.docx")
    event = build_report(read_bytes(data, name)).events[0]
    assert (event.attendance_total, event.attendance_foreign) == (45, 12)


def test_two_row_header_under_a_merged_cell():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("SYNTHETIC. Отчет Тверской области за I квартал 2025 г.")
    table = document.add_table(rows=3, cols=6)
    top = ["№ п/п", "Наименование мероприятия", "Сроки проведения", "Участники", "", "Результаты"]
    sub = ["", "", "", "всего", "в т.ч. иностранных", ""]
    event = ["1.", "Встреча с делегацией Республики Беларусь", "12.02.2025", "30", "8", "Обсуждены вопросы"]
    for row, texts in zip(table.rows, (top, sub, event)):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    table.rows[0].cells[3].merge(table.rows[0].cells[4])
    for i in (0, 1, 2, 5):
        table.rows[0].cells[i].merge(table.rows[1].cells[i])
    buffer = io.BytesIO()
    document.save(buffer)
    report = build_report(read_bytes(buffer.getvalue(), "r.docx"))
    assert [(e.n, e.attendance_total, e.attendance_foreign, e.start_date.isoformat()) for e in report.events] == [
        (1, 30, 8, "2025-02-12")]


@pytest.mark.parametrize("footer", ["\tИтого\n\t2\n", "\tВсего мероприятий:\n\t78\n"])
def test_a_total_row_after_the_events_is_not_an_event(footer):
    report = build_report(read_bytes((_report(_event(1) + _event(2)) + "\n" + footer).encode(), "r.txt"))
    assert [e.n for e in report.events] == [1, 2]
    assert [i for i in report.issues if i.severity == "warning"] == []


@pytest.mark.parametrize(("text", "regions", "countries"), [
    pytest.param("Визит делегации Ферганского государственного университета", ["Ферганская область"], ["UZ"],
                 id="university_of_a_regions_centre"),
    pytest.param("Гастроли Могилевского областного драматического театра", ["Могилевская область"], ["BY"],
                 id="regional_theatre"),
    pytest.param("Студенты Гомельского государственного медицинского университета", ["Гомельская область"], ["BY"],
                 id="several_adjectives_between"),
    pytest.param("Экскурсия на Гомельский химический завод", ["Гомельская область"], ["BY"], id="factory"),
    pytest.param("Экскурсия на Минский тракторный завод", [], [], id="minsk_is_outside_its_region"),
    pytest.param("Концерт в Самаркандской филармонии", ["Самаркандская область"], ["UZ"], id="philharmonic"),
    pytest.param("Прибытие на Витебский вокзал Санкт-Петербурга", [], [], id="a_station_is_no_institution"),
    pytest.param("Брестская крепость", [], [], id="a_fortress_is_no_institution"),
    pytest.param("Студенты Смоленского государственного университета", [], [], id="home_adjective"),
])
def test_an_institution_named_after_a_foreign_regions_centre(text, regions, countries):
    """Sixth sweep (drift8 found it): a region's adjective before an institution of its centre places
    the text there. Before, «Ферганского государственного университета» named no country."""
    found = foreign_regions([text])
    assert (found, region_countries(found)) == (regions, countries)
