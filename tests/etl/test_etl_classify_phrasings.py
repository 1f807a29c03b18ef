"""How other regions' clerks name sectors, event types, formats and agreements: a battery of headings,
titles and cells read by the real classifiers (etl/classify.py, as etl/normalize.py calls them) and
compared with what a person reads.

Expected values are written by reading the text, never copied from the parser. Sector keys are those of
etl/reference/sectors.csv; a heading passes through layout.heading_name first, as the parser does.
"""
from __future__ import annotations

import pytest

from etl.classify import classify_agreement, classify_event_type, classify_format, classify_sector, infer_sector
from etl.layout import heading_name


def _sector(heading: str) -> str:
    return classify_sector(heading_name(heading)).key


P = pytest.param

# (heading as a clerk typed it, the sector a person files its events under)
HEADINGS = [
    P("Торгово-экономическое сотрудничество", "industry_trade", id="trade_economic"),
    P("Внешнеэкономическая деятельность", "economy", id="foreign_economic_activity"),
    P("Научно-техническое и образовательное сотрудничество", "education_science", id="scientific_technical_education"),
    P("Межмуниципальное сотрудничество", "general", id="intermunicipal"),
    P("Работа с соотечественниками за рубежом", "compatriots", id="compatriots_abroad"),
    P("Информационное взаимодействие", "public_relations", id="information_interaction"),
    P("Туризм и культура", "culture_tourism", id="tourism_and_culture"),
    P("Спорт и молодёжная политика", "sport", id="sport_and_youth"),
    P("Молодёжная политика и спорт", "youth", id="youth_and_sport"),
    P("Молодежная политика", "youth", id="youth_e_for_yo"),
    P("Здравоохранение", "health", id="health"),
    P("Агропромышленный комплекс", "agriculture", id="agro_industrial"),
    P("3. Культура", "culture_tourism", id="numbered_culture"),
    P("III. Образование", "education_science", id="roman_education"),
    P("IV. Сотрудничество в сфере здравоохранения", "health", id="roman_health_sphere"),
    P("КУЛЬТУРА", "culture_tourism", id="capitals_culture"),
    P("II. СОТРУДНИЧЕСТВО В СФЕРЕ СПОРТА", "sport", id="capitals_roman_sport"),
    P("Раздел 2. Спорт", "sport", id="razdel_sport"),
    P("Раздел 4. Молодёжная политика", "youth", id="razdel_youth"),
    P("1.2. Наука и образование", "education_science", id="two_level_number"),
    P("5) Здравоохранение", "health", id="number_bracket"),
    P("Культура (по линии Министерства культуры Смоленской области)", "culture_tourism", id="culture_by_culture_ministry"),
    P("Спорт (по линии Министерства образования и науки)", "sport", id="sport_by_education_ministry"),
    P("Образование (по линии Министерства культуры и туризма)", "education_science", id="education_by_culture_ministry"),
    P("Молодёжная политика (по линии Министерства спорта)", "youth", id="youth_by_sport_ministry"),
    P("Здравоохранение (по линии Министерства социального развития)", "health", id="health_by_social_ministry"),
    P("Туризм (по линии Департамента инвестиционного развития)", "culture_tourism", id="tourism_by_investment_department"),
    P("Мероприятия по линии Министерства культуры", "culture_tourism", id="only_the_ministry_names_it"),
    P("Сотрудничество в сфере культуры (Министерство спорта — соисполнитель)", "culture_tourism", id="aside_coexecutor"),
    P("Сотрудничесвто в сфере культуры", "culture_tourism", id="typo_in_cooperation"),
    P("Здравохранение", "health", id="typo_health_missing_o"),
    P("Здравоохраниение", "health", id="typo_health_extra_i"),
    P("Обрзование", "education_science", id="typo_education"),
    P("Образование и наука", "education_science", id="education_and_science"),
    P("Сотрудничество в сфере образовния", "education_science", id="typo_education_in_sphere"),
    P("Агропромышленый комплекс", "agriculture", id="typo_agro_single_n"),
    P("Промышленость и торговля", "industry_trade", id="typo_industry"),
    P("Международное сотрудничество в сфере образования", "education_science", id="international_in_education"),
    P("Межрегиональное и международное сотрудничество", "general", id="interregional_international"),
    P("Экономика и инвестиции", "economy", id="economy_and_investment"),
    P("Инвестиционная деятельность", "investment", id="investment_activity"),
    P("Промышленность", "industry_trade", id="industry"),
    P("Сельское хозяйство и продовольствие", "agriculture", id="agriculture_food"),
    P("Транспорт и логистика", "transport", id="transport_logistics"),
    P("Цифровизация", "digital", id="digitalisation"),
    P("Информационные технологии", "digital", id="information_technology"),
    P("Экология и природопользование", "environment", id="ecology"),
    P("Безопасность и правопорядок", "security", id="security"),
    P("Межпарламентское сотрудничество", "legislature", id="interparliamentary"),
    P("Социальная политика", "social", id="social_policy"),
    P("Труд и занятость населения", "labour", id="labour"),
    P("Физическая культура и спорт", "sport", id="physical_culture_sport"),
    P("Национальная политика", "compatriots", id="nationalities_policy"),
    P("Межнациональные отношения", "compatriots", id="interethnic_relations"),
    P("Наука", "education_science", id="science"),
    P("Музейное дело", "culture_tourism", id="museums"),
    P("Архивное дело", "culture_tourism", id="archives"),
    P("Средства массовой информации", "public_relations", id="mass_media_spelled_out"),
    P("СМИ", "public_relations", id="mass_media_abbr"),
    P("Туристическая деятельность", "culture_tourism", id="tourist_activity"),
    P("Внешнеторговая деятельность", "industry_trade", id="foreign_trade"),
    P("Выставочно-ярмарочная деятельность", "industry_trade", id="exhibitions_fairs"),
    P("Образовательное сотрудничество", "education_science", id="educational_cooperation"),
    P("Сотрудничество с соотечественниками", "compatriots", id="with_compatriots"),
    P("Протокольные мероприятия", "general", id="protocol_events"),
    P("Приграничное сотрудничество", "general", id="cross_border"),
    P("Энергетика", "construction_energy", id="energy"),
    P("Лесное хозяйство", "environment", id="forestry"),
    P("Ветеринария", "agriculture", id="veterinary"),
    P("Рыбохозяйственный комплекс", "agriculture", id="fisheries"),
    P("АПК", "agriculture", id="apk"),
    P("Спорт и туризм", "sport", id="sport_and_tourism"),
    P("Туризм и спорт", "culture_tourism", id="tourism_and_sport"),
    P("Культура и искусство", "culture_tourism", id="culture_and_art"),
    P("Работа с молодёжью", "youth", id="work_with_youth"),
    P("Поддержка экспорта", "industry_trade", id="export_support"),
    P("Предпринимательство", "economy", id="entrepreneurship"),
    P("Малый и средний бизнес", "economy", id="small_and_medium_business"),
    P("Поддержка малого и среднего предпринимательства", "economy", id="sme_support"),
    P("ЗДРАВООХРАНЕНИЕ И ФАРМАЦЕВТИКА", "health", id="capitals_health_pharma"),
    P("Гуманитарное сотрудничество", "culture_tourism", id="humanitarian"),
    P("Раздел III. Туризм", "culture_tourism", id="razdel_roman_tourism"),
    P("Сотрудничество в области науки", "education_science", id="in_the_field_of_science"),
    P("Культурно-гуманитарное сотрудничество", "culture_tourism", id="cultural_humanitarian"),
    # an aside decides only when the words outside it name nothing but general cooperation
    P("Международное сотрудничество (культура, искусство)", "culture_tourism", id="aside_names_the_sphere"),
    P("Сотрудничество с Республикой Беларусь (образование)", "education_science", id="aside_after_a_partner"),
    P("Культура (Министерство культуры и туризма, Министерство образования)", "culture_tourism",
      id="aside_two_ministries"),
    P("Образование (по линии Министерства спорта и молодёжной политики)", "education_science",
      id="education_by_sport_and_youth_ministry"),
    # a mistyped word one edit from a key word; words a dictionary knows are left alone
    P("Промышленость", "industry_trade", id="typo_industry_alone"),
    P("Сельское хозяйтсво", "agriculture", id="typo_swapped_letters"),
    P("Культурра", "culture_tourism", id="typo_double_letter"),
    P("Прочие мероприятия", "general", id="other_events"),
    P("Бизнес-миссии", "economy", id="business_missions"),
    P("Поддержка МСП", "economy", id="sme_abbr"),
    P("Взаимодействие со средствами массовой информации", "public_relations", id="with_mass_media"),
]


