"""The dashboard on an empty vault: three steps and "Write my first request", gone after the first request."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.request_helpers import make_context, new_request, people, when_modal
from ui.pages.dashboard import DashboardPage
from ui.wizard.request_wizard import RequestWizard


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


def shown_page(qtbot, context) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: "overdue" in page.sections)  # read in the background
    return page


def test_an_empty_vault_shows_the_three_steps_and_the_button_opens_the_wizard(qtbot, vault, context):
    page = shown_page(qtbot, context)
    guide = page.first_run
    assert guide is not None and guide.isVisible()
    assert len(guide.step_labels) == 3
    assert "one month" in guide.step_labels[2].text()
    assert guide.start_button.text() == "Write my first request"
    assert not any(box.isVisible() for box in page.sections.values())  # no wall of "Nothing here."
    seen: list[type] = []
    when_modal(RequestWizard, lambda wizard: None, seen)
    guide.start_button.click()
    assert seen == [RequestWizard]


def test_the_guide_goes_once_there_is_a_request(qtbot, vault, context):
    page = shown_page(qtbot, context)
    assert page.first_run is not None
    who = people(vault)
    new_request(vault, who.jane, who.acme)
    with qtbot.waitSignal(page.refreshed):
        context.events.changed.emit("request")
    assert page.first_run is None
    assert page.sections["drafts"].isVisible() and page.sections["drafts"].title() == "Drafts (1)"
