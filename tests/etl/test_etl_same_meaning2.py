"""The same report typed another way reads the same, second net (parser 1.10.29): rewrites that keep a
report's meaning and that the first net (test_etl_same_meaning.py) did not try — what Word leaves in a
text (soft hyphens, zero-width spaces, non-breaking hyphens, narrow NBSPs between digit groups), the
short and long names of states («Беларусь», «РФ», «Россия», «КНР»), dates typed otherwise («с 3 по 5
октября», «3 октября – 5 октября», «07.10.24», «07 октября», «2024г.»), «четвёртый квартал», a dot
at a cell's end, list items after «;» with dashes or bullets, «online» in Latin letters, «ОНЛАЙН»,
«ВКС», «чел» without its dot, commas spaced otherwise, initials spaced otherwise or written after the
surname, event numbers «№ 1», line ends typed CR only, indented lines, «Область» capitalised — applied
to the real sample and to every UTF-8 text dump among the fixtures (and the sample saved as a Word
table after each) must not change a single derived field of any event.

On 1.10.28 the net caught:
- soft hyphens (Word's optional hyphen): sector headings were read as event text, «2\\u00ad5 человек»
  was no count, dates were lost — the parsers that compare outside matching_form saw a letter;
- «1000 – в формате online»: the 1000 online were lost, and the event's total with them;
- a person written surname first, «Правительства Смоленской области Стрельцов А.В.», ran into the
  body's name («Правительство Смоленской области Стрельцов»: a second, false organisation);
- «директор ООО «Смарт СТиМ Сити» Навой Д.В.»: no official, where «Д.В. Навой» was one (the
  dictionary knows «навой» as a loom's beam);
- «им. Твардовского А.Т.» and «им. А.Т. Твардовского» were two libraries;
- «Представители колледжа (6 (шесть) человек)»: 12 — the number restated in words inside a bracket was
  read as a second part.
Also held already: counts in words, the year left out, «07–09.10.2024», «7, 8 и 9 октября», «Республика
Беларусь, г. Минск», «г. Минск (Республика Беларусь)», «года» for «г.»."""
from __future__ import annotations

import re

import pytest

from etl import normalize
from etl.attendance import parse_attendance
from etl.lemmas import matching_form
from etl.officials import find_officials
from etl.organisations import Context, alias_key, find_in_text
from etl.read import read_bytes
from test_etl_same_meaning import MONTHS, REPORTS, SAMPLE, _derived, _derived_from_bytes, _word_file

_MONTH_NUMBER = {month: number for number, month in enumerate(MONTHS, 1)}
_RANGE = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2}) (" + "|".join(MONTHS) + r")")


def _two_digit_years(text: str) -> str:
    """«7 октября 2024 года» → «07.10.24»."""
    return re.sub(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+20(\d\d)(?:\s*года|\s*г\.)?",
                  lambda m: f"{int(m.group(1)):02d}.{_MONTH_NUMBER[m.group(2)]:02d}.{m.group(3)}", text)


_NUMBER_WORDS = ("один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать",
                 "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать",
                 "восемнадцать", "девятнадцать", "двадцать")
_SMALL_COUNT = re.compile(r"\b([1-9]|1\d|20) (человек|участник\w*|представител\w*)")


def _year_left_out(text: str) -> str:
    """«7 октября 2024 года» → «7 октября» where the title names 2024: the report's year is the event's."""
    year = re.search(r"(20\d\d) год", text[:600])
    if year is None:
        return text
    return re.sub(r"(\d{1,2} (?:" + "|".join(MONTHS) + r")) " + year.group(1) + r"(?: года| г\.)?", r"\1", text)


def _listed_days(text: str) -> str:
    """«7–9 октября» → «7, 8 и 9 октября» (spans of up to four days)."""
    def listed(m: re.Match) -> str:
        first, last = int(m.group(1)), int(m.group(2))
        if not 0 < last - first <= 3:
            return m.group(0)
        return ", ".join(str(d) for d in range(first, last)) + f" и {last} {m.group(3)}"
    return _RANGE.sub(listed, text)