@pytest.mark.parametrize("heading, expected", HEADINGS)
def test_sector_of_other_regions_headings(heading, expected):
    assert _sector(heading) == expected


# (title, the kind a person reads: what the event is, named first outside quoted names)
TITLES = [
    P("Круглый стол «Молодёжь и будущее Союзного государства»", "conference", id="round_table"),
    P("Мастер-класс по росписи матрёшек для гостей из Китая", "workshop", id="master_class"),
    P("Мастер класс по гончарному делу", "workshop", id="master_class_without_hyphen"),
    P("Вебинар для экспортёров «Выход на рынок Узбекистана»", "workshop", id="webinar"),
    P("Стажировка врачей в клиниках г. Минска", "visit", id="internship"),
    P("Ярмарка «Смоленский лён» в г. Гомеле", "exhibition", id="fair"),
    P("Фестиваль славянской культуры «Славянское единство»", "festival_performance", id="festival"),
    P("Гастроли Смоленского драматического театра в г. Могилёве", "festival_performance", id="tour_of_theatre"),
    P("Бизнес-миссия смоленских предприятий в Республику Узбекистан", "visit", id="business_mission"),
    P("B2B-встречи с казахстанскими компаниями", "meeting", id="b2b_meetings_latin"),
    P("В2В-переговоры с представителями бизнеса Монголии", "meeting", id="b2b_talks_cyrillic"),
    P("Официальный приём по случаю Дня России", "meeting", id="reception"),
    P("Телемост «Смоленск – Минск»", "meeting", id="telebridge"),
    P("Экскурсия для делегации по Смоленской крепостной стене", "visit", id="excursion"),
    P("Спартакиада школьников Союзного государства", "competition", id="spartakiad"),
    P("Бизнес-завтрак с Генеральным консулом Республики Беларусь", "meeting", id="business_breakfast"),
    P("Онлайн-семинар по вопросам экспорта", "workshop", id="online_seminar"),
    P("Пресс-конференция по итогам визита", "conference", id="press_conference"),
    P("Интернет-конференция «Молодёжь и наука»", "conference", id="internet_conference"),
    P("Веб-семинар для туроператоров", "workshop", id="web_seminar"),
    P("Онлайн-выставка детского рисунка", "exhibition", id="online_exhibition"),
    P("Бизнес-форум «Россия – Вьетнам»", "forum", id="business_forum"),
    P("Экспресс-совещание с партнёрами", "meeting", id="express_meeting"),
    P("Видеоконференция с представителями провинции Хэйлунцзян", "meeting", id="videoconference"),
    P("Выставка-ярмарка народных промыслов", "exhibition", id="exhibition_fair"),
    P("Фотовыставка «Смоленск – город-герой»", "exhibition", id="photo_exhibition"),
    P("Концерт ансамбля «Сударушка»", "festival_performance", id="concert"),
    P("Конкурс юных пианистов имени М.И. Глинки", "competition", id="contest"),
    P("Олимпиада по русскому языку для иностранных школьников", "competition", id="olympiad"),
    P("Переговоры с губернатором провинции Цзянсу", "meeting", id="talks"),
    P("Деловая встреча с представителями компании", "meeting", id="business_meeting"),
    P("Заседание рабочей группы по сотрудничеству", "meeting", id="working_group"),
    P("Форум регионов России и Беларуси", "forum", id="forum"),
    P("Визит Посла Республики Корея", "visit", id="ambassador_visit"),
    P("Научно-практическая конференция «Смоленщина и мир»", "conference", id="scientific_conference"),
    P("Тренинг для экспортёров", "workshop", id="training"),
    P("Турнир по самбо на призы Губернатора", "competition", id="tournament"),
    P("Чемпионат по хоккею среди юниоров", "competition", id="championship"),
    P("Летняя школа русского языка", "workshop", id="summer_school"),
    P("Лекция профессора Пекинского университета", "conference", id="lecture"),
    P("Презентация инвестиционного потенциала региона", "conference", id="presentation"),
    P("Церемония награждения победителей", "festival_performance", id="ceremony"),
    P("Дни культуры Республики Беларусь в Смоленской области", "festival_performance", id="days_of_culture"),
    P("Неделя белорусского кино", "festival_performance", id="week_of_cinema"),
    P("Участие в Петербургском международном экономическом форуме", "forum", id="taking_part_in_forum"),
    P("Участие делегации в выставке «Иннопром»", "exhibition", id="taking_part_in_exhibition"),
    P("Бизнес-тур для предпринимателей Армении", "visit", id="business_tour"),
    P("Пленэр художников России и Беларуси", "workshop", id="plein_air"),
    P("Слёт юнармейцев", "forum", id="rally"),
    P("Ассамблея народов Евразии", "forum", id="assembly"),
    P("Гала-концерт лауреатов", "festival_performance", id="gala_concert"),
    P("Фестиваль-конкурс детского творчества", "festival_performance", id="festival_contest"),
    P("Онлайн-встреча со студентами из Вьетнама", "meeting", id="online_meeting"),
    P("Рабочий визит делегации Витебской области", "visit", id="working_visit"),
    P("Ознакомительная поездка журналистов", "visit", id="study_trip"),
    P("Обучающий семинар для сотрудников туристических компаний", "workshop", id="teaching_seminar"),
    P("Спортивные соревнования по лыжным гонкам", "competition", id="competitions"),
    P("Вечер русской поэзии", "festival_performance", id="poetry_evening"),
    P("Кинопоказ фильмов о Великой Отечественной войне", "festival_performance", id="screening"),
    P("Бизнес-миссия в Китай", "visit", id="business_mission_short"),
    P("Ярмарка вакансий для иностранных студентов", "exhibition", id="job_fair"),
    P("Торжественный приём в честь делегации", "meeting", id="solemn_reception"),
    P("Фото-выставка работ смоленских фотографов", "exhibition", id="photo_exhibition_hyphen"),
    P("Телемост школьников Смоленска и Гродно", "meeting", id="telebridge_schools"),
    P("Онлайн-телемост «Память поколений»", "meeting", id="online_telebridge"),
    P("Мини-футбольный турнир", "competition", id="mini_football_tournament"),
    P("Круглый стол на тему экспорта", "conference", id="round_table_theme"),
    P("Мероприятие ко Дню народного единства", "other", id="dated_by_the_day"),
    P("Экскурсия «Смоленск – ключ-город»", "visit", id="excursion_quoted_name"),
    P("Стажировка студентов в Харбинском политехническом университете", "visit", id="student_internship"),
    # a hyphenated kind written as two words
    P("Семинар совещание руководителей музеев", "conference", id="seminar_meeting_two_words"),
    P("Бизнес миссия в Казахстан", "visit", id="business_mission_two_words"),
    P("Пресс тур для журналистов Беларуси", "visit", id="press_tour_two_words"),
    P("Видеовстреча с партнёрами из Вьетнама", "meeting", id="video_meeting"),
    P("Визит мастера по росписи", "visit", id="master_not_a_class"),
]


