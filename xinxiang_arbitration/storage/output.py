"""Writing a report file whole or not at all: a temporary file beside it, renamed on success."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from xinxiang_arbitration.errors import InvalidInput


def check_target(path: Path) -> None:
    """Refuse, with one line, a target whose folder is missing or that is a folder itself."""
    folder = path.parent
    if not folder.is_dir():
        raise InvalidInput(f"输出文件夹不存在：{folder}")
    if path.is_dir():
        raise InvalidInput(f"输出路径是一个文件夹，请给出文件名：{path}")


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``path``.

    On any error the temporary file is removed and ``path`` is left as it was.
    """
    check_target(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise InvalidInput(f"无法在文件夹 {path.parent} 中写入：{exc.strerror}") from exc
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except OSError as exc:  # on Windows: the old report is still open in a viewer
            raise InvalidInput(
                f"无法写入 {path}（文件可能正被其他程序打开）：{exc.strerror}"
            ) from exc
    finally:
        temporary.unlink(missing_ok=True)
