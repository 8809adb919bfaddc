"""One text policy for every entry point: what a typed, pasted or imported text may hold.

The same value is accepted or refused the same way whether it comes from the ledger
import, the intake form, an editor, an administrator's page or a template field, and on
SQLite exactly as on PostgreSQL (which refuses NUL bytes and over-long text on its own,
SQLite never): every check happens here, before anything is written.

- **Pasted line breaks are normalised**: ``\\r\\n`` and ``\\r`` become ``\\n``; the vertical
  tab Excel pastes from Word (``\\x0b``), the form feed and the Unicode line and paragraph
  separators become a line break in a text of several lines, and a space in a one-line
  field. Zero-width characters and a stray byte-order mark are dropped.
- **Other control characters are refused**, with the character's position: NUL, the
  C0 and C1 controls, DEL, unpaired surrogates. A one-line field (a name, an address)
  also refuses a line break; tab and line break are fine in a text of several lines.
- **One length per field**, counted in characters as PostgreSQL counts them, taken from
  the column that stores it (``inputs.fields``), and named in the message.
- **Digits a person types in full width** (``１２３``, ``Ｘ``, the ideographic space) are
  normalised to ASCII where the value is a number, a date, an ID or a code
  (``ascii_digits``); digits of other scripts are not digits there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

WHITESPACE = " \t\r\n\u3000\xa0"
_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_DROPPED = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_FULL_WIDTH = {**{0xFF10 + n: ord("0") + n for n in range(10)}, 0x3000: ord(" ")}
_FULL_WIDTH.update({0xFF21 + n: ord("A") + n for n in range(26)})
_FULL_WIDTH.update({0xFF41 + n: ord("a") + n for n in range(26)})
_FULL_WIDTH.update({ord("－"): ord("-"), ord("／"): ord("/"), ord("．"): ord(".")})
_FULL_WIDTH.update({ord("，"): ord(","), ord("："): ord(":"), ord("＋"): ord("+")})


def normalise_breaks(text: str, *, multiline: bool) -> str:
    """Pasted line breaks as ``\\n`` (or a space in a one-line field); zero-width dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_DROPPED)
    replacement = "\n" if multiline else " "
    for char in _BREAKS:
        if char in text:
            text = text.replace(char, replacement)
    return text


def forbidden_character(text: str, *, multiline: bool) -> tuple[int, str] | None:
    """The first character no field may hold, as (1-based position, description)."""
    for position, char in enumerate(text, start=1):
        code = ord(char)
        if char == "\n" or char == "\t":
            if not multiline:
                return position, "换行" if char == "\n" else "制表符"
            continue
        if 0xD800 <= code <= 0xDFFF:
            return position, f"无法保存的字符（U+{code:04X}）"
        if unicodedata.category(char) == "Cc":
            name = "空字符 NUL" if code == 0 else "不可见的控制字符"
            return position, f"{name}（U+{code:04X}）"
    return None


def check_text(value: Any, *, max_length: int, multiline: bool = False) -> str:
    """``value`` as text a field may hold: normalised, trimmed, or ``ValueError`` in Chinese.

    '' stands for an empty field; numbers keep their integer form (``12.0`` → ``12``).
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = normalise_breaks(str(value), multiline=multiline).strip(WHITESPACE)
    found = forbidden_character(text, multiline=multiline)
    if found is not None:
        position, what = found
        if what in ("换行", "制表符"):
            raise ValueError(f"不能包含{what}（第 {position} 个字符），请写在一行内")
        raise ValueError(f"含有{what}（第 {position} 个字符），请删除后重新填写")
    if len(text) > max_length:
        raise ValueError(f"过长：{len(text)} 个字，最多 {max_length} 个字")
    return text


def ascii_digits(text: str) -> str:
    """Full-width digits, Latin letters and the ideographic space in their ASCII form."""
    return text.translate(_FULL_WIDTH)


@dataclass(frozen=True)
class TextField:
    """A text an entry point accepts: its name in messages, its length, one line or several."""

    label: str
    max_length: int
    multiline: bool = False

    def clean(self, value: Any) -> str:
        """The text to store ('' for empty), or ``ValueError`` naming nothing but the problem
        (the caller knows the row and the column, or the form field, to name)."""
        return check_text(value, max_length=self.max_length, multiline=self.multiline)

    def optional(self, value: Any) -> str | None:
        """``clean`` with None for an empty field."""
        return self.clean(value) or None

    def required(self, value: Any) -> str:
        """``clean``, refusing an empty field."""
        text = self.clean(value)
        if not text:
            raise ValueError("必填，不能为空")
        return text

    def checked(self, value: Any) -> str:
        """``clean``, with the field's name in front of the problem (for a form's message)."""
        try:
            return self.clean(value)
        except ValueError as exc:
            raise ValueError(f"{self.label}{exc}") from None
