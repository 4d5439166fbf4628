"""Stay-in-touch cadence policies: "tier:key=30/45,org:partner=90/120" -> ideal and maximum windows.

A pure parser of the CRM_STAY_IN_TOUCH_POLICIES setting: it lives in config/ so the setting is checked when the
settings are built (one line naming the variable), and config/ reaches up into nothing."""

from __future__ import annotations

from dataclasses import dataclass

SELECTORS = ("tier", "tag", "org")


@dataclass(frozen=True)
class Policy:
    selector: str  # tier / tag / org (organization kind)
    value: str
    ideal_days: int
    max_days: int

    @property
    def label(self) -> str:
        what = {"tier": "tier", "tag": "tag", "org": "organization kind"}[self.selector]
        return f"{what} {self.value}"


def parse_policies(text: str) -> list[Policy]:
    out = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        try:
            target, windows = part.split("=")
            selector, value = target.split(":", 1)
            ideal, _, most = windows.partition("/")
            policy = Policy(selector.strip().lower(), value.strip(), int(ideal), int(most or ideal))
        except ValueError:
            raise ValueError(f"bad policy {part!r}: write selector:value=ideal/max, e.g. tier:key=30/45") from None
        if policy.selector not in SELECTORS:
            raise ValueError(f"bad policy {part!r}: the selector is one of {', '.join(SELECTORS)}")
        if not 0 < policy.ideal_days <= policy.max_days:
            raise ValueError(f"bad policy {part!r}: need 0 < ideal <= max days")
        out.append(policy)
    return out
