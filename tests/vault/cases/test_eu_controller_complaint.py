"""A request to Google goes to Google Ireland Limited, and its complaint to the Irish DPC."""
from __future__ import annotations

from datetime import date

from vault.cases import letter_store, lifecycle
from vault.cases.drafts import create_request
from vault.cases.follow_ups import create_follow_up
from vault.organisations.brands import eu_controller_id, organisations
from vault.organisations.directory_import import import_directory
from vault.people.identities import add_identity


def test_google_request_and_complaint_reach_ireland(vault) -> None:  # noqa: ANN001
    import_directory(vault)
    jane = add_identity(vault, label="Me", name="Jane Martin", emails=["jane@example.org"])
    [google, *_] = organisations(vault, "google", country="DE")
    controller = eu_controller_id(vault, google.overlay)
    request_id = create_request(vault, identity_id=jane, controller_id=controller, right="access",
                                today=date(2026, 1, 2))
    letter = letter_store.current_letter(vault, request_id).document
    assert "Google Ireland Limited" in " ".join(letter.recipient_lines)
    lifecycle.mark_sent(vault, request_id, on="2026-01-05", channel="web-form", today=date(2026, 1, 5))
    complaint = create_follow_up(vault, request_id, "complaint", today=date(2026, 3, 1))
    recipient = " ".join(letter_store.current_letter(vault, complaint).document.recipient_lines)
    assert "Data Protection Commission" in recipient
