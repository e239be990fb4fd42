"""Registered post: the tracking number goes with the sent event; the delivery date from the receipt moves the deadline."""
from __future__ import annotations

from datetime import date, timedelta


def test_registered_post_keeps_its_tracking_number_and_the_delivery_date(cli):
    identity = cli.ok("identity", "add", "--label", "Me", "--name", "Jeanne Durand",
                      "--address", "5 rue Victor Hugo\\n69002 Lyon").out.strip()
    controller = cli.ok("controller", "add", "--name", "ACME", "--country", "FR",
                        "--address", "10 quai Saint-Antoine\\n69002 Lyon").out.strip()
    request = cli.ok("request", "new", "--identity", identity, "--controller", controller,
                     "--right", "access").out.strip()
    sent_on = date.today() - timedelta(days=10)
    cli.ok("request", "sent", request, "--on", sent_on.isoformat(), "--channel", "registered-post",
           "--tracking", "1A 234 567 8901 2")
    shown = cli.ok("request", "show", request, "--json").json()
    [sent] = shown["events"]
    assert sent["note"] == "channel: registered-post; tracking: 1A 234 567 8901 2"
    assert shown["received_is_estimate"] is True
    estimated_due = shown["due_on"]
    delivered = sent_on + timedelta(days=6)  # later than the three working days estimated
    cli.ok("request", "event", request, "--kind", "delivered", "--on", delivered.isoformat())
    shown = cli.ok("request", "show", request, "--json").json()
    assert shown["received_on"] == delivered.isoformat() and shown["received_is_estimate"] is False
    assert shown["due_on"] > estimated_due
