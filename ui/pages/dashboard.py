"""The first page: what is overdue, due soon, waiting, drafted, answered — and the next step, one click away.

Each section shows its first rows and its count in the title; each row has the button for its
next step (send a reminder, file a complaint, record a delivery, or open it). The tray says
when requests fall due: counts and controller names only, never letter text.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.context import Context
from ui.dialogs import request_actions as actions
from ui.errors import show_error
from ui.models.dates import date_text
from ui.models.request_words import days_left_text, due_text, next_step_name, right_name, status_name, today
from ui.pages.first_run import FirstRunGuide
from ui.widgets.plain_label import plain_label
from ui.worker import run_in_background
from vault.cases import dashboard
from vault.cases.queries import DashboardCounts, dashboard_counts
from vault.cases.requests import OPEN_STATUSES, list_requests
from vault.people.relationships import RetentionDue, retention_due
from vault.storage.store import Vault

ROWS_SHOWN = 20
CHECK_EVERY_MS = 10 * 60_000  # a new day makes requests overdue: look again every ten minutes
DUE_SOON_DAYS = 7
WATCHED = frozenset({"request", "controller", "identity", "relationship", "retention"})


@dataclass
class DashboardData:
    """Everything the page shows, read in the background."""

    day: date
    counts: DashboardCounts
    rows: dict[str, list[dashboard.DeadlineRow]]
    retention: list[RetentionDue]
    overdue: list[dashboard.DeadlineRow]  # for the tray: up to 1,000, with controller names
    has_requests: bool = True  # False on an empty vault: the first-run guide is shown


def gather(vault: Vault, now: date) -> DashboardData:
    """Read the dashboard's sections (a worker thread runs this; the vault guards its connection)."""
    def rows(query: Callable[..., list]) -> list[dashboard.DeadlineRow]:
        return dashboard.with_next_steps(vault, query(vault, now, limit=ROWS_SHOWN), now)

    return DashboardData(
        day=now, counts=dashboard_counts(vault, now, DUE_SOON_DAYS),
        rows={"overdue": rows(dashboard.overdue),
              "due_soon": rows(lambda v, d, limit: dashboard.due_soon(v, d, DUE_SOON_DAYS, limit=limit)),
              "waiting": rows(dashboard.waiting_for_delivery), "drafts": rows(dashboard.drafts),
              "answered": rows(dashboard.answered_this_month)},
        retention=retention_due(vault, now), overdue=dashboard.overdue(vault, now, limit=1000),
        has_requests=bool(list_requests(vault, limit=1)))


def _grid(box: QGroupBox) -> QGridLayout:
    """Columns that line up from one section to the next: controller, right, date, days, button."""
    grid = QGridLayout(box)
    for column, (stretch, width) in enumerate(((4, 180), (3, 140), (2, 150), (2, 120), (0, 150))):
        grid.setColumnStretch(column, stretch)
        grid.setColumnMinimumWidth(column, width)
    return grid


def _ask_text_for(right: str) -> str:
    """The button that starts the suggested request, one whole sentence per right (grammar differs)."""
    if right == "erasure":
        return QCoreApplication.translate("DashboardPage", "Ask for erasure")
    return QCoreApplication.translate("DashboardPage", "Ask for access")


