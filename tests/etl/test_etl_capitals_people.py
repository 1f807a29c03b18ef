"""People named in a cell typed in capitals are read as in normal case (parser 1.10.31).

etl/capitals.py reads a cell typed wholly in capitals by the dictionary; it lowered what the dictionary knows as
a common word, so «Д.Н. КРУТЫМ» became «д.Н. крутым» (the village's mark «д.» and the adjective «крутой»), «А.С.
ПУШКИНА» lost its initials' capitals, and a Chinese name's short first word stayed in capitals («ЛИ ЦЯНОМ»,
«ЛЯН ХУЭЙЛИНОМ»: read as an acronym): the officials of such a title were lost. With every title column of the
nets' 20 reports in capitals, 4 events lost their officials (test_etl_same_table.py now checks officials too).
Now two initials keep their capitals and the word after them is a surname; a short known word that is no
abbreviation, right before a person's name, is the name's first word; «ПРОВ.» is small like «Г.»; «РУССКОГО»
is a language's adjective, not a place's."""
from __future__ import annotations

import pytest

from etl import normalize
from etl.capitals import in_case
from etl.read import read_bytes


@pytest.mark.parametrize("typed, read", [
    ("ПЕРЕГОВОРЫ С ПОСЛОМ РЕСПУБЛИКИ БЕЛАРУСЬ Д.Н. КРУТЫМ", "Переговоры с послом Республики Беларусь Д.Н. Крутым"),
    ("ВСТРЕЧА С А.Б. СЕЙТКАЗИЕВЫМ", "Встреча с А.Б. Сейтказиевым"),
    ("ВСТРЕЧА С А. Б. СЕЙТКАЗИЕВЫМ И Д.Н.КРУТЫМ", "Встреча с А. Б. Сейтказиевым и Д.Н.Крутым"),
    ("СТАЖИРОВКА В ЛГУ ИМ. А.С. ПУШКИНА", "Стажировка в ЛГУ им. А.С. Пушкина"),
    ("ВСТРЕЧА С ГУБЕРНАТОРОМ С.В. БЕЛЫМ", "Встреча с губернатором С.В. Белым"),
    ("ВСТРЕЧА С ВИЦЕ-ГУБЕРНАТОРОМ ПРОВИНЦИИ ХЭЙЛУНЦЗЯН ЛИ ЦЯНОМ",
     "Встреча с вице-губернатором провинции Хэйлунцзян Ли Цяном"),
    ("ПЕРЕГОВОРЫ С ГУБЕРНАТОРОМ ПРОВ. ХЭЙЛУНЦЗЯН ЛЯН ХУЭЙЛИНОМ",
     "Переговоры с губернатором пров. Хэйлунцзян Лян Хуэйлином"),
    ("ВИЗИТ РЕКТОРА ВАН ХУЭЙ", "Визит ректора Ван Хуэй"),
    ("ЛЕТНЯЯ ШКОЛА РУССКОГО ЯЗЫКА ДЛЯ СТУДЕНТОВ", "Летняя школа русского языка для студентов"),
    ("ВСТРЕЧА С КОНСУЛОМ ЯПОНИИ К. ЯМАДОЙ", "Встреча с консулом Японии К. Ямадой"),
    ("ВСТРЕЧА С ЗАМЕСТИТЕЛЕМ ГУБЕРНАТОРА А. РЕЗАИ", "Встреча с заместителем губернатора А. Резаи"),
    ("ВСТРЕЧА С.П. КАРПЕНКО С КОНСУЛОМ", "Встреча С.П. Карпенко с консулом"),
    # must not fire: a village's mark before a name, acronyms before a name, one letter with a dot
    ("ВИЗИТ В Д. НОВОСЕЛКИ", "Визит в д. Новоселки"),
    ("ПОЕЗДКА В С. КРАСНОЕ", "Поездка в с. Красное"),
    ("ПОЕЗДКА В П. ГЛИНКА", "Поездка в п. Глинка"),
    ("ЭКСКУРСИЯ ПО Г. ГРОДНО", "Экскурсия по г. Гродно"),
    ("ДЕЛЕГАЦИЯ КНР ХУЭЙ", "Делегация КНР Хуэй"),
    ("ДЕЛЕГАЦИЯ РБ ИВАНОВ", "Делегация РБ Иванов"),
    ("ВИЗИТ В ОАО «МАЗ» И РУП «БМЗ»", "Визит в ОАО «МАЗ» и РУП «БМЗ»"),
])
def test_people_in_capitals_are_read_in_normal_case(typed, read):
    assert in_case(typed) == read


def _officials(title: str) -> list[str]:
    """SYNTHETIC: the officials of a one-event text dump whose title is `title`."""
    dump = "\n".join([
        "SYNTHETIC", "Отчёт о международных связях Амурской области за IV квартал 2025 года", "",
        "\t№ п/п", "\tНаименование мероприятия", "\tДата проведения", "\tМесто проведения", "\tУчастники", "",
        "\tСотрудничество в сфере экономики", "",
        "\t1.", f"\t{title}", "\t7 октября 2025 года", "\tг. Благовещенск", "\t12 человек", ""])
    return sorted(o.name for o in normalize.build_report(read_bytes(dump.encode("utf-8"), "one.txt")).events[0].officials)


@pytest.mark.parametrize("title", [
    "Переговоры с Чрезвычайным и Полномочным Послом Республики Беларусь в Российской Федерации Д.Н. Крутым",
    "Встреча с первым заместителем министра образования Республики Казахстан А.Б. Сейтказиевым",
    "Встреча Губернатора Амурской области с вице-губернатором провинции Хэйлунцзян Ли Цяном",
    "Переговоры с губернатором пров. Хэйлунцзян Лян Хуэйлином",
    "Визит делегации Хэйхэского университета во главе с ректором Ван Хуэй",
    "Встреча с Генеральным консулом КНР в Хабаровске Го Миншанем",
    "Рабочая встреча вице-губернатора С.П. Карпенко с Генеральным консулом Японии в г. Южно-Сахалинске К. Ямадой",
    "Визит делегации остана Мазендеран во главе с заместителем губернатора остана А. Резаи",
])
def test_a_title_in_capitals_names_the_same_people(title):
    named = _officials(title)
    assert named
    assert _officials(title.upper()) == named
