"""Pure: the bytes of a text report → text, by a maintained detector (charset-normalizer) limited to
the encodings Russian offices actually save in, with a clear refusal when none fits.

Clerks' text dumps arrive as UTF-8 (with or without BOM), UTF-16 (Notepad's «Юникод», with or
without BOM), rarely UTF-32 (with its BOM), Windows-1251, KOI8-R (old mail gateways) or DOS cp866. A wrong guess among the
single-byte Cyrillic code pages does not fail — it gives readable-looking mojibake
('пФЮЕФ' for 'Отчет') that later surfaces as «не найдена строка заголовков»; so the choice is made
on letter statistics, and the result must still be mostly Cyrillic.
"""
from __future__ import annotations

import codecs
import re

from .errors import ReportError

SINGLE_BYTE_CYRILLIC = ("cp1251", "koi8_r", "cp866")
UTF16 = ("utf_16_le", "utf_16_be")
ENCODING_LABELS = {"utf_8": "UTF-8", "utf-8-sig": "UTF-8 (BOM)", "utf-16": "UTF-16 (BOM)", "utf-32": "UTF-32 (BOM)",
                   "utf_16_le": "UTF-16LE", "utf_16_be": "UTF-16BE", "cp1251": "Windows-1251",
                   "koi8_r": "KOI8-R", "koi8_u": "KOI8-U", "cp866": "DOS-866", "mac_cyrillic": "Mac Cyrillic"}
UNRECOGNISED = ("кодировка не распознана: ожидается текст на русском в UTF-8, UTF-16, "
                "Windows-1251 или KOI8-R (сохраните файл как «Текст Юникод» или .docx)")


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyrillic / len(letters) if letters else 0.0


def _looks_utf16(data: bytes) -> bool:
    """Cyrillic or ASCII in UTF-16 without a BOM: every other byte is 0x00 or 0x04."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return False
    high_even = sum(1 for b in sample[0::2] if b in (0, 4)) / (len(sample) / 2)
    high_odd = sum(1 for b in sample[1::2] if b in (0, 4)) / (len(sample) / 2)
    return max(high_even, high_odd) > 0.9


def detect_encoding(data: bytes) -> str | None:
    """'utf-8-sig', 'utf-16', 'utf_8', 'utf_16_le', 'cp1251', 'koi8_r' … or None when no candidate
    gives mostly Cyrillic text."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    # UTF-32's little-endian BOM begins with UTF-16's (FF FE): test it first, or «Юникод (UTF-32)» from an
    # editor reads as UTF-16 full of NULs and is refused as binary
    if data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE):
        return "utf-32"
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    utf16 = _looks_utf16(data)  # before UTF-8: Cyrillic in UTF-16 is all bytes < 0x80, valid UTF-8
    if not utf16:
        try:
            data.decode("utf-8")
            return "utf_8"
        except UnicodeDecodeError:
            pass
    import charset_normalizer

    candidates = UTF16 if utf16 else SINGLE_BYTE_CYRILLIC
    if candidates is SINGLE_BYTE_CYRILLIC and b"\x00" in data:
        return None
    guess = None
    for match in charset_normalizer.from_bytes(data, cp_isolation=list(candidates)):
        encoding = match.encoding
        if encoding in candidates and _cyrillic_share(str(match)) > 0.3:
            guess = encoding
            break
    return guess if utf16 else _single_byte_page(data, guess)


# A Russian word as written: lowercase letters after at most one capital. A text read in the wrong Cyrillic page
# keeps its letters Cyrillic but not their case or order: KOI8-R read as Windows-1251 is «ОПНБЕДЕММШУ», a Mac
# text read as Windows-1251 «Ћтчет о мероприЯтиЯх», as KOI8-R «ЛЕПНОПХъРХъУ».
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
_RUSSIAN_WORD = re.compile(r"[А-ЯЁ]?[а-яё]+")
# KOI8-U is KOI8-R with Ukrainian letters in place of a few box-drawing signs: read as KOI8-R «Київ» is «Ки╖в»
_BOX_IN_WORD = re.compile(r"[а-яёА-ЯЁ][\u2500-\u257f]|[\u2500-\u257f][а-яёА-ЯЁ]")
SHAPE_SAMPLE = 200_000  # bytes of the text each page's reading is judged by
WRONG_PAGE = 0.75  # below this share of words written as Russian words are, a reading is mojibake


def word_shape(text: str) -> float:
    """The share of a text's Cyrillic words (two letters or more) written as Russian words are (at most one capital,
    first): 0.93–1.0 for a report read in its own code page, 0.0–0.85 read in a wrong one."""
    words = [w for w in _LETTER_RUN.findall(text) if not w.isascii()]
    return sum(1 for w in words if _RUSSIAN_WORD.fullmatch(w)) / len(words) if words else 0.0


def _vowel_share(text: str) -> float:
    letters = [c for c in text.lower() if "а" <= c <= "я" or c == "ё"]
    return sum(1 for c in letters if c in "аеёиоуыэюя") / len(letters) if letters else 0.0


