"""The one text policy (inputs.text, inputs.fields): what every entry point accepts."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text

from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.inputs.text import TextField, ascii_digits, check_text
from xinxiang_arbitration.models import Base


def test_pasted_line_breaks_are_normalised() -> None:
    assert check_text("第一行\r\n第二行\r第三行", max_length=50, multiline=True) == (
        "第一行\n第二行\n第三行"
    )
    # Word's line break pasted through Excel arrives as a vertical tab
    assert check_text("甲\x0b乙\u2028丙", max_length=50, multiline=True) == "甲\n乙\n丙"
    assert check_text("新乡市\x0b某公司", max_length=50) == "新乡市 某公司"


def test_zero_width_characters_and_a_stray_bom_are_dropped() -> None:
    assert check_text("\ufeff张\u200b三", max_length=10) == "张三"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张\x00三", "含有空字符 NUL（U+0000）（第 2 个字符）"),
        ("abc\x07", "含有不可见的控制字符（U+0007）（第 4 个字符）"),
        ("a\x7fb", "含有不可见的控制字符（U+007F）（第 2 个字符）"),
        ("a\x9bb", "含有不可见的控制字符（U+009B）（第 2 个字符）"),
        ("a\ud800b", "含有无法保存的字符（U+D800）（第 2 个字符）"),
    ],
)
def test_control_characters_are_refused_with_their_position(text: str, expected: str) -> None:
    with pytest.raises(ValueError) as refused:
        check_text(text, max_length=10, multiline=True)
    assert str(refused.value).startswith(expected)


def test_a_one_line_field_refuses_a_line_break_and_a_tab() -> None:
    with pytest.raises(ValueError, match="不能包含换行（第 3 个字符）"):
        check_text("张三\n李四", max_length=10)
    with pytest.raises(ValueError, match="不能包含制表符"):
        check_text("张三\t李四", max_length=10)
    assert check_text("张三\t李四\n", max_length=10, multiline=True) == "张三\t李四"


def test_length_is_counted_in_characters_and_named() -> None:
    field = TextField("申请人", 5)
    assert field.clean("新乡市牧野") == "新乡市牧野"
    with pytest.raises(ValueError, match="过长：6 个字，最多 5 个字"):
        field.clean("新乡市牧野区")
    with pytest.raises(ValueError, match=r"^申请人过长"):
        field.checked("新乡市牧野区")
    assert field.optional("  ") is None
    with pytest.raises(ValueError, match="必填"):
        field.required("\u3000")


def test_full_width_digits_and_letters_become_ascii() -> None:
    assert ascii_digits("４１０７０２１９９０１２３１００１Ｘ") == "41070219901231001X"
    assert ascii_digits("２０２６－０３－０７") == "2026-03-07"
    assert ascii_digits("\u0664\u0665") == "\u0664\u0665"  # Arabic-Indic digits stay what they are


def test_every_limit_is_the_column_that_stores_it() -> None:
    assert fields.APPLICANT.max_length == 200  # Party.name is String(200)
    assert fields.CASE_NUMBER.max_length == 100
    assert fields.NOTES.multiline and fields.NOTES.max_length == fields.NOTES_LIMIT


def test_every_text_column_without_a_length_has_a_limit() -> None:
    """A Text column has no length of its own: each one users write has its limit in
    ``inputs.fields``, so SQLite cannot take what PostgreSQL would refuse or choke on."""
    unlimited = {
        f"{table.name}.{column.name}"
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, Text)
        or (isinstance(column.type, String) and column.type.length is None)
    }
    internal = {"documents.note"}  # no entry point writes it
    assert unlimited - internal <= set(fields.TEXT_COLUMNS), unlimited - internal
