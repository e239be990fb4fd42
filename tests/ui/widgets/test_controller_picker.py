"""The controller picker: one line per organisation, its variants under the list, the person's country chosen."""
from __future__ import annotations

import pytest

from ui.widgets.controller_picker import ControllerPicker
from vault.organisations.directory_import import import_directory


@pytest.fixture
def directory(vault):  # noqa: ANN001, ANN201
    import_directory(vault)
    return vault


def test_amazon_gives_one_line_with_the_italian_variant_for_a_person_in_italy(qtbot, directory, monkeypatch):
    monkeypatch.setenv("LC_ALL", "it_IT.UTF-8")
    picker = ControllerPicker(directory)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setText("amazon")
    picker.reload()
    lines = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert len([line for line in lines if "Amazon Europe Core SARL" in line]) == 1
    assert lines[0].startswith("Amazon — Amazon Europe Core SARL") and "amazon.fr" in lines[0]
    assert picker.choice.isVisibleTo(picker) and picker.choice.variants.count() == 6
    slug = directory.query_one("SELECT slug FROM controller WHERE id = ?", (picker.current_id(),))["slug"]
    assert slug == "amazon-it"


def test_one_record_organisations_show_no_variant_chooser(qtbot, directory):
    picker = ControllerPicker(directory)
    qtbot.addWidget(picker)
    picker.show()
    picker.search.setText("1&1 Internet")
    picker.reload()
    assert picker.list.item(0).text() == "1&1 Internet SE (Germany)"
    assert not picker.choice.isVisibleTo(picker)
    assert directory.query_one("SELECT slug FROM controller WHERE id = ?", (picker.current_id(),))["slug"] == "1und1"


def test_amazon_names_its_eu_controller_already_so_the_wizard_offers_no_switch(qtbot, directory, monkeypatch):
    from ui.widgets.organisation_choice import OrganisationChoice
    from vault.organisations.brands import organisations

    choice = OrganisationChoice()
    qtbot.addWidget(choice)
    choice.show()
    choice.set_organisation(organisations(directory, "amazon", country="FR")[0], "FR")
    assert not choice.use_eu.isVisibleTo(choice) and not choice.writes_to_eu_controller()
    choice.set_organisation(organisations(directory, "google", country="FR")[0], "FR")
    assert choice.use_eu.isVisibleTo(choice) and choice.writes_to_eu_controller()
    choice.set_organisation(organisations(directory, "google", country="US")[0], "US")
    assert not choice.eu_note.isVisibleTo(choice) and not choice.writes_to_eu_controller()