REWRITES = {
    "counts in words": lambda t: _SMALL_COUNT.sub(lambda m: f"{_NUMBER_WORDS[int(m.group(1)) - 1]} {m.group(2)}", t),
    "counts restated in words": lambda t: re.sub(
        r"\b([1-9]|1\d|20) (человек)", lambda m: f"{m.group(1)} ({_NUMBER_WORDS[int(m.group(1)) - 1]}) {m.group(2)}", t),
    "the year left out": _year_left_out,
    "numeric day ranges": lambda t: re.sub(
        r"\b(\d{1,2})\s*[-–]\s*(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})(?: года| г\.)?",
        lambda m: f"{int(m.group(1)):02d}–{int(m.group(2)):02d}.{_MONTH_NUMBER[m.group(3)]:02d}.{m.group(4)}", t),
    "listed days": _listed_days,
    "the country before the city": lambda t: re.sub(r"г\. ?(\w+(?:-\w+)*),\s*\n?(Республика \w+)", r"\2, г. \1", t),
    "the country in brackets": lambda t: re.sub(r"г\. ?(\w+(?:-\w+)*),\s*\n?(Республика \w+)", r"г. \1 (\2)", t),
    "года for г.": lambda t: re.sub(r"(\d{4}) г\.", r"\1 года", t),
    "soft hyphens": lambda t: re.sub(r"(?<=[а-яё]{4})(?=[а-яё]{4})", "\u00ad", t),
    "zero-width spaces": lambda t: t.replace(" ", " \u200b"),
    "non-breaking hyphens": lambda t: re.sub(r"(?<=\w)-(?=\w)", "\u2011", t),
    "narrow NBSP digit groups": lambda t: re.sub(r"(?<![\d.])(\d{1,3}) (\d{3})(?!\d)", "\\1\u202f\\2", t),
    "Беларусь for Республика Беларусь": lambda t: t.replace("Республика Беларусь", "Беларусь")
                                                   .replace("Республики Беларусь", "Беларуси")
                                                   .replace("Республике Беларусь", "Беларуси"),
    "РФ for Российская Федерация": lambda t: t.replace("Российской Федерации", "РФ").replace("Российская Федерация", "РФ"),
    "Россия for Российская Федерация": lambda t: t.replace("Российская Федерация", "Россия")
                                                  .replace("Российской Федерации", "России"),
    "КНР for Китайская Народная Республика": lambda t: t.replace("Китайской Народной Республики", "КНР")
                                                         .replace("Китайская Народная Республика", "КНР"),
    "с … по … for ranges": lambda t: _RANGE.sub(r"с \1 по \2 \3", t),
    "the month repeated in ranges": lambda t: _RANGE.sub(r"\1 \3 – \2 \3", t),
    "2024г. without a space": lambda t: re.sub(r"(\d{4}) г\.", r"\1г.", re.sub(r"(\d{4}) года", r"\1 г.", t)),
    "two-digit years": _two_digit_years,
    "days with a leading zero": lambda t: re.sub(r"\b(\d)\s+(" + "|".join(MONTHS) + r")", r"0\1 \2", t),
    "четвёртый квартал": lambda t: t.replace("IV квартал", "четвёртый квартал"),
    "4 квартал": lambda t: re.sub(r"\bIV квартал", "4 квартал", t),
    "a dot at a cell's end": lambda t: re.sub(r"(?m)^([^\n]*\S \S+ [^\n]*[а-яё»)]) *(?=\n(?:\t|\n)|\Z)", r"\1.", t),
    "dashes before list items": lambda t: re.sub(r"(?<=[;:]\n)(?=[А-Яа-я])", "– ", t),
    "bullets before list items": lambda t: re.sub(r"(?<=[;:]\n)(?=[А-Яа-я])", "• ", t),
    "ВКС for онлайн": lambda t: t.replace("в формате онлайн", "в режиме ВКС")
                                .replace("онлайн-формате", "режиме видеоконференцсвязи"),
    "ОНЛАЙН in capitals": lambda t: t.replace("онлайн", "ОНЛАЙН"),
    "online in Latin letters": lambda t: t.replace("онлайн", "online"),
    "чел without its dot": lambda t: re.sub(r"\bчеловек\b", "чел", t),
    "Республика Беларусь in capitals": lambda t: t.replace("Республика Беларусь", "РЕСПУБЛИКА БЕЛАРУСЬ")
                                                  .replace("Республики Беларусь", "РЕСПУБЛИКИ БЕЛАРУСЬ"),
    "line breaks in cells as spaces": lambda t: re.sub(r"(?<=[а-яё,])\n(?=[а-яё])", " ", t),
    "Область capitalised": lambda t: re.sub(r"(ская|ской) область", r"\1 Область",
                                            re.sub(r"(ской|ская) области", r"\1 Области", t)),
    "CR line ends": lambda t: t.replace("\n", "\r"),
    "indented lines": lambda t: re.sub(r"(?m)^(?=[А-Яа-я«(])", "    ", t),
    "numbers as № 1": lambda t: re.sub(r"(?m)(?<!\d\. \n)(?<!\d\.\n)^\t(\d+)\. *$(?!\n\t\d+\. *$)", r"\t№ \1", t),
    "a space before commas": lambda t: re.sub(r"(?<=[а-яё»)]),(?= )", " ,", t),
    "no space after commas": lambda t: re.sub(r"(?<=[а-яё»)]), (?=[а-яА-Я«])", ",", t),
    "spaced initials": lambda t: re.sub(r"\b([А-Я])\.([А-Я])\.(?:\s|\u00a0)?(?=[А-Я][а-я])", r"\1. \2. ", t),
    "initials without a space": lambda t: re.sub(r"\b([А-Я])\.([А-Я])\.(?:\s|\u00a0)(?=[А-Я][а-я])", r"\1.\2.", t),
    "the surname before the initials": lambda t: re.sub(
        r"(?<!им\. )(?<!имени )\b([А-Я])\.(?:\s|\u00a0)?([А-Я])\.(?:\s|\u00a0)?([А-Я][а-яё]+)", r"\3 \1.\2.", t),
    "ё where it is": lambda t: t.replace("еще", "ещё").replace("Орел", "Орёл").replace("объем", "объём"),
}


