"""Two rules found by the lead's second blind probe (29 Nov: a SYNTHETIC Республика Марий Эл report, written before
reading the parser):

1. A currency is not a partner: «Заключены 3 контракта на сумму 1,2 млн долл. США с компаниями из Казахстана и
   Монголии» names Kazakhstan and Mongolia (was the USA too), as «на китайском языке» names no China. A country's
   name after a currency («долларов США», «дирхамов ОАЭ») or its adjective before one («белорусских рублей»,
   «швейцарских франков») is the money's; the same words elsewhere («делегация США», «белорусских партнёров») are
   still sides.
2. A name after two roles joined by a preposition is the second role's: «Встреча Главы Республики Марий Эл с
   Чрезвычайным и Полномочным Послом Республики Никарагуа в РФ Алсидесом Монтьелем» names the ambassador
   «Алсидес Монтьель» (was «Алсидесом Монтьелем», in the role «Глава … с … Послом …», whose genitive could not read
   the name back). A preposition inside one role («министром по связям с общественностью») cuts nothing.
"""
from __future__ import annotations

import pytest

from etl.geo import partner_countries
from etl.normalize import build_report
from etl.officials import find_officials
from etl.read import read_bytes

P = pytest.param


@pytest.mark.parametrize("text, countries", [
    P("Заключены 3 контракта на сумму 1,2 млн долл. США", [], id="dollars-abbreviated"),
    P("контракт на 500 тыс. долларов США", [], id="dollars"),
    P("цена поставки в долларах США", [], id="dollars-locative"),
    P("сумма 2 млн долл. США с компаниями из Казахстана и Монголии", ["KZ", "MN"], id="money-and-partners"),
    P("на сумму 2 млн канадских долларов", [], id="adjective-dollars"),
    P("500 тыс. белорусских рублей", [], id="adjective-roubles"),
    P("100 тыс. швейцарских франков", [], id="adjective-francs"),
    P("инвестиции 5 млн дирхамов ОАЭ", [], id="dirhams"),
    P("визит делегации США", ["US"], id="delegation-stays"),
    P("Посольство США в РФ", ["US"], id="embassy-stays"),
    P("делегация ОАЭ", ["AE"], id="emirates-stay"),
    P("переговоры с белорусскими партнерами", ["BY"], id="adjective-stays"),
    P("с американскими компаниями на 2 млн долл.", ["US"], id="companies-stay"),
])
def test_a_currency_is_no_partner(text, countries):
    assert partner_countries([text]) == countries


@pytest.mark.parametrize("text, name, role_starts", [
    P("Встреча Главы Республики Марий Эл с Чрезвычайным и Полномочным Послом Республики Никарагуа в РФ Алсидесом "
      "Монтьелем", "Алсидес Монтьель", "Чрезвычайным и Полномочным Послом", id="ambassador-after-head"),
    P("Встреча Губернатора области с Послом Республики Казахстан Даниаром Ахметжаном", "Даниар Ахметжан", "Послом",
      id="governor-and-ambassador"),
    P("Встреча Губернатора области со вторым секретарём Посольства Вьетнама Нгуен Ван Тханем", "Нгуен Ван Тхань",
      "вторым секретарём", id="second-secretary"),
    P("Встреча мэра города с губернатором провинции Хэйлунцзян Лян Хуэйлин", "Лян Хуэйлин", "губернатором",
      id="governor-of-a-province"),
    P("Встреча с Послом Индии Винаем Кумаром", "Винай Кумар", "Послом", id="one-role"),
    P("Встреча с министром по связям с общественностью Республики Абхазия Кханом Квициния", "Кхан Квициния",
      "министром по связям с общественностью", id="preposition-inside-a-role"),
])
def test_a_name_after_two_roles_is_the_second_s(text, name, role_starts):
    found = find_officials(text)
    assert [o.name for o in found] == [name]
    assert found[0].role.startswith(role_starts)


MARI_EL = "\n".join([
    "ИНФОРМАЦИЯ", "о международных и внешнеэкономических связях Республики Марий Эл",
    "за 4 квартал 2025 года (SYNTHETIC, lead probe 2)", "",
    *(f"\t{c}" for c in ("№ п/п", "Наименование мероприятия", "Сроки и место проведения", "Организатор",
                         "Иностранные участники", "Результаты")), "",
    "\tI. Внешнеэкономическая деятельность", "",
    *(f"\t{c}" for c in ("1.", "Участие предприятий республики в выставке «Агропродмаш-2025»",
                         "06.10.2025 – 10.10.2025, Москва (ЦВК «Экспоцентр»)",
                         "Министерство промышленности, экономического развития и торговли Республики Марий Эл",
                         "представители 12 стран",
                         "Заключены 3 контракта на сумму 1,2 млн долл. США с компаниями из Казахстана и Монголии")), "",
    "\tII. Гуманитарное сотрудничество", "",
    *(f"\t{c}" for c in ("2.", "Встреча Главы Республики Марий Эл с Чрезвычайным и Полномочным Послом Республики "
                         "Никарагуа в РФ Алсидесом Монтьелем", "02.12.2025, Йошкар-Ола",
                         "Администрация Главы Республики Марий Эл", "посол и 2 сотрудника посольства",
                         "Достигнута договоренность о подготовке соглашения в сфере образования")), ""]) + "\n"


def test_the_probe_report_reads_its_partners_and_the_ambassador():
    report = build_report(read_bytes(MARI_EL.encode("utf-8"), "synthetic_mari_el_2025q4.txt"))
    first, second = report.events
    assert first.partner_countries == ["KZ", "MN"] and first.agreement == "signed"
    assert (first.venue_city, first.direction) == ("Москва", "elsewhere_in_russia")
    assert second.partner_countries == ["NI"]
    assert [(o.name, o.role) for o in second.officials] == \
        [("Алсидес Монтьель", "Чрезвычайный и Полномочный Посол Республики Никарагуа в РФ")]
