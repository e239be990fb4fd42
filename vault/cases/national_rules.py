"""Warnings national law attaches to a new request, shown before it is sent (never a refusal).

Spain: LOPDGDD art. 13.3 (docs/law-sources.md §6.1, verified against a reproduction of the BOE
text): "se podrá considerar repetitivo el ejercicio del derecho de acceso en más de una ocasión
durante el plazo de seis meses, a menos que exista causa legítima para ello". "Se podrá": it
*may* be considered repetitive, so this is a warning, with the advice to state the reason.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.law.deadlines import add_months
from vault.organisations.controllers import get_controller

SPAIN_REPEAT_MONTHS = 6  # LOPDGDD art. 13.3


def new_request_warning(vault: Any, identity_id: int, controller_id: int, right: str, today: date) -> str | None:
    """One sentence to show before writing this request, or None."""
    if right != "access" or (get_controller(vault, controller_id).country or "") != "ES":
        return None
    since = add_months(today, -SPAIN_REPEAT_MONTHS).isoformat()
    earlier = vault.query_one(
        "SELECT max(sent_on) FROM request WHERE identity_id = ? AND controller_id = ? AND right = 'access' "
        "AND sent_on IS NOT NULL AND sent_on > ?", (identity_id, controller_id, since))[0]
    if earlier is None:
        return None
    return (f"You already asked this Spanish controller for access on {earlier}; under art. 13.3 LOPDGDD a second "
            "access request within six months may be treated as repetitive unless you have a legitimate reason: "
            "state it in --details.")