@pytest.fixture(scope="module")
def originals() -> dict:
    texts = {path: path.read_bytes().decode("utf-8-sig") for path in REPORTS}
    return {path: (text, _derived(text, path.name)) for path, text in texts.items()}


def _differences(before: dict, after: dict, name: str) -> list[str]:
    assert sorted(after) == sorted(before), f"{name}: events {sorted(set(before) ^ set(after))} gained or lost"
    return [f"{name} № {n} {field}: {value!r} → {after[n][field]!r}"
            for n, fields in before.items() for field, value in fields.items() if after[n][field] != value]


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_rewrite_that_keeps_the_meaning_keeps_every_event(originals, rewrite):
    changed, differences = 0, []
    for path, (text, before) in originals.items():
        rewritten = REWRITES[rewrite](text)
        if rewritten == text:
            continue
        changed += 1
        differences += _differences(before, _derived(rewritten, path.name), path.name)
    assert changed, f"«{rewrite}» changes none of the reports: it tests nothing"
    assert not differences, "\n".join(differences[:20])


_LINE_ENDS_ONLY = {"CR line ends"}  # a Word table has no line ends of a text file
# Marks no one sees: typed into the Word table's cells (the text dump's own reader drops them before it
# finds the rows; the builder of the Word twin reads the text as it is)
_IN_EACH_CELL = {"soft hyphens", "zero-width spaces", "non-breaking hyphens"}


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_rewrite_typed_in_word_keeps_every_event_of_the_sample(originals, rewrite):
    text, before = originals[SAMPLE]
    rewritten = REWRITES[rewrite](text)
    if rewritten == text or rewrite in _LINE_ENDS_ONLY:
        pytest.skip(f"«{rewrite}» does not change the sample's cells")
    if rewrite in _IN_EACH_CELL:  # a Word table's cells carry the marks; its rows are the text's
        from dataclasses import replace

        from docx_builder import grid_to_docx
        from etl.layout import Grid, grid_from_text

        typed = REWRITES[rewrite]
        grid = grid_from_text(text)
        word = grid_to_docx(Grid(tuple(map(typed, grid.preamble)),
                                 tuple(replace(row, cells=tuple(map(typed, row.cells))) for row in grid.rows),
                                 grid.postamble))
    else:
        word = _word_file(rewritten)
    after = _derived_from_bytes(word, "sample.docx")
    differences = _differences(before, after, "sample.docx")
    assert not differences, "\n".join(differences[:20])


