"""The vocabulary of the three case kinds (see shared/domain/procedure.md).

Codes are English and stored in the database; labels are the Chinese words the
ledger and the interface use.
"""

from __future__ import annotations

import enum
from typing import Self


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a Chinese label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> Self:
        for member in cls:
            if member.label == label:
                return member
        raise KeyError(label)


class CaseKind(LabelledEnum):
    """案件类型."""

    MEDIATION = ("mediation", "调解")
    ARBITRATION = ("arbitration", "仲裁")
    INSPECTION = ("inspection", "监察")


class CaseStatus(LabelledEnum):
    """The current stage of a case; finer stages come with the case workflow."""

    RECEIVED = ("received", "收件")
    ACCEPTED = ("accepted", "已受理")
    REFUSED = ("refused", "不予受理")
    SUSPENDED = ("suspended", "中止")
    CLOSED = ("closed", "已结案")


class ClosureMode(LabelledEnum):
    """结案方式. Labels repeat across kinds (撤回), so look them up per kind."""

    AGREEMENT = ("agreement", "调解成功")
    NO_AGREEMENT = ("no_agreement", "调解不成")
    WITHDRAWN = ("withdrawn", "撤回")
    AWARD = ("award", "裁决")
    MEDIATED = ("mediated", "调解")
    DEEMED_WITHDRAWN = ("deemed_withdrawn", "按撤回处理")  # Rules Art. 39
    CANCELLED = ("cancelled", "撤销案件")  # Rules Art. 32
    TERMINATED = ("terminated", "终止")  # Rules Art. 48
    RECTIFICATION = ("rectification", "责令改正")
    PENALTY = ("penalty", "行政处罚")
    REFERRAL = ("referral", "移送")
    FILING_REVOKED = ("filing_revoked", "撤销立案")  # 劳动保障监察条例 Art. 18


CLOSURE_MODES_BY_KIND: dict[CaseKind, tuple[ClosureMode, ...]] = {
    CaseKind.MEDIATION: (ClosureMode.AGREEMENT, ClosureMode.NO_AGREEMENT, ClosureMode.WITHDRAWN),
    CaseKind.ARBITRATION: (
        ClosureMode.AWARD,
        ClosureMode.MEDIATED,
        ClosureMode.WITHDRAWN,
        ClosureMode.DEEMED_WITHDRAWN,
        ClosureMode.CANCELLED,
        ClosureMode.TERMINATED,
    ),
    CaseKind.INSPECTION: (
        ClosureMode.RECTIFICATION,
        ClosureMode.PENALTY,
        ClosureMode.REFERRAL,
        ClosureMode.FILING_REVOKED,
    ),
}


def closure_mode_for(kind: CaseKind, label: str) -> ClosureMode | None:
    """The closure mode a ledger label means for this kind of case, or None."""
    for mode in CLOSURE_MODES_BY_KIND[kind]:
        if mode.label == label:
            return mode
    return None


class DisputeType(LabelledEnum):
    """争议类型; the ledger joins several with 、."""

    REMUNERATION = ("remuneration", "劳动报酬")
    CONTRACT_END = ("contract_end", "解除终止劳动合同")
    SOCIAL_INSURANCE = ("social_insurance", "社会保险")
    WORK_INJURY = ("work_injury", "工伤待遇")
    COMPENSATION = ("compensation", "经济补偿赔偿金")
    WORKING_TIME = ("working_time", "工作时间休息休假")
    RELATIONSHIP = ("relationship", "确认劳动关系")
    PERSONNEL = ("personnel", "人事争议")
    OTHER = ("other", "其他")


class PartyKind(LabelledEnum):
    PERSON = ("person", "自然人")
    ORGANISATION = ("organisation", "用人单位")


# A dispute with this many workers or more is a collective dispute (集体劳动人事争议;
# the Law Art. 7 and the Rules Art. 2 speak of "ten or more workers").
COLLECTIVE_HEADCOUNT = 10


def is_collective(headcount: int) -> bool:
    """集体劳动人事争议: ten or more workers with a common claim."""
    return headcount >= COLLECTIVE_HEADCOUNT


def case_status(code: str) -> CaseStatus:
    """The status whose stored code is ``code``."""
    return CaseStatus(code)  # type: ignore[call-arg]  # a value lookup, not a new member
