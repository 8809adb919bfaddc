"""What happens inside a case and what its documents print: the tribunal, hearings,
mediation sessions, the parties' particulars, agents, texts and award items.

- ``records``: the tribunal, hearings (with clash checks) and mediation sessions.
- ``materials``: particulars, agents, named texts and the award or agreement items.
- ``hearing_week``: the office's week of hearings and what a hearing form needs.
"""

__all__ = ["hearing_week", "materials", "records"]