def _single_byte_page(data: bytes, guess: str | None) -> str | None:
    """The Cyrillic code page a text is in: charset-normalizer's guess unless Mac Cyrillic (which the detector
    does not know) reads its words clearly better — a Mac text was read as KOI8-R or Windows-1251 and
    refused as «не найдена строка заголовков», or as «кодировка не распознана» naming no cause; None when no page
    reads as Russian words (mojibake never loads). KOI8-R with Ukrainian letters is KOI8-U."""
    sample = data[:SHAPE_SAMPLE]
    shapes = {page: word_shape(sample.decode(page, errors="replace")) for page in SINGLE_BYTE_CYRILLIC + ("mac_cyrillic",)}
    mac = sample.decode("mac_cyrillic", errors="replace")
    # Mac's letters: only when its words read clearly better than the guess's, and its letters are Russian's (a
    # third to a half of them vowels: a page that maps letters onto other letters passes the words' shape)
    if shapes["mac_cyrillic"] >= max(0.8, shapes[guess] + 0.1 if guess else 0.0) and 0.3 < _vowel_share(mac) < 0.55:
        return "mac_cyrillic"
    chosen = guess
    if chosen is None or shapes[chosen] < WRONG_PAGE:
        return None
    if chosen == "koi8_r" and _BOX_IN_WORD.search(data.decode("koi8_r", errors="replace")):
        return "koi8_u"
    return chosen


# A UTF-8 file with a few broken bytes (one cell pasted from a Windows-1251 file, a copy cut mid-letter) is still
# UTF-8: refusing it as «кодировка не распознана» lost the whole quarter for one letter. At most this many broken
# sequences, and at most one per thousand bytes, are read as «�» with a warning naming their lines.
MAX_BROKEN_UTF8 = 8


def damaged_utf8_lines(data: bytes) -> list[int] | None:
    """The line numbers (from 1) of the broken sequences of a text that is UTF-8 but for a few bytes; None when
    it is valid UTF-8, or not UTF-8 at all (Windows-1251 Russian breaks at almost every letter)."""
    try:
        data.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    lines: list[int] = []
    position = 0
    while len(lines) <= MAX_BROKEN_UTF8:
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            at = position + exc.start
            lines.append(data.count(b"\n", 0, at) + 1)
            position = position + exc.end
    if len(lines) > MAX_BROKEN_UTF8 or len(lines) * 1000 > len(data):
        return None
    if _cyrillic_share(data.decode("utf-8", errors="replace")) <= 0.3:
        return None
    return sorted(set(lines))  # two broken bytes side by side are one place to check


def decode_report_text(data: bytes, file_name: str = "") -> str:
    """Bytes → text with LF line ends, or ReportError saying which encodings were expected."""
    return decode_report_text_noted(data, file_name)[0]


def decode_report_text_noted(data: bytes, file_name: str = "") -> tuple[str, list[int]]:
    """decode_report_text, and the lines of a UTF-8 text whose few broken bytes were read as «�» (see
    damaged_utf8_lines; empty for every other text)."""
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _looks_utf16(data):
        broken = damaged_utf8_lines(data)
        if broken:
            text = data.decode("utf-8", errors="replace")
            if "\x00" in text:  # broken bytes and a NUL too: the NUL as one more broken place, or binary
                nul_lines = _stray_nul_lines(text)
                if nul_lines is None or len(set(broken + nul_lines)) > MAX_BROKEN_UTF8:
                    raise ReportError("это не текстовый файл (двоичные данные)", file=file_name)
                text, broken = text.replace("\x00", "\ufffd"), sorted(set(broken + nul_lines))
            return text.replace("\r\n", "\n").replace("\r", "\n"), broken
    encoding = detect_encoding(data)
    if encoding is None:
        if b"\x00" in data and not _looks_utf16(data):
            raise ReportError("это не текстовый файл (двоичные данные)", file=file_name)
        raise ReportError(UNRECOGNISED, file=file_name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise ReportError(UNRECOGNISED, file=file_name) from None
    if "\x00" in text:
        nul_lines = _stray_nul_lines(text) if encoding in ("utf_8", "utf-8-sig") else None
        if nul_lines is None:
            raise ReportError("это не текстовый файл (двоичные данные)", file=file_name)
        # a UTF-8 report with a NUL byte or two (a copy cut short, a field from a database) is still the report:
        # read as a broken byte is, «�» in its place and its lines named; before, the quarter was «двоичные данные»
        return text.replace("\x00", "\ufffd").replace("\r\n", "\n").replace("\r", "\n"), nul_lines
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def _stray_nul_lines(text: str) -> list[int] | None:
    """The lines (from 1) of a few NUL characters in a text that is otherwise Russian, as damaged_utf8_lines
    allows broken bytes (at most MAX_BROKEN_UTF8 places, one per thousand characters); None for more (binary)."""
    count = text.count("\x00")
    if count > MAX_BROKEN_UTF8 or count * 1000 > len(text) or _cyrillic_share(text) <= 0.3:
        return None
    lines, at = [], text.find("\x00")
    while at >= 0:
        lines.append(text.count("\n", 0, at) + 1)
        at = text.find("\x00", at + 1)
    return sorted(set(lines))
