"""One ledger row: checked cell by cell and across cells, or a list of problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from xinxiang_arbitration.domain import (
    CLOSURE_MODES_BY_KIND,
    CaseKind,
    CaseStatus,
    ClosureMode,
    DisputeType,
    closure_mode_for,
)
from xinxiang_arbitration.errors import RowProblem
from xinxiang_arbitration.inputs import fields
from xinxiang_arbitration.inputs.text import TextField
from xinxiang_arbitration.inputs.values import (
    NO,
    YES,
    clean_text,
    parse_amount,
    parse_credit_code,
    parse_date,
    parse_headcount,
    parse_resident_id,
    parse_yes_no,
)
from xinxiang_arbitration.ledger import columns as col

T = TypeVar("T")
KIND_LABELS = "、".join(k.label for k in CaseKind)
DISPUTE_LABELS = "、".join(d.label for d in DisputeType)


@dataclass(frozen=True)
class LedgerRow:
    """A valid ledger row, in the core's types."""

    number: str
    kind: CaseKind
    applicant: str
    applicant_id_number: str | None
    respondent: str
    credit_code: str | None
    dispute_types: tuple[DisputeType, ...]
    headcount: int
    claim_amount: Decimal | None
    mediation_org: str | None
    received_on: dt.date
    accepted_on: dt.date | None
    refused: bool
    suspended_on: dt.date | None
    resumed_on: dt.date | None
    extended: bool
    closed_on: dt.date | None
    closure_mode: ClosureMode | None
    handler: str | None
    notes: str | None

    @property
    def status(self) -> CaseStatus:
        if self.closed_on is not None:
            return CaseStatus.CLOSED
        if self.refused:
            return CaseStatus.REFUSED
        if self.suspended_on is not None and self.resumed_on is None:
            return CaseStatus.SUSPENDED
        if self.accepted_on is not None:
            return CaseStatus.ACCEPTED
        return CaseStatus.RECEIVED

    def cells(self) -> list[Any]:
        """The row as the export writes it, in ``columns.ALL`` order."""
        closure = self.closure_mode.label if self.closure_mode else None
        return [
            self.number,
            self.kind.label,
            self.applicant,
            self.applicant_id_number,
            self.respondent,
            self.credit_code,
            col.DISPUTE_SEPARATOR.join(d.label for d in self.dispute_types),
            self.headcount,
            self.claim_amount,
            self.mediation_org,
            self.received_on,
            self.accepted_on,
            YES if self.refused else NO,
            self.suspended_on,
            self.resumed_on,
            YES if self.extended else NO,
            self.closed_on,
            closure,
            self.handler,
            self.notes,
        ]


class _RowReader:
    """Collects every problem of one row instead of stopping at the first."""

    def __init__(self, row_number: int, cells: Mapping[str, Any]) -> None:
        self.row_number = row_number
        self.cells = cells
        self.problems: list[RowProblem] = []

    def problem(self, column: str, text: str) -> None:
        self.problems.append(RowProblem(self.row_number, column, text))

    def text(self, column: str, field: TextField, *, required: bool = False) -> str | None:
        """A text cell under the one text policy (``inputs.text``): its length and characters."""
        try:
            value = field.clean(self.cells.get(column))
        except ValueError as exc:
            self.problem(column, str(exc))
            return None
        if not value:
            if required:
                self.problem(column, "必填，不能为空")
            return None
        return value

    def parsed(
        self, column: str, parser: Callable[[Any], T], *, required: bool = False
    ) -> T | None:
        raw = self.cells.get(column)
        if clean_text(raw) == "":
            if required:
                self.problem(column, "必填，不能为空")
            return None
        try:
            return parser(raw)
        except ValueError as exc:
            self.problem(column, str(exc))
            return None


def _dispute_types(text: str) -> tuple[DisputeType, ...]:
    found: list[DisputeType] = []
    for part in (p.strip() for p in text.split(col.DISPUTE_SEPARATOR)):
        try:
            kind = DisputeType.from_label(part)
        except KeyError:
            raise ValueError(f"未知的争议类型“{part}”，应为 {DISPUTE_LABELS}") from None
        if kind in found:
            raise ValueError(f"争议类型“{part}”重复")
        found.append(kind)
    return tuple(found)


def _kind(text: str) -> CaseKind:
    try:
        return CaseKind.from_label(clean_text(text))
    except KeyError:
        raise ValueError(f"未知的案件类型“{clean_text(text)}”，应为 {KIND_LABELS}") from None


def _before(later: dt.date, earlier: dt.date, what: str) -> str:
    return f"早于{what} ({later.isoformat()} < {earlier.isoformat()})"


