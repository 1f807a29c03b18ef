"""An institution's federal parent, and bodies that share one head (lead's blind probe, 29 Nov: a SYNTHETIC next
Smolensk report, I quarter 2025, written as another clerk would).

- «ФГБОУ ВО СГМУ Минздрава России» as a venue was read as held elsewhere in Russia (the ministry's «России» is a
  federal body) and gave an organisation «Министерство здравоохранения России» as the host. A ministry or service
  after an institution's own name (its quoted name or its letters) is its parent: the venue is the region's, and
  no organisation is made of the parent. The body alone («МИД России»), an institution named only by its parent
  («Академия ФСИН России») or a body after «и» or on a line of its own stays.
- «МГУ», «СПбГУ», «ВШЭ» named without their city are national venues (Москва, Санкт-Петербург).
- «Кабинетом Министров Республики Абхазия» named no organisation: a cabinet of ministers is a body, a room is not.
- «Подписаны соглашения с Витебским и Могилёвским облисполкомами» named no organisation: adjectives sharing one
  head in the plural are each a body («Витебский облисполком», «Могилёвский облисполком»).
"""
from __future__ import annotations

import pytest

from etl.load import read_report
from etl.organisations import Context, find_organisations

P = pytest.param
SMOLENSK = Context(home_adjective="смоленский", home_centre="смоленск", venue_country="RU",
                   home_region="Смоленская область")


def _events(tmp_path, rows: list[tuple[str, str, str]]):
    """SYNTHETIC report of Смоленская область in the sample's columns: (title, venue, result) per row."""
    text = ("Отчёт о мероприятиях в международной сфере, проведённых исполнительными органами Смоленской области "
            "в I квартале 2025 года (SYNTHETIC)\n\n\t№ п/п\n\tНаименование мероприятия\n\tМесто проведения\n"
            "\tСроки проведения мероприятия\n\tЦель, содержание и результат мероприятия\n\tУчастники мероприятия\n\n"
            "\tСотрудничество в сфере образования\n\n")
    for i, (title, venue, result) in enumerate(rows, 1):
        text += f"\t{i}. \n\t{title}\n\t{venue}\n\t{10 + i} марта 2025 г.\n\t{result}\n\t8 человек\n\n"
    path = tmp_path / "report_synthetic.txt"
    path.write_text(text, encoding="utf-8")
    return read_report(path)[0].events


def _names(text: str, context: Context = SMOLENSK) -> list[tuple[str, str | None]]:
    return [(m.name, m.country) for m in find_organisations({"result": text}, context)]


STAGE = "Стажировка преподавателей Гомельского государственного медицинского университета (Республика Беларусь)"


@pytest.mark.parametrize("venue", [
    P("ФГБОУ ВО СГМУ Минздрава России", id="letters-ministry"),
    P("ФГБОУ ВО «СГМУ» Минздрава России", id="quoted-letters"),
    P("ФГБОУ ВО «Смоленский государственный медицинский университет» Министерства здравоохранения Российской "
      "Федерации", id="full-names"),
    P("ОГБУЗ «Клиническая больница № 1» Минздрава РФ", id="hospital-rf"),
    P("ФГБОУ ВО «Смоленская ГСХА» Минсельхоза России", id="academy-minselkhoz"),
    P("СмолГУ Минобрнауки России", id="mixed-letters"),
    P("Смоленский филиал Академии ГПС МЧС России", id="branch-mchs"),
])
def test_an_institution_under_a_federal_parent_is_ours(tmp_path, venue):
    event = _events(tmp_path, [(STAGE, venue, "Проведено обучение")])[0]
    assert (event.direction, event.venue_country) == ("inbound", "RU")
    assert not [o for o in event.organisations if "Министерство" in o.name], event.organisations


@pytest.mark.parametrize("venue", [
    P("МИД России", id="the-body-itself"),
    P("Академия ФСИН России", id="named-only-by-its-parent"),
    P("Университет МВД России", id="university-of-a-service"),
    P("Министерство иностранных дел Российской Федерации", id="ministry-full"),
    P("Академия ГПС МЧС России", id="letters-are-the-parents-own"),
])
def test_a_federal_body_alone_stays_elsewhere(tmp_path, venue):
    event = _events(tmp_path, [(STAGE, venue, "Проведено обучение")])[0]
    assert event.direction == "elsewhere_in_russia"


@pytest.mark.parametrize("venue, city", [
    P("ФГБОУ ВО «МГУ им. М.В. Ломоносова»", "Москва", id="mgu"),
    P("МГУ имени М.В. Ломоносова, факультет журналистики", "Москва", id="mgu-faculty"),
    P("СПбГУ", "Санкт-Петербург", id="spbgu"),
    P("НИУ «Высшая школа экономики»", "Москва", id="hse-words"),
])
def test_a_national_university_named_without_its_city(tmp_path, venue, city):
    event = _events(tmp_path, [(STAGE, venue, "Проведено обучение")])[0]
    assert (event.direction, event.venue_city) == ("elsewhere_in_russia", city)


