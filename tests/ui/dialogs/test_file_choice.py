"""File dialogs open in the last folder used (only its path is kept) and suggest names that say what the file is."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.ui.request_helpers import make_context, new_request, people
from ui.dialogs.file_choice import request_file_name, safe_file_name
from ui.dialogs.letter import LetterDialog
from vault.cases.letter_store import reference_for
from vault.cases.requests import get_request


@pytest.fixture
def context(vault, tmp_path: Path):
    return make_context(vault, tmp_path)


class SaveDialogs:
    """Stands in for the system's save dialog: records where it would open, answers with a path."""

    def __init__(self, answers: list[Path]):
        self.answers = answers
        self.starts: list[str] = []

    def __call__(self, parent, title, start, file_filter="", *args, **kwargs):  # noqa: ANN001, ANN204
        self.starts.append(start)
        return str(self.answers.pop(0)), ""


def test_unsafe_characters_leave_file_names():
    assert safe_file_name('A/B: "C" <D>|E?*') == "A B C D E"
    assert safe_file_name("  ..Acme\tSAS.. ") == "Acme SAS"
    assert len(safe_file_name("x" * 500)) == 120


def test_a_letter_is_named_after_its_reference_organisation_and_right_and_the_folder_is_remembered(
        qtbot, vault, context, tmp_path, monkeypatch):
    who = people(vault, controller_name="ACME / Europe: SAS")
    request_id = new_request(vault, who.jane, who.acme, "erasure")
    reference = reference_for(get_request(vault, request_id))
    assert request_file_name(vault, reference) == f"{reference} ACME Europe SAS Erasure"
    first, second = tmp_path / "letters", tmp_path / "elsewhere"
    first.mkdir()
    second.mkdir()
    dialogs = SaveDialogs([first / "one.pdf", second / "two.txt"])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialogs))
    dialog = LetterDialog(context, request_id)
    qtbot.addWidget(dialog)
    dialog.export.save("pdf")
    dialog.export.save("txt")
    assert dialogs.starts[0] == str(Path.home() / f"{reference} ACME Europe SAS Erasure.pdf")
    assert dialogs.starts[1] == str(first / f"{reference} ACME Europe SAS Erasure.txt")  # where the last one went
    assert (first / "one.pdf").read_bytes().startswith(b"%PDF")
    assert context.preferences.last_folder() == str(second)
    settings = context.preferences.settings
    settings.sync()
    stored = {key: settings.value(key) for key in settings.allKeys()}
    assert stored == {"files/last_folder": str(second)}  # a folder, never a file name or a letter


def test_a_folder_that_vanished_falls_back_to_home(context, tmp_path):
    from ui.dialogs.file_choice import start_folder

    gone = tmp_path / "gone"
    context.preferences.remember_folder(str(gone))
    assert start_folder(context.preferences) == Path.home()
