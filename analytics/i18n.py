"""Every UI label in Russian and English, plus the names of sectors, formats, directions and types.

Pages never hold literal strings: they call `t("metric_events", lang)`. Option registries are dicts
so the sidebar, the charts and the caption sentence name a thing the same way.
"""
from __future__ import annotations

import csv
from functools import lru_cache

from etl.classify import EVENT_TYPE_LABELS
from etl.config import REFERENCE_DIR

LANGS = ("ru", "en")

LABELS: dict[str, dict[str, str]] = {
    "app_title": {"ru": "Международное сотрудничество региона", "en": "Regional international engagement"},
    "page_overview": {"ru": "Обзор", "en": "Overview"},
    "page_sectors": {"ru": "Сферы", "en": "Sectors"},
    "page_countries": {"ru": "Страны", "en": "Countries"},
    "page_dynamics": {"ru": "Динамика", "en": "Dynamics"},
    "page_participants": {"ru": "Участники", "en": "Participants"},
    "page_registry": {"ru": "Реестр", "en": "Registry"},
    "page_review": {"ru": "Квартальный обзор", "en": "Quarterly review"},
    "english": {"ru": "English", "en": "English"},
    "filters": {"ru": "Фильтры", "en": "Filters"},
    "f_reports": {"ru": "Отчёт / период", "en": "Report / period"},
    "f_sectors": {"ru": "Сфера", "en": "Sector"},
    "f_countries": {"ru": "Страна-партнёр", "en": "Partner country"},
    "f_formats": {"ru": "Формат", "en": "Format"},
    "f_directions": {"ru": "Направление", "en": "Direction"},
    "f_event_types": {"ru": "Тип мероприятия", "en": "Event type"},
    "f_months": {"ru": "Месяц", "en": "Month"},
    "f_search": {"ru": "Поиск по тексту", "en": "Text search"},
    "f_search_help": {"ru": "Понимает формы слов: «Белоруссии», «белорусских» найдут Беларусь; "
                              "несколько слов — все должны встретиться.",
                      "en": "Understands Russian word forms; several words must all occur."},
    "all": {"ru": "все", "en": "all"},
    "reset_filters": {"ru": "Сбросить все фильтры", "en": "Reset all filters"},
    "reset_selection": {"ru": "Сбросить выбор", "en": "Clear selection"},
    "selection_active": {"ru": "Выбор на графике: {what}", "en": "Chart selection: {what}"},
    "click_hint": {"ru": "Щёлкните по столбцу или точке, чтобы отфильтровать.",
                   "en": "Click a bar or point to filter."},
    "shown": {"ru": "Показаны", "en": "Showing"},
    "all_periods": {"ru": "все периоды", "en": "all periods"},
    "search_for": {"ru": "поиск «{q}»", "en": "search “{q}”"},
    "no_db": {"ru": "База данных не найдена: {path}. Соберите её из отчётов командой `make run` "
                    "или `python -m etl load data/raw` и обновите страницу.",
              "en": "Database not found: {path}. Build it from the reports with `make run` or "
                    "`python -m etl load data/raw`, then reload the page."},
    "no_reports": {"ru": "В базе пока нет ни одного отчёта. Загрузите отчёты: `python -m etl load data/raw`.",
                   "en": "The database holds no reports yet. Load them: `python -m etl load data/raw`."},
    "empty": {"ru": "Под выбранные фильтры не подходит ни одно мероприятие. Ослабьте фильтры в боковой "
                    "панели или нажмите «Сбросить все фильтры».",
              "en": "No events match the filters. Loosen them in the sidebar or press “Reset all filters”."},
    "empty_section": {"ru": "Для выбранных фильтров здесь нечего показать.",
                      "en": "Nothing to show here for these filters."},
    # metrics
    "metric_events": {"ru": "Мероприятия", "en": "Events"},
    "metric_events_help": {"ru": "Строки отчёта: каждое мероприятие считается один раз, даже если длилось несколько дней.",
                           "en": "Report rows: each event counts once even if it lasted several days."},
    "metric_countries": {"ru": "Страны-партнёры", "en": "Partner countries"},
    "metric_countries_help": {"ru": "Разные иностранные государства, названные участниками мероприятий (Россия не считается).",
                              "en": "Distinct foreign states named as participants (Russia excluded)."},
    "metric_regions": {"ru": "Зарубежные регионы", "en": "Foreign regions"},
    "metric_regions_help": {"ru": "Разные области и регионы иностранных государств (например, Витебская область), упомянутые в мероприятиях.",
                            "en": "Distinct sub-national regions abroad (e.g. Vitebsk oblast) named in events."},
    "metric_attendance": {"ru": "Участники, всего", "en": "Participants, total"},
    "metric_attendance_help": {"ru": "Сумма численности участников там, где отчёт её указывает. «≥» — часть чисел дана как нижняя граница («более 400 человек»), поэтому итог — минимум.",
                               "en": "Sum of stated participant counts. “≥”: some counts are lower bounds (“over 400”), so the total is a minimum."},
    "metric_attendance_delta": {"ru": "указано в {n} из {total}", "en": "stated for {n} of {total}"},
    "metric_agreements": {"ru": "Подписанные соглашения", "en": "Signed agreements"},
    "metric_agreements_help": {"ru": "Мероприятия, по итогам которых подписано или заключено соглашение, меморандум, договор или протокол. Устные договорённости считаются отдельно.",
                               "en": "Events at which an agreement, memorandum, contract or protocol was signed. Verbal understandings are counted separately."},
    "metric_verbal": {"ru": "устных договорённостей: {n}", "en": "verbal understandings: {n}"},
    "metric_online": {"ru": "Доля онлайн", "en": "Online share"},
    "metric_online_help": {"ru": "Доля мероприятий в дистанционном или гибридном формате среди показанных.",
                           "en": "Share of shown events held online or in a hybrid format."},
    # sections
    "by_sector": {"ru": "Мероприятия по сферам", "en": "Events by sector"},
    "by_country": {"ru": "Мероприятия по странам-партнёрам", "en": "Events by partner country"},
    "by_month": {"ru": "Мероприятия по месяцам", "en": "Events by month"},
    "by_month_note": {"ru": "Многодневное мероприятие учитывается в каждом месяце, который оно затронуло.",
                      "en": "A multi-day event counts in every month it touched."},
    "signed_list": {"ru": "Подписанные соглашения", "en": "Signed agreements"},
    "agreements_all": {"ru": "Соглашения и договорённости", "en": "Agreements and understandings"},
    "no_signed": {"ru": "Среди показанных мероприятий нет подписанных соглашений.",
                  "en": "No signed agreements among the shown events."},
    "attendance_by_sector": {"ru": "Участники по сферам", "en": "Participants by sector"},
    "sector_month": {"ru": "Сферы по месяцам", "en": "Sectors by month"},
    "sector_country": {"ru": "Сферы и страны-партнёры", "en": "Sectors and partner countries"},
    "map_title": {"ru": "Карта партнёров", "en": "Partner map"},
    "map_note": {"ru": "Цвет — страна-партнёр, кружки — зарубежные регионы (размер — число мероприятий).",
                 "en": "Colour: partner country; circles: foreign regions (size: number of events)."},
    "countries_ranked": {"ru": "Страны по числу мероприятий", "en": "Countries by number of events"},
    "dossier": {"ru": "Досье страны", "en": "Country dossier"},
    "pick_country": {"ru": "Страна для досье", "en": "Country for the dossier"},
    "dossier_events_time": {"ru": "Мероприятия во времени", "en": "Events over time"},
    "dossier_sectors": {"ru": "Сферы", "en": "Sectors"},
    "dossier_regions": {"ru": "Зарубежные регионы", "en": "Foreign regions"},
    "regions_map_title": {"ru": "Зарубежные регионы крупным планом", "en": "Foreign regions close up"},
    "regions_ranked": {"ru": "Регионы по числу мероприятий", "en": "Regions by number of events"},
    "regions_note": {"ru": "Регион указан в отчёте прямо («Витебской области», «Витебщины») или через город "
                           "(«г. Полоцк»).", "en": "The region is named in the report or implied by a city."},
    "dossier_officials": {"ru": "Должностные лица на встречах", "en": "Officials met"},
    "dossier_events": {"ru": "Мероприятия", "en": "Events"},
    "no_regions": {"ru": "Регионы этой страны в отчётах не названы.", "en": "No regions of this country are named."},
    "no_officials": {"ru": "Должностные лица в этих мероприятиях не названы.", "en": "No officials are named for these events."},
    "events_per_month": {"ru": "Мероприятия по месяцам", "en": "Events per month"},
    "timeline": {"ru": "Хронология мероприятий", "en": "Timeline of events"},
    "timeline_note": {"ru": "Полоса — реальные даты начала и окончания; однодневные мероприятия показаны на один день.",
                      "en": "Bars span real start and end dates; one-day events show as one day."},
    "quarters": {"ru": "Квартал к кварталу", "en": "Quarter over quarter"},
    "quarters_single": {"ru": "Загружен один отчёт ({period}). Сравнение кварталов появится, когда в базе будет несколько отчётов.",
                        "en": "One report is loaded ({period}). The quarter comparison appears once several reports are loaded."},
    "attendance_by_country": {"ru": "Участники по странам-партнёрам", "en": "Participants by partner country"},
    "attendance_by_format": {"ru": "Участники по формату", "en": "Participants by format"},
    "biggest": {"ru": "Самые массовые мероприятия", "en": "Biggest events"},
    "foreign_participants": {"ru": "Иностранные участники (где указано)", "en": "Foreign participants (where stated)"},
    "lower_bound_note": {"ru": "«≥» — в отчёте указано «более» / «свыше»: число — нижняя граница.",
                         "en": "“≥”: the report says “over”, so the number is a lower bound."},
    "attendance_coverage": {"ru": "Численность указана для {n} из {total}.",
                            "en": "Attendance is stated for {n} of {total}."},
    "registry_table": {"ru": "Таблица мероприятий", "en": "Events table"},
    "detail": {"ru": "Карточка мероприятия", "en": "Event details"},
    "pick_event": {"ru": "Мероприятие", "en": "Event"},
    "raw_texts": {"ru": "Исходный текст строки отчёта", "en": "Original text of the report row"},
    "source": {"ru": "Источник", "en": "Source"},
    "downloads": {"ru": "Скачать показанные строки", "en": "Download the shown rows"},
    "download_csv": {"ru": "CSV (Excel, UTF-8)", "en": "CSV (Excel, UTF-8)"},
    "download_xlsx": {"ru": "XLSX", "en": "XLSX"},
    "download_parquet": {"ru": "Parquet", "en": "Parquet"},
    "download_table": {"ru": "Скачать таблицу (CSV)", "en": "Download table (CSV)"},
    # axes
    "axis_events": {"ru": "Мероприятия, шт.", "en": "Events, count"},
    "axis_people": {"ru": "Участники, чел.", "en": "Participants, people"},
    "axis_sector": {"ru": "Сфера", "en": "Sector"},
    "axis_country": {"ru": "Страна-партнёр", "en": "Partner country"},
    "axis_month": {"ru": "Месяц", "en": "Month"},
    "axis_date": {"ru": "Дата", "en": "Date"},
    "axis_format": {"ru": "Формат", "en": "Format"},
    "axis_period": {"ru": "Период (отчёт)", "en": "Period (report)"},
    "axis_event": {"ru": "Мероприятие", "en": "Event"},
    "hover_events": {"ru": "мероприятий", "en": "events"},
    "hover_people": {"ru": "чел.", "en": "people"},
    "lower_bound_suffix": {"ru": " (нижняя граница)", "en": " (lower bound)"},
    # table columns
    "col_n": {"ru": "№", "en": "No."},
    "col_title": {"ru": "Мероприятие", "en": "Event"},
    "col_sector": {"ru": "Сфера", "en": "Sector"},
    "col_dates": {"ru": "Даты", "en": "Dates"},
    "col_start": {"ru": "Начало", "en": "Start"},
    "col_end": {"ru": "Окончание", "en": "End"},
    "col_format": {"ru": "Формат", "en": "Format"},
    "col_direction": {"ru": "Направление", "en": "Direction"},
    "col_type": {"ru": "Тип", "en": "Type"},
    "col_city": {"ru": "Город", "en": "City"},
    "col_venue_country": {"ru": "Страна проведения", "en": "Venue country"},
    "col_countries": {"ru": "Страны-партнёры", "en": "Partner countries"},
    "col_regions": {"ru": "Зарубежные регионы", "en": "Foreign regions"},
    "col_attendance": {"ru": "Участники", "en": "Participants"},
    "col_lower_bound": {"ru": "Нижняя граница", "en": "Lower bound"},
    "col_foreign": {"ru": "Иностранные участники", "en": "Foreign participants"},
    "col_online": {"ru": "Онлайн-участники", "en": "Online participants"},
    "col_agreement": {"ru": "Соглашение", "en": "Agreement"},
    "col_agreement_text": {"ru": "Текст о соглашении", "en": "Agreement text"},
    "col_officials": {"ru": "Должностные лица", "en": "Officials"},
    "col_period": {"ru": "Период", "en": "Period"},
    "col_file": {"ru": "Файл отчёта", "en": "Report file"},
    "col_sha256": {"ru": "SHA-256 файла", "en": "File SHA-256"},
    "col_table_row": {"ru": "Строка таблицы", "en": "Table row"},
    "col_source_line": {"ru": "Строка файла", "en": "File line"},
    "col_name": {"ru": "Имя", "en": "Name"},
    "col_role": {"ru": "Должность", "en": "Role"},
    "col_events": {"ru": "Мероприятий", "en": "Events"},
    "col_region": {"ru": "Регион", "en": "Region"},
    "col_quarter_position": {"ru": "Положение в квартале", "en": "Position in quarter"},
    "col_unnamed_foreign": {"ru": "Иностранцы без указания страны", "en": "Unnamed foreigners"},
    "raw_number": {"ru": "№ в отчёте", "en": "No. in report"},
    "raw_title": {"ru": "Наименование (исходный текст)", "en": "Title (original)"},
    "raw_venue": {"ru": "Место проведения (исходный текст)", "en": "Venue (original)"},
    "raw_dates": {"ru": "Сроки (исходный текст)", "en": "Dates (original)"},
    "raw_content": {"ru": "Содержание (исходный текст)", "en": "Content (original)"},
    "raw_participants": {"ru": "Участники (исходный текст)", "en": "Participants (original)"},
    # export sheet
    "sheet_events": {"ru": "Мероприятия", "en": "Events"},
    "sheet_about": {"ru": "Фильтры и источники", "en": "Filters and sources"},
    "about_filters": {"ru": "Фильтры", "en": "Filters"},
    "about_exported": {"ru": "Время выгрузки", "en": "Exported at"},
    "about_rows": {"ru": "Строк", "en": "Rows"},
    "about_sources": {"ru": "Исходные отчёты", "en": "Source reports"},
    "yes": {"ru": "да", "en": "yes"},
    "no": {"ru": "нет", "en": "no"},
}

