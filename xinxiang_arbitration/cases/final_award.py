"""Suggesting 一裁终局 (final award, the Law Art. 47) from the claim items.

Final: claims for labour remuneration, work-injury medical costs, economic
compensation or damages, each not above 12 months of the local monthly minimum
wage at the time of the award; and disputes over working hours, rest and leave,
or social insurance under national labour standards. The arbitrator confirms.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

ARTICLE = "《劳动争议调解仲裁法》第四十七条"
MONTHS = 12


class ClaimCategory(enum.StrEnum):
    REMUNERATION = "remuneration"  # 劳动报酬
    INJURY_MEDICAL = "injury_medical"  # 工伤医疗费
    COMPENSATION = "compensation"  # 经济补偿
    DAMAGES = "damages"  # 赔偿金
    LABOUR_STANDARDS = "labour_standards"  # 工作时间、休息休假、社会保险等标准争议
    OTHER = "other"


CAPPED = {
    ClaimCategory.REMUNERATION,
    ClaimCategory.INJURY_MEDICAL,
    ClaimCategory.COMPENSATION,
    ClaimCategory.DAMAGES,
}
LABELS = {
    ClaimCategory.REMUNERATION: "劳动报酬",
    ClaimCategory.INJURY_MEDICAL: "工伤医疗费",
    ClaimCategory.COMPENSATION: "经济补偿",
    ClaimCategory.DAMAGES: "赔偿金",
    ClaimCategory.LABOUR_STANDARDS: "工作时间、休息休假、社会保险",
    ClaimCategory.OTHER: "其他",
}


class Suggestion(enum.StrEnum):
    FINAL = "final"  # every claim is final: one final award
    PARTLY = "partly"  # some are: a final award for those, a non-final one for the rest
    NOT_FINAL = "not_final"


@dataclass(frozen=True)
class Claim:
    category: ClaimCategory
    amount: Decimal | None


@dataclass(frozen=True)
class FinalAwardSuggestion:
    suggestion: Suggestion
    cap: Decimal
    reasons: tuple[str, ...]


def suggest_final_award(
    claims: Sequence[Claim], monthly_minimum_wage: Decimal
) -> FinalAwardSuggestion:
    cap = monthly_minimum_wage * MONTHS
    reasons: list[str] = []
    final_flags: list[bool] = []
    for n, claim in enumerate(claims, start=1):
        label = LABELS[claim.category]
        if claim.category is ClaimCategory.LABOUR_STANDARDS:
            final_flags.append(True)
            reasons.append(f"第 {n} 项（{label}）属执行国家劳动标准的争议，终局")
        elif claim.category in CAPPED and claim.amount is not None and claim.amount <= cap:
            final_flags.append(True)
            reasons.append(f"第 {n} 项（{label}）{claim.amount} 元，不超过 {cap} 元，终局")
        elif claim.category in CAPPED and claim.amount is not None:
            final_flags.append(False)
            reasons.append(f"第 {n} 项（{label}）{claim.amount} 元，超过 {cap} 元，非终局")
        else:
            final_flags.append(False)
            reasons.append(f"第 {n} 项（{label}）不属一裁终局事项或未列金额，非终局")
    if final_flags and all(final_flags):
        suggestion = Suggestion.FINAL
    elif any(final_flags):
        suggestion = Suggestion.PARTLY
    else:
        suggestion = Suggestion.NOT_FINAL
    reasons.append(
        f"限额为当地月最低工资标准 {monthly_minimum_wage} 元的 {MONTHS} 个月（{ARTICLE}）"
    )
    return FinalAwardSuggestion(suggestion, cap, tuple(reasons))