@pytest.mark.parametrize("text, expected", [
    P("УО «Белорусский государственный университет культуры и искусств» Министерства культуры Республики Беларусь",
      [("Белорусский государственный университет культуры и искусств", "BY")], id="quoted-name-then-ministry"),
    P("ОГБУК «Смоленская областная универсальная научная библиотека» Департамента Смоленской области по культуре",
      [("Смоленская областная универсальная научная библиотека", "RU")], id="regional-parent"),
    P("ФГБОУ ВО СГМУ Минздрава России", [], id="letters-then-ministry"),
    P("ГУО «Гимназия № 1 г. Витебска» управления по образованию Витебского облисполкома",
      [("Гимназия № 1 г. Витебска", "BY")], id="school-under-a-committee"),
])
def test_a_parent_is_no_organisation_of_the_event(text, expected):
    assert [name for name in _names(text) if name in expected or "инистерств" in name[0] or "облисполком" in name[0]
            or "Департамент" in name[0]] == expected


@pytest.mark.parametrize("text, expected", [
    P("Посетили МИД России и Минздрав России", ["Министерство иностранных дел Российской Федерации",
                                                "Министерство здравоохранения России"], id="two-bodies-joined"),
    P("Соглашение между СмолГУ и Министерством здравоохранения Республики Беларусь",
      ["Смоленский государственный университет", "Министерство здравоохранения Республики Беларусь"], id="after-and"),
    P("делегация Министерства культуры Республики Беларусь", ["Министерство культуры Республики Беларусь"],
      id="after-a-common-noun"),
    P("Посольство Республики Беларусь\nМИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ", ["Посольство Республики Беларусь",
                                                                       "Министерство иностранных дел"],
      id="a-line-of-its-own"),
    P("ректор СмолГУ, Министерство образования Республики Беларусь",
      ["Смоленский государственный университет", "Министерство образования Республики Беларусь"], id="after-comma"),
])
def test_a_body_beside_another_stays(text, expected):
    assert [name for name, _ in _names(text)] == expected


@pytest.mark.parametrize("text, expected", [
    P("Подписаны соглашения с Витебским и Могилёвским облисполкомами, а также 12 контрактов",
      [("Витебский облисполком", "BY"), ("Могилёвский облисполком", "BY")], id="two-committees"),
    P("между Смоленским и Гомельским государственными медицинскими университетами",
      [("Смоленский государственный медицинский университет", "RU"),
       ("Гомельский государственный медицинский университет", "BY")], id="two-universities-two-adjectives"),
    P("делегации Брестского, Гродненского и Гомельского областных исполнительных комитетов",
      [("Брестский областной исполнительный комитет", "BY"), ("Гродненский областной исполнительный комитет", "BY"),
       ("Гомельский областной исполнительный комитет", "BY")], id="three-in-the-genitive"),
    P("Витебский и Полоцкий государственные университеты подписали договор",
      [("Витебский государственный университет", "BY"), ("Полоцкий государственный университет", "BY")],
      id="nominative"),
    P("с Монгольским и Казахским национальными университетами искусств",
      [("Монгольский национальный университет искусств", "MN"), ("Казахский национальный университет искусств", "KZ")],
      id="a-genitive-after-the-head"),
])
def test_bodies_sharing_one_head(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    P("с Российской и Белорусской сторонами", id="sides-are-no-bodies"),
    P("в Витебской и Могилёвской областях", id="regions"),
    P("Иванов и Петров провели встречу", id="people"),
    P("в Минске и Гомеле прошли концерты", id="towns"),
])
def test_a_plural_that_is_no_body_gives_none(text):
    assert _names(text) == []


def test_a_singular_head_after_two_adjectives_is_left_as_written():
    # «с Витебским и Могилёвским облисполкомом» is a slip of one or the other: not split into two bodies
    assert len(_names("с Витебским и Могилёвским облисполкомом")) <= 1


def test_the_agreement_counterparts_end_to_end(tmp_path):
    event = _events(tmp_path, [("Участие в XI Форуме регионов Беларуси и России", "Республика Беларусь, г. Витебск",
                                "Подписаны соглашения о сотрудничестве с Витебским и Могилёвским облисполкомами")])[0]
    found = {(o.name, o.country, o.role) for o in event.organisations}
    assert {("Витебский облисполком", "BY", "counterpart"), ("Могилёвский облисполком", "BY", "counterpart")} <= found


# «Кабинетом Министров Республики Абхазия» named no organisation (no such head); «кабинет» is a body only as the
# cabinet of ministers, never a room.
@pytest.mark.parametrize("text, expected", [
    P("Подписано соглашение между Правительством Смоленской области и Кабинетом Министров Республики Абхазия",
      [("Правительство Смоленской области", "RU"), ("Кабинет Министров Республики Абхазия", "AB")], id="abkhazia"),
    P("встреча с Премьер-министром Кабинета Министров Украины", [("Кабинет Министров Украины", "UA")],
      id="genitive-ukraine"),
    P("Кабинет министров Республики Узбекистан", [("Кабинет министров Республики Узбекистан", "UZ")],
      id="small-letter-uzbekistan"),
])
def test_a_cabinet_of_ministers_is_a_body(text, expected):
    assert _names(text) == expected


@pytest.mark.parametrize("text", [
    P("в кабинете Губернатора Смоленской области", id="governors-office"),
    P("в рабочем кабинете Посла", id="ambassadors-office"),
    P("оборудован кабинет русского языка", id="classroom"),
    P("Личный кабинет экспортёра", id="web-account"),
])
def test_a_room_is_no_body(text):
    assert _names(text) == []
