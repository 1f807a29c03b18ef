"""A password-protected Word or Excel report is named so, not «LibreOffice could not open the .doc».

Office encrypts a .docx or .xlsx with a password into an OLE compound file (the magic D0 CF 11 E0 of an old .doc)
whose directory holds the streams «EncryptionInfo» and «EncryptedPackage». It sniffed as a Word 97 file and went
to LibreOffice, whose «source file could not be loaded» told the clerk the file was damaged. The containers here are
SYNTHETIC (an OLE header and directory entries with those names; no encryption library is installed), which is
all the rule looks at. On 1.10.17 4 of the 5 cases fail (the three encrypted ones and the English text); the plain
OLE control passes there too.
"""
from __future__ import annotations

import pytest

from analytics.i18n import message_text
from etl.errors import ReportError
from etl.read import PASSWORD_PROTECTED, read_bytes

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _directory_entry(name: str) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return encoded + b"\0" * (64 - len(encoded)) + len(encoded).to_bytes(2, "little") + b"\x02" + b"\0" * 61


def _container(*streams: str, size: int = 8192) -> bytes:
    header = OLE2_MAGIC + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\0" * (512 - 32)
    directory = _directory_entry("Root Entry") + b"".join(_directory_entry(name) for name in streams)
    body = header + directory
    return body + b"\0" * (size - len(body))


@pytest.mark.parametrize("name, streams", [
    pytest.param("отчёт.docx", ("EncryptionInfo", "EncryptedPackage"), id="docx_with_password"),
    pytest.param("отчёт.xlsx", ("EncryptedPackage", "EncryptionInfo", "\x06DataSpaces"), id="xlsx_with_password"),
    pytest.param("отчёт без расширения", ("EncryptedPackage",), id="no_extension"),
])
def test_a_password_protected_file_says_so(name, streams):
    with pytest.raises(ReportError) as caught:
        read_bytes(_container(*streams), name)
    assert caught.value.message == PASSWORD_PROTECTED and caught.value.file == name


def test_the_message_has_english():
    english = message_text(PASSWORD_PROTECTED, "en")
    assert "password" in english and not any("а" <= ch <= "я" for ch in english.lower())


def test_a_plain_ole_file_is_not_called_protected():
    """An old .doc (no encrypted package) still goes to LibreOffice: whatever it says, it is not the password."""
    with pytest.raises(ReportError) as caught:
        read_bytes(_container("WordDocument", "1Table"), "старый.doc")
    assert "паролем" not in caught.value.message
