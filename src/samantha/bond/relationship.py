"""The relationship: five named dimensions moved by events, and the stage they add up to.

Dimensions (each 0..1): closeness (how much they share), trust (how safe it feels), affection (how warm it is),
tension (unresolved friction), familiarity (how well they know each other's ways).

Every change is bounded and dated, and has a reason:
- gains have diminishing returns (a gain is scaled by how far the dimension still is from 1);
- no dimension gains more than `DAILY_GAIN` in any 24 hours, so a long first night does not make them intimate;
- tension fades with a half-life of `TENSION_HALF_LIFE`; time apart cools closeness and affection a little.

Stages follow social penetration theory and Knapp's relational development: acquaintances → friends → close →
intimate, each needing enough closeness and trust *and* enough time known, and drifting back a stage when
closeness falls well below what the stage needs (with a margin, so a quiet week does not flip it back and forth).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from samantha.bond.events import BondEvent

DIMENSIONS = ("closeness", "trust", "affection", "tension", "familiarity")
START = {"closeness": 0.05, "trust": 0.3, "affection": 0.1, "tension": 0.0, "familiarity": 0.0}
DAILY_GAIN = 0.06
TENSION_HALF_LIFE = timedelta(days=2)
DRIFT_MARGIN = 0.1

# What each event does, per unit of its strength (gains before diminishing returns).
EFFECTS: dict[str, dict[str, float]] = {
    "exchange": {"familiarity": 0.006},  # every conversation turn
    "disclosure": {"closeness": 0.03, "trust": 0.012, "familiarity": 0.01},
    "support_given": {"closeness": 0.012, "affection": 0.01, "trust": 0.008},
    "support_received": {"affection": 0.02, "trust": 0.008},
    "laughter": {"affection": 0.02, "closeness": 0.006},
    "conflict": {"tension": 0.35, "trust": -0.12, "affection": -0.03},
    "repair": {},  # computed: undoes most of the last conflict (see `apply`)
    "promise_kept": {"trust": 0.03},
    "promise_forgotten": {"trust": -0.05, "tension": 0.08},
    "time_apart": {"closeness": -0.06, "affection": -0.03},  # × days/30
}
REPAIR_SHARE = 0.8  # a sincere apology restores this share of the trust the clash cost, and eases the tension

# name, needs (dimension minimums), days known at least
STAGES: list[tuple[str, dict[str, float], int]] = [
    ("acquaintances", {}, 0),
    ("friends", {"closeness": 0.25, "trust": 0.4}, 3),
    ("close", {"closeness": 0.5, "trust": 0.55, "affection": 0.35}, 14),
    ("intimate", {"closeness": 0.75, "trust": 0.7, "affection": 0.55}, 45),
]
STAGE_NAMES = [s[0] for s in STAGES]
STAGE_WORDS = {
    "acquaintances": "still getting to know each other",
    "friends": "friends",
    "close": "close friends",
    "intimate": "very close",
}


@dataclass
class Relationship:
    dims: dict[str, float] = field(default_factory=lambda: dict(START))
    stage: str = "acquaintances"
    at: datetime | None = None

    def copy(self) -> Relationship:
        return Relationship(dict(self.dims), self.stage, self.at)


@dataclass(frozen=True)
class Change:
    event: str
    reason: str
    deltas: dict[str, float]


def decay(state: Relationship, now: datetime) -> Relationship:
    """Tension fades with time (no event, no reason row: it is the passing of time itself)."""
    out = state.copy()
    if state.at is not None and now > state.at:
        hours = (now - state.at).total_seconds() / 3600
        out.dims["tension"] = round(
            state.dims["tension"] * 0.5 ** (hours / (TENSION_HALF_LIFE / timedelta(hours=1))), 4
        )
    out.at = now
    return out


def apply(state: Relationship, event: BondEvent, gained_today: dict[str, float], last_conflict: dict[str, float]):
    """The change `event` makes to `state` (mutated), bounded; returns the Change with the deltas really applied."""
    if event.kind == "repair":
        wanted = {
            "trust": -last_conflict.get("trust", 0.0) * REPAIR_SHARE,
            "affection": -last_conflict.get("affection", 0.0) * REPAIR_SHARE,
            "tension": -state.dims["tension"] * REPAIR_SHARE,
        }
    else:
        wanted = {d: v * event.strength for d, v in EFFECTS.get(event.kind, {}).items()}
    deltas: dict[str, float] = {}
    for dim, delta in wanted.items():
        value = state.dims[dim]
        if delta > 0 and dim != "tension" and event.kind != "repair":  # caps keep closeness slow, not friction
            delta *= 1.0 - value  # diminishing returns
            delta = min(delta, max(0.0, DAILY_GAIN - gained_today.get(dim, 0.0)))
        new = min(1.0, max(0.0, value + delta))
        if abs(new - value) >= 1e-4:
            deltas[dim] = round(new - value, 4)
            state.dims[dim] = round(new, 4)
            if deltas[dim] > 0 and dim != "tension":
                gained_today[dim] = gained_today.get(dim, 0.0) + deltas[dim]
    return Change(event.kind, event.reason, deltas)


def stage_for(state: Relationship, days_known: float) -> str:
    """The stage the dimensions and time support, moving at most one step from the current one."""
    index = STAGE_NAMES.index(state.stage)
    if index + 1 < len(STAGES) and _meets(state, STAGES[index + 1], days_known, 0.0):
        return STAGE_NAMES[index + 1]
    if index > 0 and not _meets(state, STAGES[index], days_known, DRIFT_MARGIN):
        return STAGE_NAMES[index - 1]
    return state.stage


def _meets(state: Relationship, stage: tuple[str, dict[str, float], int], days: float, margin: float) -> bool:
    _, needs, min_days = stage
    if margin == 0.0 and days < min_days:
        return False
    return all(state.dims[d] >= need - margin for d, need in needs.items())


def days_between(first: datetime | None, now: datetime) -> float:
    return 0.0 if first is None else max(0.0, (now - first).total_seconds() / 86400)