# ------------------------------------------------------------------ the rules, one by one

def _dump(heading: str, participants: str, dates: str = "7 октября 2024 года") -> bytes:
    """SYNTHETIC: a one-event text dump of the Smolensk layout."""
    return "\n".join([
        "SYNTHETIC", "Отчёт о международных связях Смоленской области за IV квартал 2024 года", "",
        "\t№ п/п", "\tНаименование мероприятия", "\tДата проведения", "\tМесто проведения", "\tУчастники", "",
        f"\t{heading}", "",
        "\t1.", "\tВстреча с делегацией Республики Беларусь", f"\t{dates}", "\tг. Смоленск", f"\t{participants}",
        ""]).encode("utf-8")


@pytest.mark.parametrize("soft", ["\u00ad"])
@pytest.mark.parametrize("heading, sector", [
    ("Сотрудничество в сфере культуры", "culture_tourism"),
    ("Сотрудничество в сфере образования и науки", "education_science"),
])
def test_a_soft_hyphen_is_read_as_nothing_in_every_field(soft, heading, sector):
    plain = normalize.build_report(read_bytes(_dump(heading, "25 человек"), "plain.txt")).events[0]
    hyphenated = _dump(heading.replace("Сотрудничество", f"Сотруд{soft}ничество").replace("сфере", f"сфе{soft}ре"),
                       f"2{soft}5 чело{soft}век", f"7 ок{soft}тября 20{soft}24 го{soft}да")
    event = normalize.build_report(read_bytes(hyphenated, "soft.txt")).events[0]
    assert plain.sector_key == sector
    assert (event.sector_key, event.attendance_total, event.start_date) == (sector, 25, plain.start_date)
    assert soft not in event.title + event.raw["participants"]


def test_a_soft_hyphen_saved_by_word_is_read_as_nothing():
    """<w:softHyphen/> in a .docx: the same event as without it."""
    from docx_builder import grid_to_docx
    from etl.layout import grid_from_text

    text = _dump("Сотрудничество в сфере культуры", "2\u00ad5 чело\u00adвек").decode("utf-8")
    event = normalize.build_report(read_bytes(grid_to_docx(grid_from_text(text)), "soft.docx")).events[0]
    assert (event.sector_key, event.attendance_total) == ("culture_tourism", 25)


@pytest.mark.parametrize("typed, read", [
    ("1000 – в формате online", "1000 – в формате онлайн"),
    ("Online-встреча", "Онлайн-встреча"),
    ("в режиме ON-LINE", "в режиме ОНЛАЙН"),
    ("в формате on line", "в формате онлайн"),
    ("offline-формат", "офлайн-формат"),
    # a word of a Latin name or another word stays
    ("Online Academy", "Online Academy"),
    ("Smolensk Online", "Smolensk Online"),
    ("deadline", "deadline"),
    ("guideline", "guideline"),
])
def test_a_format_in_latin_letters_among_russian_words(typed, read):
    assert matching_form(typed) == read


