"""Finding a TrueType CJK font on this PC and registering it with reportlab.

reportlab embeds TrueType (glyf) fonts only; Noto CJK and other OpenType/CFF
fonts fail to load and are skipped. A printed report must carry its fonts so it
prints the same on any PC, hence no fallback to the built-in, unembedded Helvetica.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from xinxiang_arbitration.errors import AppError

BODY = "XA-Body"  # 宋体 / 仿宋 / 明体 for text and tables
HEADING = "XA-Heading"  # 黑体 for the title and headers


@dataclass(frozen=True)
class FontCandidate:
    path: Path
    subfont: int = 0  # index inside a .ttc collection


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _linux(*parts: str) -> Path:
    return Path("/usr/share/fonts/truetype", *parts)


def body_candidates() -> list[FontCandidate]:
    win = _windows_fonts()
    return [
        FontCandidate(win / "simsun.ttc"),
        FontCandidate(win / "simfang.ttf"),
        FontCandidate(win / "simhei.ttf"),
        FontCandidate(_linux("arphic", "uming.ttc")),
        FontCandidate(_linux("wqy", "wqy-zenhei.ttc")),
        FontCandidate(_linux("wqy", "wqy-microhei.ttc")),
        FontCandidate(_linux("arphic", "ukai.ttc")),
    ]


def heading_candidates() -> list[FontCandidate]:
    win = _windows_fonts()
    return [
        FontCandidate(win / "simhei.ttf"),
        FontCandidate(_linux("wqy", "wqy-zenhei.ttc")),
        FontCandidate(_linux("wqy", "wqy-microhei.ttc")),
    ]


def _load(name: str, candidates: list[FontCandidate]) -> FontCandidate | None:
    for c in candidates:
        if not c.path.is_file():
            continue
        try:
            font = TTFont(name, str(c.path), subfontIndex=c.subfont)
        except (TTFError, OSError):  # CFF outlines, a damaged file, no permission
            continue
        pdfmetrics.registerFont(font)
        return c
    return None


@cache
def register_cjk_fonts() -> tuple[str, str]:
    """Register the body and heading faces; returns their reportlab names.

    Without a 黑体-like face the heading uses the body face (still embedded).
    """
    if _load(BODY, body_candidates()) is None:
        raise AppError(
            "找不到可嵌入 PDF 的中文 TrueType 字体（宋体 simsun.ttc、黑体 simhei.ttf 或"
            "文泉驿正黑）：Windows 请安装宋体，Linux 请执行 apt-get install fonts-wqy-zenhei"
        )
    heading = HEADING if _load(HEADING, heading_candidates()) is not None else BODY
    addMapping(BODY, 0, 0, BODY)
    addMapping(BODY, 1, 0, heading)
    addMapping(BODY, 0, 1, BODY)
    addMapping(BODY, 1, 1, heading)
    return BODY, heading