FORMAT_LABELS = {"in_person": {"ru": "очно", "en": "in person"},
                 "online": {"ru": "онлайн", "en": "online"},
                 "hybrid": {"ru": "гибридно", "en": "hybrid"}}
DIRECTION_LABELS = {"inbound": {"ru": "у нас (приём гостей)", "en": "inbound (hosted)"},
                    "outbound": {"ru": "за рубежом (выезд)", "en": "outbound (abroad)"},
                    "remote": {"ru": "дистанционно", "en": "remote"},
                    "elsewhere_in_russia": {"ru": "в другом регионе России", "en": "elsewhere in Russia"}}
EVENT_TYPES_EN = {"forum": "forum", "exhibition": "exhibition", "conference": "conference",
                  "festival_performance": "festival / performance", "visit": "visit / trip",
                  "meeting": "meeting / session", "competition": "competition",
                  "workshop": "workshop / seminar", "other": "other"}
EVENT_TYPE_LABELS_I18N = {key: {"ru": ru, "en": EVENT_TYPES_EN.get(key, key)}
                          for key, ru in EVENT_TYPE_LABELS.items()}
AGREEMENT_LABELS = {"signed": {"ru": "подписано", "en": "signed"},
                    "verbal": {"ru": "устная договорённость", "en": "verbal understanding"}}