@pytest.mark.parametrize("cell, total, online", [
    ("Общее количество участников – 1500 человек (500 – в очном формате, 1000 – в формате online)", 1500, 1000),
    ("Участники: 40 человек online", 40, 40),
    ("30 человек (10 – on-line)", 30, 10),
])
def test_an_online_count_in_latin_letters(cell, total, online):
    counted = parse_attendance(matching_form(cell), normalize.home_of("Смоленская область").mentioned_in, people_cell=True)
    assert (counted.total, counted.online) == (total, online)


_CONTEXT = Context("смоленский", "смоленск", "RU")


@pytest.mark.parametrize("text, names", [
    ("заместитель председателя Правительства Смоленской области Стрельцов А.В., представители",
     ["Правительство Смоленской области"]),
    ("ректор Смоленского государственного университета Артеменков М.Н.", ["Смоленский государственный университет"]),
    ("председатель Витебского облисполкома Субботин А. Н.", ["Витебский облисполком"]),
    ("директор Смоленского областного музея Петрова И.И. и сотрудники", ["Смоленский областной музей"]),
    ("депутат Смоленской областной Думы Иванов И.И.", ["Смоленская областная Дума"]),
    # the usual order is unchanged, and a namesake after the head stays the name's
    ("Заместитель Председателя Правительства Российской Федерации А.Л.\u00a0Оверчук",
     ["Правительство Российской Федерации"]),
    ("Музей-усадьба Глинки М.И.", ["Музей-усадьба Глинки"]),
    ("сотрудники Музея-усадьбы Глинки М.И.", ["Музей-усадьба Глинки"]),
    ("Мемориальный музей Ю.А. Гагарина", ["Мемориальный музей Ю.А. Гагарина"]),
])
def test_a_person_written_surname_first_ends_a_body_s_name(text, names):
    assert [span.name for span in find_in_text(text, _CONTEXT)] == names


@pytest.mark.parametrize("text, official", [
    ("директор ООО «Смарт СТиМ Сити» Навой Д.В. (гражданин Республики Беларусь)", "Д.В. Навой"),
    ("директор компании Навой Д.В.", "Д.В. Навой"),
    ("Генеральный директор Коваль А.Н., главный инженер Бочка В.В.", "В.В. Бочка"),
])
def test_a_surname_that_is_also_a_common_noun_before_initials(text, official):
    assert official in [o.name for o in find_officials(text)]


@pytest.mark.parametrize("text", [
    "представители Российской Федерации М.Г.",      # a place's name before stray initials
    "делегация Республики Беларусь А.Б.",
])
def test_a_place_before_initials_is_no_surname(text):
    assert find_officials(text) == []


@pytest.mark.parametrize("one, other", [
    ("Смоленская областная библиотека им. Твардовского А.Т.", "Смоленская областная библиотека им. А.Т. Твардовского"),
    ("Музей-усадьба Глинки М.И.", "Музей-усадьба М.И. Глинки"),
])
def test_initials_after_a_namesake_are_the_same_body(one, other):
    assert alias_key(one) == alias_key(other)


@pytest.mark.parametrize("cell, total", [
    ("Представители колледжа (6 (шесть) человек)", 6),
    ("Представители колледжа (3 (три) человека)", 3),
    ("делегация (12 (двенадцать) человек) и 20 (двадцать) студентов", 32),
    ("6 (шесть) человек", 6),
    ("в составе 5 (пяти) человек", 5),
    ("Делегация (1 500 (тысяча пятьсот) человек)", 1500),
    # a bracket of words that is no restatement stays what it was
    ("30 человек (10 – онлайн)", 30),
    ("Делегация (министр, 2 советника)", 3),
])
def test_a_number_restated_in_words_is_one_count(cell, total):
    counted = parse_attendance(cell, normalize.home_of("Смоленская область").mentioned_in, people_cell=True)
    assert counted.total == total