@pytest.mark.parametrize("title, expected", TITLES)
def test_event_type_of_titles(title, expected):
    assert classify_event_type(title) == expected


# (title, venue, content, participants, format a person reads)
FORMATS = [
    P("Совещание", "", "Совещание прошло в режиме видеоконференцсвязи", "", "online", id="vks_spelled_out"),
    P("Встреча", "", "Встреча проведена по ВКС", "", "online", id="po_vks"),
    P("Семинар", "", "Семинар прошёл в дистанционном формате", "", "online", id="distance_format"),
    P("Урок дружбы", "", "Урок проведён на платформе «Сферум»", "", "online", id="sferum"),
    P("Переговоры", "", "Переговоры прошли на платформе Zoom", "", "online", id="zoom"),
    P("Совещание", "", "на платформе TrueConf", "", "online", id="trueconf"),
    P("Конференция", "г. Смоленск", "Конференция прошла в смешанном формате", "", "hybrid", id="mixed_format"),
    P("Форум", "г. Смоленск", "Форум прошёл очно и онлайн", "", "hybrid", id="in_person_and_online"),
    P("Конференция", "г. Смоленск", "в очном и онлайн-формате", "", "hybrid", id="in_person_and_online_format"),
    P("Конкурс рисунков", "", "Конкурс проводился заочно", "", "online", id="correspondence_contest"),
    P("Олимпиада", "", "в заочной форме", "", "online", id="correspondence_form"),
    P("Встреча", "", "в формате онлайн", "", "online", id="format_online"),
    P("Совещание", "", "в онлайн-режиме", "", "online", id="online_mode"),
    P("Переговоры", "", "посредством видеосвязи", "", "online", id="video_link"),
    P("Совещание", "", "в режиме ВКС", "", "online", id="vks_mode"),
    P("Встреча", "г. Минск", "Встреча состоялась в г. Минске", "", "in_person", id="held_in_a_city"),
    P("Конференция", "г. Смоленск", "в гибридном формате", "", "hybrid", id="hybrid_word"),
    P("Семинар", "г. Смоленск", "в очно-заочном формате", "", "hybrid", id="in_person_correspondence"),
    P("Семинар", "г. Смоленск", "", "очно/онлайн", "hybrid", id="slash_in_participants"),
    P("Выставка", "г. Смоленск, МВЦ «Смоленск Экспо»", "Экспозиция на площадке центра", "", "in_person",
      id="venue_only"),
    P("Встреча", "", "по видео-конференц-связи", "", "online", id="hyphenated_vks"),
    P("Совещание", "", "посредством ВКС (платформа «Контур.Толк»)", "", "online", id="kontur_tolk"),
    P("Встреча школьников", "", "в формате телемоста", "", "online", id="telebridge_format"),
    P("Переговоры", "", "Переговоры прошли в удалённом формате", "", "online", id="remote_format_yo"),
    P("Переговоры", "", "Переговоры прошли в удаленном режиме", "", "online", id="remote_mode_e"),
    P("Консультация", "", "Консультация проведена удалённо", "", "online", id="remotely_adverb"),
    P("Совещание", "", "на платформе «Яндекс Телемост»", "", "online", id="yandex_telemost"),
    P("Вебинар", "", "на платформе МТС Линк", "", "online", id="mts_link"),
    P("Встреча", "", "в формате видеомоста", "", "online", id="video_bridge"),
    P("Переговоры", "", "переговоры по телефону", "", "online", id="by_phone"),
    P("Встреча", "", "с использованием ВКС", "", "online", id="using_vks"),
    P("Семинар", "", "в дистанционном режиме", "", "online", id="distance_mode"),
    P("Встреча", "", "в режиме онлайн", "", "online", id="mode_online"),
    P("Заседание", "", "в формате видеоконференции", "", "online", id="videoconference_format"),
    P("Концерт", "г. Смоленск, филармония", "в очном формате", "", "in_person", id="in_person_format"),
    P("Встреча", "г. Гомель", "офлайн", "", "in_person", id="offline"),
    P("Встреча", "г. Минск", "на полях форума", "", "in_person", id="on_the_sidelines"),
    P("Фестиваль", "г. Смоленск", "В 2026 году фестиваль планируется провести в онлайн-формате", "", "in_person",
      id="planned_online_next_year"),
    P("Конференция", "г. Смоленск", "", "Очно: 40 чел., онлайн: 120 чел.", "hybrid", id="counts_by_format"),
    P("Форум", "г. Смоленск", "Часть участников подключилась дистанционно", "", "hybrid",
      id="some_joined_remotely"),
    P("Совещание", "г. Смоленск", "Совещание прошло в очном формате, часть участников подключилась по ВКС", "",
      "hybrid", id="in_person_some_by_vks"),
    P("Совещание", "г. Смоленск", "Удалённость районов обсуждена", "", "in_person", id="remoteness_is_no_format"),
    P("Поездка", "Удалённый район Витебской области", "", "", "in_person", id="remote_district_is_no_format"),
    P("Конкурс", "г. Смоленск", "Победители заочного этапа приглашены в Смоленск на очный финал", "", "hybrid",
      id="correspondence_stage_and_final"),
    P("Концерт", "г. Смоленск", "Концерт прошёл в очном формате", "", "in_person", id="concert_in_person"),
    P("Выставка", "г. Гродно", "Выставка работ смоленских художников", "", "in_person", id="no_format_words"),
    P("Консультации", "", "Консультации в режиме видео-конференции", "", "online", id="video_hyphen_conference"),
    P("Видеовстреча с партнёрами", "", "", "", "online", id="video_meeting_title"),
    P("Онлайн-марафон", "", "", "", "online", id="online_marathon"),
    P("Форум", "г. Смоленск", "Некоторые эксперты выступили онлайн", "", "hybrid", id="some_experts_online"),
    P("Совещание", "г. Минск", "Часть делегации участвовала по видеосвязи", "", "hybrid", id="part_of_delegation_video"),
    P("Встреча", "", "Встреча в режиме ВКС; большая часть встречи посвящена экспорту", "", "online",
      id="part_of_the_meeting_is_no_people"),
    P("Семинар", "г. Смоленск", "", "15 человек, 5 из них подключились удалённо", "hybrid", id="five_of_them_remote"),
    P("Семинар", "", "", "15 человек, из них 5 участвовали по ВКС", "hybrid", id="of_them_by_vks"),
]


