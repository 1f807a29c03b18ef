"""The character a Word symbol (w:sym, «Вставка → Символ») shows, from its font and code.

Word stores a symbol taken from a symbol font as a code in the private-use area, F000 + the font's byte
(«Symbol» F02D is its minus sign, F0BE its long horizontal line, F0B1 «±»): read as Unicode it is no character at
all, and the reader dropped it — «26<sym F02D>28 сентября» read «2628 сентября», the event dated to the whole
month with no word. A text font's code in that area is the byte of the font's own code page (Windows-1251 for a
Russian document). Pictograph fonts (Wingdings, Webdings…) draw pictures, not text: nothing is read from them.
Pure: font name and code in, text out."""
from __future__ import annotations

import re

# Adobe Symbol encoding, the bytes a person reads as text or signs (Greek letters as such); the bracket and arrow
# pieces above 0xE5 draw parts of a larger sign and read as nothing.
_SYMBOL_LOW = dict(zip(range(0x20, 0x7F),
                       " !∀#∃%&∍()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼"))
_SYMBOL_HIGH = dict(zip(range(0xA0, 0xE6),
                        "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…|—↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑"))
# 0xBD and 0xBE are Symbol's vertical and horizontal line pieces: typed alone they are a bar and a long dash («—»)
_SYMBOL = {**_SYMBOL_LOW, **_SYMBOL_HIGH}
_PICTOGRAPH_FONT = re.compile(r"wingdings|webdings|marlett|dingbats|mt extra|bookshelf", re.IGNORECASE)
_HEX = re.compile(r"[0-9A-Fa-f]{1,4}")


def symbol_text(font: str | None, char: str | None) -> str:
    """'Symbol', 'F02D' → '−'; 'Symbol', 'F0B1' → '±'; 'Times New Roman', 'F0B9' → '№' (Windows-1251);
    'Wingdings', 'F0FC' → ''; any font, '2013' → '–' (a Unicode code as it is)."""
    if not char or not _HEX.fullmatch(char):
        return ""
    code = int(char, 16)
    if not 0xE000 <= code <= 0xF8FF:
        return chr(code) if code >= 0x20 else ""
    if not 0xF020 <= code <= 0xF0FF:
        return ""
    font = (font or "").strip()
    byte = code - 0xF000
    if font.casefold() == "symbol":
        return _SYMBOL.get(byte, "")
    if not font or _PICTOGRAPH_FONT.search(font):
        return ""
    return bytes([byte]).decode("cp1251", "replace").replace("\ufffd", "")