class DashboardPage(QScrollArea):
    """Sections of requests that need something, built again whenever the vault changes."""

    refreshed = Signal()  # the sections on screen are up to date

    def __init__(self, context: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._locked = False
        self._seen_overdue: set[int] | None = None  # None: nothing told yet in this session
        self._generation = 0  # which refresh the sections on screen come from
        self._day = today()
        self.sections: dict[str, QGroupBox] = {}
        self.first_run: FirstRunGuide | None = None  # shown while the vault has no request
        self.step_buttons: dict[str, list[QPushButton]] = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Dashboard"))
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(CHECK_EVERY_MS)
        self._day_timer.timeout.connect(self._new_day_check)
        self._day_timer.start()
        context.events.changed.connect(self._vault_changed)
        self.refresh()

    # -- contents ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every section again in the background, then show it and tell the tray what fell due."""
        self._refresh_timer.stop()
        if self._locked or not actions.vault_is_open(self.context.vault):
            return
        self._generation += 1
        generation, vault, now = self._generation, self.context.vault, today()
        # A read that may be abandoned: locking does not wait for it (a read after the vault closed
        # fails, and the result is dropped), so Ctrl+L is never delayed by a refresh.
        run_in_background(lambda: gather(vault, now), lambda data: self._show(data, generation),
                          lambda error: self._failed(error, generation))

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation == self._generation and not self._locked and actions.vault_is_open(self.context.vault):
            show_error(self, error)

    def _show(self, data: DashboardData, generation: int) -> None:
        if generation != self._generation or self._locked:
            return  # a newer refresh is on its way, or the vault was locked meanwhile
        self._day = data.day
        counts = data.counts
        scroll = self.verticalScrollBar().value()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._header(data.day))
        self.sections, self.step_buttons = {}, {}
        self.first_run = None
        if not data.has_requests:
            self.first_run = FirstRunGuide()
            self.first_run.start_requested.connect(lambda: self._new_request())
            layout.addWidget(self.first_run)
        elif not any(vars(counts).values()):
            hint = QLabel(self.tr("Nothing needs your attention. To ask an organisation about your data, choose "
                                  "“New request…” (Ctrl+N): the wizard finds the controller or lets you add it."))
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self._section("overdue", self.tr("Overdue (%1)"), counts.overdue, data.rows["overdue"],
                                       lambda: self._show_list(OPEN_STATUSES, overdue_only=True)))
        layout.addWidget(self._section("due_soon", self.tr("Due within 7 days (%1)"), counts.due_soon,
                                       data.rows["due_soon"]))
        layout.addWidget(self._section("waiting", self.tr("Waiting for delivery (%1)"), counts.waiting_for_delivery,
                                       data.rows["waiting"]))
        layout.addWidget(self._section("drafts", self.tr("Drafts (%1)"), counts.drafts, data.rows["drafts"],
                                       lambda: self._show_list(("draft",))))
        layout.addWidget(self._section("answered", self.tr("Answered this month (%1)"), counts.answered_this_month,
                                       data.rows["answered"]))
        layout.addWidget(self._retention_section(data.retention))
        if self.first_run is not None:  # an empty vault: only the guide, and what falls due without requests
            for key, box in self.sections.items():
                box.setVisible(key == "retention" and bool(data.retention))
        layout.addStretch(1)
        self._replace_body(body)
        self.verticalScrollBar().setValue(scroll)
        self._tell_tray(counts.overdue, data.overdue)
        self.refreshed.emit()

    def _header(self, now: date) -> QHBoxLayout:
        title = QLabel(self.tr("Today: %1").replace("%1", date_text(now)))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        new = QPushButton(self.tr("New request…"))
        new.setAccessibleName(self.tr("Write a new request"))
        new.clicked.connect(lambda: self._new_request())
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(new)
        return row

    def _section(self, key: str, title: str, count: int, rows: list[dashboard.DeadlineRow],
                 show_all: Callable[[], None] | None = None) -> QGroupBox:
        box = QGroupBox(title.replace("%1", str(count)))
        box.setAccessibleName(box.title())
        self.sections[key] = box
        self.step_buttons[key] = []
        grid = _grid(box)
        if not rows:
            grid.addWidget(QLabel(self.tr("Nothing here.")), 0, 0)
            return box
        for number, row in enumerate(rows):
            button = QPushButton(next_step_name(row.next_step))
            button.setAccessibleName(f"{next_step_name(row.next_step)}: {row.controller}")
            button.clicked.connect(lambda _=False, r=row: self._act(r.request_id, r.next_step))
            self.step_buttons[key].append(button)
            what = right_name(row.right)
            if row.status not in ("sent", "draft"):
                what += f" · {status_name(row.status)}"
            cells = [row.controller, what, due_text(row.due_on, row.received_is_estimate),
                     days_left_text(row.days_left) if row.status in OPEN_STATUSES else ""]
            for column, text in enumerate(cells):
                grid.addWidget(plain_label(text), number, column)
            grid.addWidget(button, number, len(cells))
        if count > len(rows):
            more = QLabel(self.tr("and %n more", "", count - len(rows)))
            grid.addWidget(more, len(rows), 0)
            if show_all is not None:
                button = QPushButton(self.tr("Show all in the list"))
                button.setAccessibleName(self.tr("Show all of them in the request list"))
                button.clicked.connect(show_all)
                grid.addWidget(button, len(rows), 4)
        return box

    def _retention_section(self, due: list[RetentionDue]) -> QGroupBox:
        box = QGroupBox(self.tr("Retention period passed (%1)").replace("%1", str(len(due))))
        box.setAccessibleName(box.title())
        self.sections["retention"] = box
        self.step_buttons["retention"] = []
        grid = _grid(box)
        if not due:
            grid.addWidget(QLabel(self.tr("Nothing here.")), 0, 0)
        for number, item in enumerate(due[:ROWS_SHOWN]):
            text = _ask_text_for(item.suggested_right)
            button = QPushButton(text)
            button.setAccessibleName(f"{text}: {item.controller_name}")
            button.clicked.connect(lambda _=False, i=item: self._new_request(i.controller_id, i.identity_id,
                                                                             i.suggested_right))
            self.step_buttons["retention"].append(button)
            cells = [item.controller_name, item.what, date_text(item.expired_on),
                     self.tr("%n month(s) kept", "", item.months)]
            for column, value in enumerate(cells):
                grid.addWidget(plain_label(value), number, column)
            grid.addWidget(button, number, len(cells))
        return box

    # -- the tray ------------------------------------------------------------------------
    def _tell_tray(self, count: int, overdue: list[dashboard.DeadlineRow]) -> None:
        """At unlock: how many are overdue. Later: only those that fell due since."""
        tray = self.context.tray
        ids = {row.request_id for row in overdue}
        if self._seen_overdue is None:
            fresh, total = overdue, count
        else:
            fresh = [row for row in overdue if row.request_id not in self._seen_overdue]
            total = len(fresh)
        self._seen_overdue = ids if self._seen_overdue is None else self._seen_overdue | ids
        if tray is not None and total:
            tray.notify(total, list(dict.fromkeys(row.controller for row in fresh)))

    # -- acting --------------------------------------------------------------------------
    def _act(self, request_id: int, step: str | None) -> None:
        actions.perform_next_step(self.context, self, request_id, step)
        self._refresh_soon()

    def _new_request(self, controller_id: int | None = None, identity_id: int | None = None,
                     right: str | None = None) -> None:
        from ui.wizard.request_wizard import run_request_wizard

        run_request_wizard(self.context, self, controller_id=controller_id, identity_id=identity_id, right=right)
        self._refresh_soon()

    def _show_list(self, statuses: tuple[str, ...], overdue_only: bool = False) -> None:
        window = self.window()
        if hasattr(window, "page") and hasattr(window, "show_page"):
            try:
                page = window.page("requests")
            except ValueError:
                return
            window.show_page("requests")
            page.show_list(statuses, overdue_only)

    def _refresh_soon(self) -> None:
        if not self._locked:
            self._refresh_timer.start()

    def _vault_changed(self, noun: str) -> None:
        if noun in WATCHED:
            self._refresh_soon()

    def _new_day_check(self) -> None:
        if today() != self._day:
            self.refresh()

    def clear(self) -> None:
        """Forget everything shown (the vault is being locked)."""
        self._locked = True
        self._refresh_timer.stop()
        self._day_timer.stop()
        self.sections, self.step_buttons = {}, {}
        self._replace_body(QWidget())

    def _replace_body(self, body: QWidget) -> None:
        """Show ``body``; the old one goes later, as one of its buttons may be running its click."""
        old = self.takeWidget()
        self.setWidget(body)
        if old is not None:
            old.deleteLater()