@pytest.mark.parametrize("title, venue, content, participants, expected", FORMATS)
def test_format_of_cells(title, venue, content, participants, expected):
    assert classify_format(title, venue, content, participants) == expected


# An event held in a place and streamed online reaches an online audience too: hybrid, as README «Parsing
# rules» (sixth sweep, tests/etl/test_etl_classify.py::streamed_venue) decided; the lead kept that reading.
STREAMED = [
    P("Концерт", "г. Смоленск", "Концерт прошёл с онлайн-трансляцией", "", "hybrid", id="with_online_stream"),
    P("Открытие выставки", "г. Смоленск", "в очном формате с онлайн-трансляцией в социальных сетях", "", "hybrid",
      id="in_person_with_stream"),
]


@pytest.mark.parametrize("title, venue, content, participants, expected", STREAMED)
def test_streamed_event_is_hybrid(title, venue, content, participants, expected):
    assert classify_format(title, venue, content, participants) == expected


# (the content cell, what was agreed: "signed" | "verbal" | None)
AGREEMENTS = [
    P("По итогам встречи подписано соглашение о сотрудничестве", "signed", id="agreement_signed"),
    P("Заключён договор о поставках продукции", "signed", id="contract_concluded_yo"),
    P("Заключен договор о поставках продукции", "signed", id="contract_concluded_e"),
    P("Подписан меморандум о взаимопонимании", "signed", id="memorandum_signed"),
    P("Достигнуты договорённости о проведении Дней культуры", "verbal", id="arrangements_reached"),
    P("Согласован план мероприятий на 2025 год", "verbal", id="plan_agreed"),
    P("Парафирован текст соглашения о сотрудничестве", "verbal", id="initialled"),
    P("Подписана «дорожная карта» сотрудничества", "signed", id="road_map_signed"),
    P("Стороны обменялись письмами о намерениях", "signed", id="letters_of_intent_exchanged"),
    P("Стороны обменялись приветственными письмами", None, id="greeting_letters"),
    P("Стороны обменялись мнениями о перспективах сотрудничества", None, id="exchanged_views"),
    P("Подписание соглашения перенесено на 2025 год", None, id="signing_postponed"),
    P("Подписание соглашения не состоялось", None, id="signing_did_not_happen"),
    P("Подписание соглашения планируется в декабре", None, id="signing_planned"),
    P("Подписание соглашения запланировано на 2025 год", None, id="signing_scheduled"),
    P("Подписание соглашения отложено", None, id="signing_put_off"),
    P("Соглашение будет подписано в ходе форума", None, id="will_be_signed"),
    P("В рамках соглашения, подписанного в 2019 г., проведены гастроли", None, id="old_agreement"),
    P("В рамках реализации соглашения от 12.03.2019 проведена выставка", None, id="old_agreement_dated"),
    P("В соответствии с заключённым ранее договором проведён обмен", None, id="concluded_earlier"),
    P("Продлено соглашение о сотрудничестве до 2030 года", "signed", id="agreement_extended"),
    P("Соглашение о сотрудничестве продлено на пять лет", "signed", id="agreement_extended_after"),
    P("Продлён договор о побратимских связях", "signed", id="treaty_extended_yo"),
    P("Соглашение пролонгировано на 5 лет", "signed", id="prolonged"),
    P("Продлён срок действия соглашения", "signed", id="term_extended"),
    P("Договорились о взаимных визитах делегаций", "verbal", id="agreed_on_visits"),
    P("Стороны договорились провести совместную выставку", "verbal", id="agreed_to_hold"),
    P("Заключено 5 контрактов на поставку", "signed", id="five_contracts"),
    P("Подписаны 3 соглашения", "signed", id="three_agreements"),
    P("Подписан протокол о намерениях", "signed", id="protocol_of_intent"),
    P("Подписан протокол заседания рабочей группы", "verbal", id="minutes_signed"),
    P("Заключены экспортные контракты на сумму 2 млн долларов", "signed", id="export_contracts"),
    P("Достигнута договорённость о поставках", "verbal", id="arrangement_reached"),
    P("Подписано соглашение о побратимстве", "signed", id="twinning_signed"),
    P("Обсуждены вопросы подписания соглашения", None, id="signing_discussed"),
    P("Подготовлен проект соглашения", None, id="draft_prepared"),
    P("Стороны выразили намерение заключить соглашение", None, id="intention_to_conclude"),
    P("Договор так и не подписан", None, id="never_signed"),
    P("Договорённостей не достигнуто", None, id="no_arrangement"),
    P("Ранее подписанное соглашение выполняется", None, id="signed_earlier"),
    P("Стороны подписали соглашение о сотрудничестве", "signed", id="sides_signed"),
    P("Было подписано соглашение", "signed", id="was_signed"),
    P("Заключили меморандум о сотрудничестве", "signed", id="concluded_memorandum"),
    P("Утверждён план совместных мероприятий", "verbal", id="joint_plan_approved"),
    P("Согласована программа сотрудничества на 2025–2026 гг.", "verbal", id="programme_agreed"),
    P("Согласованы сроки визита делегации", "verbal", id="dates_agreed"),
    P("Согласованы условия поставки", "verbal", id="terms_agreed"),
    P("Проект согласован с Министерством", None, id="approved_by_ministry"),
    P("Подписан контракт на поставку оборудования", "signed", id="contract_signed"),
    P("Стороны подписали совместное заявление", "signed", id="joint_statement"),
    P("Стороны пришли к соглашению о проведении форума", "verbal", id="came_to_agreement"),
    P("Стороны условились о следующей встрече", "verbal", id="settled"),
    P("Достигнуто взаимопонимание по вопросам логистики", "verbal", id="mutual_understanding"),
    P("Приурочено к 25-летию подписания Договора о создании Союзного государства", None, id="anniversary"),
    P("Соглашение подписано не было", None, id="was_not_signed"),
    P("Заключены договоры с 3 университетами", "signed", id="contracts_with_universities"),
    P("Подписан договор о сотрудничестве между вузами", "signed", id="treaty_between_universities"),
    P("Обсуждена возможность заключения соглашения", None, id="possibility_discussed"),
    P("Подписание соглашения не состоялось по причине болезни губернатора", None, id="did_not_take_place_reason"),
    P("Подписание соглашения перенесено", None, id="postponed_bare"),
    P("Стороны обменялись подписанными экземплярами соглашения", "signed", id="exchanged_signed_copies"),
    P("Продлена выставка в рамках соглашения о сотрудничестве", None, id="exhibition_extended_under_agreement"),
    P("Продлён срок пребывания делегации", None, id="stay_extended"),
    P("Стороны выступили за продление соглашения", None, id="for_extending_is_no_extension"),
    P("В рамках соглашения о продлении сотрудничества проведена встреча", None, id="agreement_about_extension"),
    P("Срок действия меморандума продлили до 2027 года", "signed", id="term_extended_they"),
    P("Согласован порядок обмена студентами", "verbal", id="procedure_agreed"),
]