def read_row(row_number: int, cells: Mapping[str, Any]) -> LedgerRow | list[RowProblem]:
    """Check one row; return it in the core's types, or every problem found."""
    r = _RowReader(row_number, cells)
    number = r.text(col.NUMBER, fields.CASE_NUMBER, required=True)
    kind = r.parsed(col.KIND, _kind, required=True)
    applicant = r.text(col.APPLICANT, fields.APPLICANT, required=True)
    id_number = r.parsed(col.APPLICANT_ID, parse_resident_id)
    respondent = r.text(col.RESPONDENT, fields.RESPONDENT, required=True)
    credit_code = r.parsed(col.CREDIT_CODE, parse_credit_code)
    disputes = r.parsed(col.DISPUTE_TYPES, lambda v: _dispute_types(clean_text(v)), required=True)
    headcount = r.parsed(col.HEADCOUNT, parse_headcount) or 1
    amount = r.parsed(col.CLAIM_AMOUNT, parse_amount)
    org = r.text(col.MEDIATION_ORG, fields.ORG_NAME)
    received = r.parsed(col.RECEIVED_ON, parse_date, required=True)
    accepted = r.parsed(col.ACCEPTED_ON, parse_date)
    refused = bool(r.parsed(col.REFUSED, parse_yes_no))
    suspended = r.parsed(col.SUSPENDED_ON, parse_date)
    resumed = r.parsed(col.RESUMED_ON, parse_date)
    extended = bool(r.parsed(col.EXTENDED, parse_yes_no))
    closed = r.parsed(col.CLOSED_ON, parse_date)
    mode_text = r.text(col.CLOSURE_MODE, fields.CLOSURE_MODE)
    handler = r.text(col.HANDLER, fields.HANDLER)
    notes = r.text(col.NOTES, fields.NOTES)

    mode: ClosureMode | None = None
    if kind is not None:
        if kind is CaseKind.MEDIATION and org is None:
            r.problem(col.MEDIATION_ORG, "调解案件必须填写调解组织")
        if mode_text is not None:
            mode = closure_mode_for(kind, mode_text)
            if mode is None:
                allowed = "、".join(m.label for m in CLOSURE_MODES_BY_KIND[kind])
                r.problem(col.CLOSURE_MODE, f"{kind.label}案件没有“{mode_text}”，应为 {allowed}")
        if suspended is not None and kind is not CaseKind.ARBITRATION:
            r.problem(col.SUSPENDED_ON, "只有仲裁案件可以中止")
        if closed is not None and accepted is None and kind is not CaseKind.MEDIATION:
            r.problem(col.ACCEPTED_ON, f"{kind.label}案件已结案，须填写受理日期")
    if closed is not None and mode_text is None:
        r.problem(col.CLOSURE_MODE, "已填写结案日期，须填写结案方式")
    if closed is None and mode_text is not None:
        r.problem(col.CLOSED_ON, "已填写结案方式，须填写结案日期")
    if refused and accepted is not None:
        r.problem(col.REFUSED, "不予受理的案件不能有受理日期")
    if refused and closed is not None:
        r.problem(col.REFUSED, "不予受理的案件不能有结案日期")
    _check_date_order(r, received, accepted, suspended, resumed, closed, kind)

    if r.problems:
        return r.problems
    assert number and kind and applicant and respondent and disputes and received
    return LedgerRow(
        number=number,
        kind=kind,
        applicant=applicant,
        applicant_id_number=id_number,
        respondent=respondent,
        credit_code=credit_code,
        dispute_types=disputes,
        headcount=headcount,
        claim_amount=amount,
        mediation_org=org,
        received_on=received,
        accepted_on=accepted,
        refused=refused,
        suspended_on=suspended,
        resumed_on=resumed,
        extended=extended,
        closed_on=closed,
        closure_mode=mode,
        handler=handler,
        notes=notes,
    )


def _check_date_order(
    r: _RowReader,
    received: dt.date | None,
    accepted: dt.date | None,
    suspended: dt.date | None,
    resumed: dt.date | None,
    closed: dt.date | None,
    kind: CaseKind | None,
) -> None:
    if received and accepted and accepted < received:
        r.problem(col.ACCEPTED_ON, _before(accepted, received, "收件日期"))
    if suspended is not None:
        if accepted is None:
            r.problem(col.SUSPENDED_ON, "未受理的案件不能中止")
        elif suspended < accepted:
            r.problem(col.SUSPENDED_ON, _before(suspended, accepted, "受理日期"))
    if resumed is not None:
        if suspended is None:
            r.problem(col.RESUMED_ON, "没有中止日期，不能填写恢复日期")
        elif resumed < suspended:
            r.problem(col.RESUMED_ON, _before(resumed, suspended, "中止日期"))
    if closed is None:
        return
    start, what = received, "收件日期"
    if kind is not CaseKind.MEDIATION and accepted is not None:
        start, what = accepted, "受理日期"
    if start and closed < start:
        r.problem(col.CLOSED_ON, _before(closed, start, what))
    if suspended is not None and resumed is None:
        r.problem(col.RESUMED_ON, "案件已结案，中止须先恢复（请填写恢复日期）")
    if resumed is not None and closed < resumed:
        r.problem(col.CLOSED_ON, _before(closed, resumed, "恢复日期"))
