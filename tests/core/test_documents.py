"""Case documents: filling templates, refusing what cannot be filled, versions, batches."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import func, select

from tests.doc_cases import DocCases, make_doc_cases
from xinxiang_arbitration import proceedings as pr
from xinxiang_arbitration.documents import making
from xinxiang_arbitration.documents import templates as tmpl
from xinxiang_arbitration.documents.engine import MissingFields, check_template
from xinxiang_arbitration.documents.field_docs import fields_markdown
from xinxiang_arbitration.errors import InvalidInput
from xinxiang_arbitration.models import AuditEntry, GeneratedDocument
from xinxiang_arbitration.security import audit
from xinxiang_arbitration.storage.db import Database

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 25)


def text_of(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def make(db: Database, number: str, template: str) -> str:
    return text_of(making.make_document(db, number, template, actor="王芳", today=TODAY).content)


def _stored(db: Database) -> int:
    with db.transaction() as s:
        return int(s.scalar(select(func.count()).select_from(GeneratedDocument)) or 0)


@pytest.fixture
def cases(db: Database) -> DocCases:
    return make_doc_cases(db)


def test_non_final_award_names_the_parties_amounts_and_the_right_to_sue(
    db: Database, cases: DocCases
) -> None:
    text = make(db, cases.arbitration, "仲裁裁决书")
    assert cases.arbitration in text
    assert "申请人：张伟，女，1949年12月31日出生，公民身份号码11010519491231002X" in text
    assert "法定代表人：赵强，总经理。" in text
    assert "委托代理人：钱律，河南牧野律师事务所（律师）。" in text
    assert "1. 支付2026年7月至9月工资（12,345.60元）" in text
    assert "2. 支付解除劳动合同经济补偿（8,000.00元）" in text
    assert (
        "12,345.60元（大写：人民币壹万贰仟叁佰肆拾伍元陆角整），于本裁决书生效之日起15日内" in text
    )
    assert "由仲裁员孙晶担任首席仲裁员，仲裁员姚瑶、田博参加审理，于2026年12月3日" in text
    # Law Art. 50: either party may sue within 15 days; no Art. 47/49 remedies
    assert "第五十条" in text and "十五日内向人民法院提起诉讼" in text
    assert "中级人民法院" not in text and "终局裁决" not in text
    assert "二〇二六年十一月二十五日" in text
    assert "{{" not in text and "{%" not in text


def test_final_award_gives_the_worker_15_days_and_the_employer_30_to_revoke(db: Database) -> None:
    cases = make_doc_cases(db, final_award=True)
    text = make(db, cases.arbitration, "仲裁裁决书")
    assert "本裁决为终局裁决" in text and "第四十七条" in text
    assert "劳动者对本裁决不服的，可以自收到本裁决书之日起十五日内" in text
    assert "三十日内向本委所在地的中级人民法院申请撤销裁决" in text
    assert "第五十条" not in text


def test_an_award_is_refused_until_finality_is_decided(db: Database) -> None:
    cases = make_doc_cases(db)
    with db.transaction() as s:
        from xinxiang_arbitration.models import Case

        s.scalars(select(Case).where(Case.number == cases.arbitration)).one().final_award = None
    with pytest.raises(MissingFields, match="是否终局裁决"):
        make(db, cases.arbitration, "仲裁裁决书")


def test_hearing_notice_without_a_hearing_names_the_field_and_saves_nothing(
    db: Database, cases: DocCases
) -> None:
    before = _stored(db)
    with pytest.raises(MissingFields) as refused:
        make(db, cases.inspection, "开庭通知书")
    assert "开庭日期" in str(refused.value) and "hearing.date" in refused.value.paths
    assert _stored(db) == before


def test_hearing_notice_prints_date_weekday_time_and_room(db: Database, cases: DocCases) -> None:
    text = make(db, cases.arbitration, "开庭通知书")
    assert "定于2026年12月3日（星期四）9时30分在第一仲裁庭开庭审理" in text


def test_made_documents_are_kept_with_the_case_and_checked_on_reading(
    db: Database, cases: DocCases
) -> None:
    made = making.make_document(db, cases.arbitration, "受理通知书", actor="王芳", today=TODAY)
    listed = making.case_documents(db, cases.arbitration)
    assert [(d.title, d.template, d.made_by, d.sha256) for d in listed] == [
        ("受理通知书", "受理通知书", "王芳", made.sha256)
    ]
    assert making.document_content(db, listed[0].id) == made.content
    assert made.file_name.endswith("-受理通知书.docx")
    with db.transaction() as s:  # and in the audit log: who made which file from what
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.actor, entry.action) == ("王芳", "document.make")
    assert entry.details["case"] == cases.arbitration
    assert entry.details["sha256"] == made.sha256 and entry.details["template"] == "受理通知书"
    assert audit.verify(db).ok


def _docx_with(body_text: str) -> bytes:
    doc = Document()
    doc.add_paragraph(body_text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_template_check_lists_every_problem() -> None:
    assert check_template(_docx_with("{{ case.number }} {{ applicant.name|date_cn }}")) == []
    problems = check_template(
        _docx_with(
            "{{ case.numbr }} {{ nobody }} {{ case.number|shout }} {% for c in claims %}"
            "{{ c.txt }}{% endfor %}"
        )
    )
    assert any("case.numbr" in p for p in problems)
    assert any("nobody" in p for p in problems)
    assert any("shout" in p for p in problems)
    assert any("c.txt" in p for p in problems)
    broken = check_template(_docx_with("{% if case.number %}没有结束"))
    assert len(broken) == 1 and "模板语法错误" in broken[0]
    assert check_template(b"plain text, not a docx") == ["不是 Word 文档（.docx）文件"]
    not_word = io.BytesIO()
    with zipfile.ZipFile(not_word, "w") as z:
        z.writestr("hello.txt", "x")
    assert "无法打开 Word 文档" in check_template(not_word.getvalue())[0]


def test_office_template_is_a_new_version_and_the_old_one_can_be_restored(
    db: Database, cases: DocCases
) -> None:
    shipped = next(t for t in tmpl.list_templates(db) if t.name == "受理通知书")
    with pytest.raises(InvalidInput, match=r"case\.numbr"):
        tmpl.import_template(db, "受理通知书", _docx_with("{{ case.numbr }}"), actor="管理员")
    assert tmpl.template_versions(db, "受理通知书") == [shipped]  # refused: nothing changed

    ours = tmpl.import_template(
        db, "受理通知书", _docx_with("本委受理通知：{{ case.number }}"), actor="管理员"
    )
    assert (ours.version, ours.origin, ours.active) == (shipped.version + 1, "office", True)
    assert make(db, cases.arbitration, "受理通知书") == f"本委受理通知：{cases.arbitration}"

    tmpl.restore_template(db, "受理通知书", shipped.version, actor="管理员")
    assert "经审查，符合受理条件" in make(db, cases.arbitration, "受理通知书")
    made_from = [d.template_version for d in making.case_documents(db, cases.arbitration)]
    assert made_from == [ours.version, shipped.version]
    assert [(v.version, v.active) for v in tmpl.template_versions(db, "受理通知书")] == [
        (shipped.version, True),
        (ours.version, False),
    ]


def test_batch_of_hearing_notices_reports_failures_and_stops_on_cancel(
    db: Database, cases: DocCases
) -> None:
    numbers = [cases.arbitration, cases.mediation, cases.arbitration]
    result = making.make_batch(db, numbers, "开庭通知书", actor="王芳", today=TODAY)
    assert [m.case_number for m in result.made] == [cases.arbitration, cases.arbitration]
    assert result.failed[0][0] == cases.mediation and "开庭日期" in result.failed[0][1]
    assert not result.cancelled

    seen: list[tuple[int, int]] = []

    def stop_after_one(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 1

    before = _stored(db)
    result = making.make_batch(
        db, [cases.arbitration] * 5, "开庭通知书", actor="王芳", progress=stop_after_one
    )
    assert result.cancelled and len(result.made) == 1 and seen == [(0, 5), (1, 5)]
    assert _stored(db) == before + 1
    assert making.cases_with_hearings(db, dt.date(2026, 12, 1), dt.date(2026, 12, 7)) == [
        cases.arbitration
    ]


def test_every_shipped_template_fills_for_a_case_of_its_kind(db: Database, cases: DocCases) -> None:
    templates = tmpl.list_templates(db)
    assert len(templates) == len(list((ROOT / "resources" / "templates").glob("*.docx")))
    for template in templates:
        assert check_template(tmpl.template_content(db, template.name)) == [], template.name
        for kind in template.kinds or ("arbitration",):
            number = cases.of_kind(kind)
            try:
                text = make(db, number, template.name)
            except MissingFields as exc:  # only what this demo case genuinely lacks
                assert kind != "arbitration", f"{template.name}: {exc}"
                continue
            assert "{{" not in text and "{%" not in text and "}}" not in text, template.name
            assert not re.search(r"，，|。。|：：", text), template.name


def test_template_field_list_in_docs_is_current() -> None:
    assert (ROOT / "docs" / "template-fields.md").read_text(encoding="utf-8") == fields_markdown()


def test_conflicting_hearings_are_refused_with_the_conflict(db: Database, cases: DocCases) -> None:
    # another arbitration case sharing the respondent's arbitrator 孙晶 and the room
    from xinxiang_arbitration.cases import life as life
    from xinxiang_arbitration.cases.intake import NewCase, create_case
    from xinxiang_arbitration.domain import CaseKind, DisputeType

    other = create_case(
        db,
        NewCase(
            kind=CaseKind.ARBITRATION,
            applicant="周敏",
            respondent="新乡市卫滨商贸有限公司",
            dispute_types=[DisputeType.REMUNERATION],
            received_on=dt.date(2026, 11, 10),
        ),
        actor="王芳",
    ).number
    life.accept(db, other, dt.date(2026, 11, 11), actor="王芳")
    pr.set_tribunal(db, other, appointed_on=dt.date(2026, 11, 12), actor="王芳", sole="孙晶")
    with pytest.raises(pr.HearingConflict) as refused:
        pr.schedule_hearing(
            db,
            other,
            on=dt.date(2026, 12, 3),
            starts_at=dt.time(10, 30),
            ends_at=dt.time(12, 0),
            room="第一仲裁庭",
            actor="王芳",
            today=TODAY,
        )
    assert refused.value.conflicts == [
        f"第一仲裁庭已被{cases.arbitration} 09:30–11:00占用",
        f"仲裁员孙晶已在{cases.arbitration} 09:30–11:00开庭",
    ]
    # right after the first hearing ends, in another room: fine
    booked = pr.schedule_hearing(
        db,
        other,
        on=dt.date(2026, 12, 3),
        starts_at=dt.time(11, 0),
        ends_at=dt.time(12, 0),
        room="第二仲裁庭",
        actor="王芳",
        today=TODAY,
    )
    assert booked.notice_latest == dt.date(2026, 11, 26) and booked.warnings == ()
    late = pr.schedule_hearing(
        db,
        other,
        on=dt.date(2026, 12, 4),
        starts_at=dt.time(9, 0),
        ends_at=dt.time(10, 0),
        room="第二仲裁庭",
        actor="王芳",
        today=dt.date(2026, 12, 1),
    )
    assert "开庭前5日" in late.warnings[0]
    week = pr.hearings_between(db, dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert [(h.case_number, h.starts_at) for h in week] == [
        (cases.arbitration, dt.time(9, 30)),
        (other, dt.time(11, 0)),
        (other, dt.time(9, 0)),
    ]


def test_shipped_templates_match_their_descriptions() -> None:
    import subprocess
    import sys

    build = ROOT / "scripts" / "templates" / "build.py"
    done = subprocess.run(
        [sys.executable, str(build), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_acceptance_notice_counts_the_award_period_as_the_clocks_do(
    db: Database, cases: DocCases
) -> None:
    # accepted 11-04; 2 days suspended (11-10 to 11-12): 45 days + 2 → 2026-12-21
    assert "即应于2026年12月21日前结束" in make(db, cases.arbitration, "受理通知书")
    # a changed claim on 11-13 restarts the clock (Rules Art. 46): 11-13 + 45 → 2026-12-28
    from xinxiang_arbitration.cases import life as life

    life.restart_award_clock(
        db, cases.arbitration, dt.date(2026, 11, 13), reason="claim_changed", actor="王芳"
    )
    assert "即应于2026年12月28日前结束" in make(db, cases.arbitration, "受理通知书")