@pytest.mark.parametrize("content, expected", AGREEMENTS)
def test_agreement_of_content(content, expected):
    assert classify_agreement("Встреча с делегацией", content, "10 человек").kind == expected


# (title, content, the sector a person files an event with no heading under)
UNHEADED = [
    P("Мастер-класс по росписи матрёшек", "", "culture_tourism", id="master_class_painting"),
    P("Спартакиада школьников Союзного государства", "", "sport", id="spartakiad"),
    P("Стажировка врачей в клиниках г. Минска", "", "health", id="doctors_internship"),
    P("Бизнес-миссия в Китай", "", "economy", id="business_mission"),
    P("Гастроли Смоленского театра", "", "culture_tourism", id="theatre_tour"),
    P("Ярмарка «Смоленский лён»", "", "industry_trade", id="fair"),
    P("Мастер-класс по гончарному делу", "", "culture_tourism", id="pottery"),
    P("Выставка вышивки", "", "culture_tourism", id="embroidery_exhibition"),
    P("Выставка продукции предприятий", "", "industry_trade", id="products_exhibition"),
]


@pytest.mark.parametrize("title, content, expected", UNHEADED)
def test_sector_of_an_event_with_no_heading(title, content, expected):
    sector = infer_sector(title, content)
    assert sector is not None and sector.key == expected
