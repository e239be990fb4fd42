"""Directory import with progress and summary, the category filter, bulk requests for a category."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.clipboard import SecureClipboard
from ui.context import Context, VaultEvents
from ui.dialogs.bulk_request import BulkRequestDialog
from ui.dialogs.controller import RetentionPeriodDialog
from ui.dialogs.directory import DirectorySourceDialog, details_text, start_directory_import
from ui.pages.controllers import ControllersPage
from ui.pages.retention_panel import RetentionPanel
from ui.preferences import Preferences
from ui.worker import JobTracker
from vault.cases.requests import list_requests
from vault.organisations.controllers import add_controller, add_retention_period, controller_ids, retention_periods
from vault.organisations.directory_import import ImportReport
from vault.people.identities import add_identity

DIRECTORY = Path(__file__).parents[2] / "data" / "directory"


@pytest.fixture
def context(vault, tmp_path: Path) -> Context:
    return Context(vault, Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                   SecureClipboard(), VaultEvents(), JobTracker())


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def summary_box(qtbot) -> QMessageBox:
    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
    found = box()
    assert found.textFormat() == Qt.TextFormat.PlainText
    return found


def test_directory_import_reports_progress_and_a_summary(qtbot, vault, context, window, tmp_path):
    folder = tmp_path / "records"
    shutil.copytree(DIRECTORY, folder)
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(context.events.changed, timeout=20_000,
                          check_params_cb=lambda noun: noun == "controller"):
        run = start_directory_import(window, context, folder)
        progress: list[tuple[int, int]] = []
        run.progressed.connect(lambda done, total: progress.append((done, total)))
        assert run.dialog.isVisible()
    assert run.reports[0] == (0, 38) and run.reports[-1] == (38, 38) and progress == run.reports
    box = summary_box(qtbot)
    assert box.text() == "Added 37, updated 0, unchanged 0, skipped 1."
    assert "Skipped:\n  broken.json: " in box.detailedText()
    assert "asos-shop" not in box.detailedText()  # its misspelt web address was repaired: no data error shown
    box.accept()
    assert len(controller_ids(vault)) == 37
    start_directory_import(window, context, folder)  # again: nothing new, nothing lost
    box = summary_box(qtbot)
    assert box.text() == "Added 0, updated 0, unchanged 37, skipped 1."
    box.accept()


def test_details_list_skipped_records_with_reasons():
    report = ImportReport(added=1, skipped=[("bad.json", "The file is not valid JSON.")])
    assert details_text(report) == "Skipped:\n  bad.json: The file is not valid JSON."


def test_source_dialog_needs_an_existing_path(qtbot, tmp_path):
    dialog = DirectorySourceDialog()
    qtbot.addWidget(dialog)
    assert dialog.source() is None and not dialog.path.isEnabled()
    dialog.folder.setChecked(True)
    dialog.path.setText(str(tmp_path / "missing"))
    dialog._accept()
    assert not dialog.problem.isHidden() and dialog.result() == 0
    dialog.path.setText(str(DIRECTORY))
    dialog._accept()
    assert dialog.result() == 1 and dialog.source() == DIRECTORY


def test_category_filter_on_the_controllers_page(qtbot, vault, context):
    add_controller(vault, name="Schufa", categories=["credit agency"])
    add_controller(vault, name="Crif", categories=["credit agency", "addresses"])
    add_controller(vault, name="Acme")
    page = ControllersPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 3
    assert [page.category.itemText(i) for i in range(page.category.count())] == [
        "All categories", "credit agency (2)", "addresses (1)"]
    page.category.setCurrentIndex(2)
    assert page.model.rowCount() == 1 and page.model.data(page.model.index(0, 0)) == "Crif"
    add_controller(vault, name="Deltavista", categories=["addresses"])
    context.events.changed.emit("controller")
    assert page.category.currentData() == "addresses" and page.category.currentText() == "addresses (2)"
    assert page.model.rowCount() == 2


def test_retention_periods_edited_from_the_controller(qtbot, vault, context, monkeypatch):
    controller = add_controller(vault, name="Acme")
    period = add_retention_period(vault, controller, "invoices", 120)
    page = ControllersPage(context)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    panel: RetentionPanel = page.retention
    assert panel.table.table.item(0, 0).text() == "invoices"
    panel.table.table.selectRow(0)

    def change(dialog: RetentionPeriodDialog) -> int:
        dialog.months.setValue(60)
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(RetentionPeriodDialog, "exec", change)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert retention_periods(vault, controller)[0].months == 60
    assert page.detail.value_labels["Retention periods"].text() == "invoices: 60 month(s)"
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert retention_periods(vault, controller) == [] and period


def test_bulk_requests_for_a_category(qtbot, vault, context, window, monkeypatch):
    identity = add_identity(vault, label="Me", name="Ada Lovelace", address="1 Main St\n12345 Town",
                            birth_date="1990-01-01", emails=["ada@example.org"])
    start_directory_import(window, context, DIRECTORY)
    summary_box(qtbot).accept()
    dialog = BulkRequestDialog(context, window)
    qtbot.addWidget(dialog)
    dialog.category.setCurrentIndex(dialog.category.findData("credit agency"))
    assert dialog.identity.currentData() == identity
    dialog.right.setCurrentIndex(dialog.right.findData("access"))
    wanted = controller_ids(vault, category="credit agency")
    assert len(wanted) == 2 and dialog.controller_ids() == wanted
    assert dialog.count.text().startswith("2 draft request")
    with qtbot.waitSignal(context.events.changed, timeout=10_000, check_params_cb=lambda noun: noun == "request"):
        run = dialog.start()
    assert run.reports[-1] == (2, 2)
    box = summary_box(qtbot)
    assert box.text() == "Created 2 draft request(s); 0 could not be created."
    box.accept()
    requests = list_requests(vault)
    assert sorted(r.controller_id for r in requests) == sorted(wanted)
    assert {r.right for r in requests} == {"access"}


def test_bulk_requests_ticked_by_hand(qtbot, vault, context):
    add_identity(vault, label="Me")
    first = add_controller(vault, name="Alpha")
    add_controller(vault, name="Beta")
    dialog = BulkRequestDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.by_hand.isChecked() and not dialog.by_category.isEnabled()  # no categories yet
    assert not dialog.create_button.isEnabled()
    dialog.picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.controller_ids() == [first] and dialog.create_button.isEnabled()
    dialog.picker.search.setText("beta")
    dialog.picker.reload()
    assert dialog.picker.list.count() == 1 and dialog.controller_ids() == [first]  # ticks survive a search