QUARTER_POSITION_LABELS = {"inside": {"ru": "в квартале", "en": "inside"},
                           "partial": {"ru": "частично", "en": "partly"},
                           "outside": {"ru": "вне квартала", "en": "outside"}}


def t(key: str, lang: str = "ru", **values) -> str:
    """t('selection_active', what='Беларусь') → 'Выбор на графике: Беларусь'; unknown keys show the key."""
    entry = LABELS.get(key)
    text = key if entry is None else entry.get(lang) or entry["ru"]
    return text.format(**values) if values else text


def option_label(registry: dict[str, dict[str, str]], key: str | None, lang: str = "ru") -> str:
    """option_label(FORMAT_LABELS, 'online') → 'онлайн'; unknown keys are shown as they are."""
    if key is None:
        return "—"
    entry = registry.get(key)
    return key if entry is None else entry.get(lang, entry["ru"])


@lru_cache(maxsize=1)
def _sector_reference() -> dict[str, dict[str, str]]:
    with open(REFERENCE_DIR / "sectors.csv", encoding="utf-8") as handle:
        return {row["key"]: {"ru": row["label_ru"], "en": row["label_en"]} for row in csv.DictReader(handle)}


def sector_label(key: str, lang: str = "ru", fallback: str | None = None) -> str:
    """'culture_tourism' → 'Культура и туризм'; a sector the reference does not know keeps its heading."""
    entry = _sector_reference().get(key)
    if entry:
        return entry[lang]
    return fallback or key
