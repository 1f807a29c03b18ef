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
    "search_placeholder": {"ru": "Беларусь, выставка…", "en": "Беларусь, выставка… (Russian words)"},
    "english": {"ru": "English", "en": "English"},
    "filters": {"ru": "Фильтры", "en": "Filters"},
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
    "f_search": {"ru": "Поиск по тексту", "en": "Text search"},
    "f_search_help": {"ru": "Понимает формы слов: «Белоруссии», «белорусских» найдут Беларусь; "
                              "несколько слов — все должны встретиться.",
                      "en": "Understands Russian word forms; several words must all occur."},
    "all": {"ru": "все", "en": "all"},
    "reset_filters": {"ru": "Сбросить все фильтры", "en": "Reset all filters"},
    "reset_selection": {"ru": "Сбросить", "en": "Reset"},
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
    "metric_events": {"ru": "Мероприятия в отчётах", "en": "Events in the reports"},
    "preview_events": {"ru": "Мероприятия в отчёте", "en": "Events in the report"},
    "metric_events_held": {"ru": "из них {n} проведены в отчётном квартале", "en": "{n} held in their report's quarter"},
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
    "metric_verbal": {"ru": "+ {n} устных", "en": "+ {n} verbal"},
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
    "map_note": {"ru": "Чем темнее страна, тем больше с ней мероприятий (шкала логарифмическая: видны и 1, и 62); "
                       "кружки — зарубежные регионы (размер — число мероприятий).",
                 "en": "The darker a country, the more events with it (logarithmic scale: 1 and 62 both show); "
                       "circles: foreign regions (size: number of events)."},
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
    "download_csv": {"ru": "CSV (UTF-8, запятая)", "en": "CSV (UTF-8, comma)"},
    "download_csv_help": {"ru": "Для программ и скриптов: разделитель — запятая, десятичная точка.",
                          "en": "For tools and scripts: comma-separated, decimal point."},
    "download_csv_excel": {"ru": "Для Excel (;)", "en": "For Excel (;)"},
    "download_csv_excel_help": {"ru": "Открывается двойным щелчком в русском Excel: разделитель «;», десятичная запятая.",
                                "en": "Opens with a double-click in Russian Excel: «;» separator, decimal comma."},
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
    "upload_label": {"ru": "Отчёты .docx или .txt (можно несколько, до {mb} МБ каждый)",
                     "en": "Reports, .docx or .txt (several allowed, up to {mb} MB each)"},
    "upload_help": {"ru": "Сначала покажем, что прочитано; в базу ничего не попадёт, пока вы не нажмёте «Записать».",
                    "en": "You see what was read first; nothing is written until you press “Write”."},
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
    "duplicates_help": {"ru": "Пары с пересекающимися датами и похожими названиями. «Объединить» — графики посчитают "
                              "мероприятие один раз; «Разные» — пара больше не предлагается.",
                        "en": "Pairs with overlapping dates and similar titles. Merge: charts count the event once."},
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
    "q_stale": {"ru": "Требуют проверки: {n}. Исходный текст мероприятия изменился после исправления (stale) "
                      "или мероприятие исчезло (orphan) — такие исправления не применяются.",
                "en": "To review: {n}. The raw text changed after the correction (stale) or the event is gone "
                      "(orphan): such corrections are not applied."},
    "q_status_note": {"ru": "applied — применено; stale — текст строки изменился, не применено; orphan — мероприятия больше нет.",
                      "en": "applied; stale: the row text changed, not applied; orphan: the event is gone."},
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
