"""Save what a privacy policy says as a controller, after the person has confirmed or corrected it."""
from __future__ import annotations

from datetime import date
from typing import Any

from vault.errors import InvalidInput
from vault.organisations.controllers import controller_values, insert_controller
from vault.organisations.search_index import changed
from vault.validation import check_email

_RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection", "withdraw_consent",
           "post_mortem", "complaint")


def _texts(value: Any, limit: int = 40) -> list[str]:
    return [str(v).strip()[:300] for v in (value or [])[:limit] if isinstance(v, str) and str(v).strip()]


def policy_statements(findings: dict[str, Any], read_on: date | None = None) -> dict[str, Any]:
    """What the policy says it does with data, as kept with the controller (dates ISO)."""
    purposes = []
    for item in (findings.get("purposes") or [])[:40]:
        if isinstance(item, dict) and isinstance(item.get("purpose"), str) and item["purpose"].strip():
            basis = item.get("legal_basis")
            purposes.append({"purpose": item["purpose"].strip()[:300], "legal_basis": basis if isinstance(basis, str) else None})
    representative = findings.get("representative")
    return {
        "read_on": (read_on or date.today()).isoformat(),
        "data_categories": _texts(findings.get("data_categories")),
        "purposes": purposes,
        "recipients": _texts(findings.get("recipients")),
        "joint_controllers": _texts(findings.get("joint_controllers")),
        "representative": representative.strip()[:300] if isinstance(representative, str) and representative.strip() else None,
    }


def save_policy_controller(vault: Any, findings: dict[str, Any], source_text: str) -> int:
    """Create a controller (and its retention periods) from confirmed policy findings; returns its id.

    ``findings`` has the keys of ``PolicyFindings.to_json()``; the policy's text is kept with
    the controller as its source.
    """
    name = (findings.get("controller_name") or "").strip()
    if not name:
        raise InvalidInput("The policy did not name its controller; type the name before saving.")
    contacts = [check_email(e) for e in findings.get("contact_emails") or []]
    dpo = findings.get("dpo_email") or None
    extra = {"web": findings["web"]} if isinstance(findings.get("web"), str) and findings["web"].strip() else {}
    values = controller_values(
        name=name, address=findings.get("postal_address") or "", country=findings.get("country"),
        dpo_email=dpo, emails=[e for e in contacts if e != dpo], authority=findings.get("supervisory_authority") or "",
        transfers_outside_eu=findings.get("transfers_outside_eu"), source="policy", source_text=source_text,
        # No column of its own: the rights a policy names are kept with its other published facts,
        # and so is what it says it does with data, which the access letter asks about.
        directory={"rights-mentioned": [r for r in findings.get("rights_mentioned") or [] if r in _RIGHTS],
                   "policy": policy_statements(findings)}, **extra)
    periods = []
    for period in findings.get("retention_periods") or []:
        what, months = str(period.get("what") or "").strip(), period.get("months")
        if not what or not isinstance(months, int) or not 0 <= months <= 1200:
            raise InvalidInput("Each retention period needs what is kept and a number of months from 0 to 1200.")
        periods.append((what[:500], months))
    with vault.transaction() as connection:
        controller_id = insert_controller(connection, values)
        connection.executemany("INSERT INTO retention_period (controller_id, what, months, basis) VALUES (?, ?, ?, ?)",
                               [(controller_id, what, months, "privacy policy") for what, months in periods])
    changed(vault, controller_id)  # searchable at once, without rebuilding the index
    return controller_id
