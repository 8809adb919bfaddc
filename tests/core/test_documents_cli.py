"""``document …`` on the command line: what a clerk types, what lands on disk and stderr."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from tests.doc_cases import make_doc_cases
from xinxiang_arbitration.cli import commands as cli
from xinxiang_arbitration.documents.making import case_documents
from xinxiang_arbitration.storage.db import Database


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _docx(text: str, path: Path) -> Path:
    doc = Document()
    doc.add_paragraph(text)
    doc.save(str(path))
    return path


def test_make_docx_lists_templates_and_refuses_bad_input(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = make_doc_cases(db)
    assert cli.main(["--db", _url(db), "document", "list-templates", "--kind", "mediation"]) == 0
    listed = capsys.readouterr().out
    assert "送达回证\t第1版\t随软件提供" in listed and "仲裁裁决书" not in listed

    out = tmp_path / "notice.docx"
    args = ["--db", _url(db), "document", "make", "--case", cases.arbitration]
    assert (
        cli.main([*args, "--template", "开庭通知书", "--out", str(out), "--date", "2026-11-25"])
        == 0
    )
    text = "\n".join(p.text for p in Document(io.BytesIO(out.read_bytes())).paragraphs)
    assert "定于2026年12月3日（星期四）9时30分在第一仲裁庭开庭审理" in text
    assert len(case_documents(db, cases.arbitration)) == 1
    capsys.readouterr()

    missing_folder = tmp_path / "no" / "x.docx"
    assert cli.main([*args, "--template", "开庭通知书", "--out", str(missing_folder)]) == 1
    assert capsys.readouterr().err.strip() == f"输出文件夹不存在：{missing_folder.parent}"
    assert cli.main([*args, "--template", "不存在的模板", "--out", str(out)]) == 1
    assert "没有名为《不存在的模板》的模板" in capsys.readouterr().err
    mediation = ["--db", _url(db), "document", "make", "--case", cases.mediation]
    no_hearing = tmp_path / "none.docx"
    assert cli.main([*mediation, "--template", "开庭通知书", "--out", str(no_hearing)]) == 1
    assert "案件缺少 “开庭日期”（hearing.date）" in capsys.readouterr().err
    assert not no_hearing.exists()
    assert len(case_documents(db, cases.arbitration)) == 1  # the refused ones left nothing


def test_check_and_import_template(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _docx("{{ case.number }}：{{ applicant.name }}", tmp_path / "好模板.docx")
    bad = _docx("{{ case.nubmer }} {% if %}", tmp_path / "坏模板.docx")
    assert cli.main(["--db", _url(db), "document", "check-template", str(good)]) == 0
    assert cli.main(["--db", _url(db), "document", "check-template", str(bad)]) == 1
    assert "模板语法错误" in capsys.readouterr().err
    assert cli.main(["--db", _url(db), "document", "import-template", str(good)]) == 0
    assert "已导入模板《好模板》第1版" in capsys.readouterr().out
    text_file = tmp_path / "a.docx"
    text_file.write_text("not a word file")
    assert cli.main(["--db", _url(db), "document", "import-template", str(text_file)]) == 1
    assert "不是 Word 文档（.docx）文件" in capsys.readouterr().err


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice is not installed (scripts/setup.sh installs libreoffice-writer-nogui)",
)
def test_make_pdf_embeds_its_fonts(db: Database, tmp_path: Path) -> None:
    cases = make_doc_cases(db)
    out = tmp_path / "award.pdf"
    assert (
        cli.main(
            [
                "--db",
                _url(db),
                "document",
                "make",
                "--case",
                cases.arbitration,
                "--template",
                "仲裁裁决书",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_bytes().startswith(b"%PDF-")
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts.stdout
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert cases.arbitration.replace("〔", "")[:4] in text.replace("〔", "")
    assert "人民币壹万贰仟叁佰肆拾伍元陆角整" in text.replace("\n", "")
