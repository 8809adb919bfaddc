"""Turning a generated .docx into a PDF with what the PC has: LibreOffice (any system,
headless), or on Windows Microsoft Word or WPS through their automation interface.

LibreOffice and Word embed the fonts they used in the PDF, so it prints the same on
another PC. When none is installed the user is told what to install; nothing else.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from xinxiang_arbitration.errors import AppError

TIMEOUT_SECONDS = 120

_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)

# Word and WPS share Word's automation interface; 17 is wdFormatPDF.
_OFFICE_SCRIPT = r"""
$ErrorActionPreference = 'Stop'
$app = New-Object -ComObject {prog_id}
$app.Visible = $false
try {{
  $doc = $app.Documents.Open('{src}', $false, $true)
  $doc.SaveAs([ref] '{out}', [ref] 17)
  $doc.Close($false)
}} finally {{ $app.Quit() }}
"""


class PdfUnavailable(AppError):
    """No program on this PC can turn a Word document into PDF."""


def find_libreoffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_SOFFICE if Path(p).exists()), None)
    return None


def converter_name() -> str | None:
    """What ``docx_to_pdf`` will use here (for the UI to show), or None."""
    if find_libreoffice():
        return "LibreOffice"
    if sys.platform == "win32":
        return "Microsoft Word 或 WPS"
    return None


def _libreoffice(program: str, src: Path, out_dir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="xa-lo-profile-"))
    try:
        completed = subprocess.run(
            [
                program,
                # a profile of its own: never collide with a LibreOffice the user has open
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(out_dir),
                str(src),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    made = out_dir / (src.stem + ".pdf")
    if completed.returncode != 0 or not made.exists():
        detail = (completed.stderr or completed.stdout).strip()[:300]
        raise AppError(f"LibreOffice 未能把文书转换为 PDF：{detail or '没有输出'}")
    return made


def _windows_office(src: Path, out: Path) -> Path:
    for prog_id in ("Word.Application", "KWPS.Application"):
        script = _OFFICE_SCRIPT.format(prog_id=prog_id, src=src, out=out)
        completed = subprocess.run(
            ["powershell", "-NoProfile", "-NonInteractive", "-Command", script],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        if completed.returncode == 0 and out.exists():
            return out
    raise PdfUnavailable(
        "无法生成 PDF：本机没有可用的 Microsoft Word、WPS 或 LibreOffice。"
        "请安装其中之一（LibreOffice 可免费下载），或在 Word/WPS 中打开文书后另存为 PDF。"
    )


def docx_to_pdf(docx: bytes, out: Path) -> Path:
    """Write the PDF of ``docx`` to ``out`` (atomically: a failed conversion leaves nothing)."""
    with tempfile.TemporaryDirectory(prefix="xa-pdf-") as tmp:
        src = Path(tmp) / "document.docx"
        src.write_bytes(docx)
        program = find_libreoffice()
        if program is not None:
            made = _libreoffice(program, src, Path(tmp))
        elif sys.platform == "win32":
            made = _windows_office(src, Path(tmp) / "document.pdf")
        else:
            raise PdfUnavailable(
                "无法生成 PDF：未安装 LibreOffice。"
                "请运行 sudo apt install libreoffice-writer-nogui 后重试，"
                "或用 Word/WPS 打开 .docx 文书另存为 PDF。"
            )
        partial = out.with_name(out.name + ".part")
        shutil.copyfile(made, partial)
        os.replace(partial, out)
    return out
