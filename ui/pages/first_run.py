"""The dashboard's welcome on an empty vault: what the app does, in three steps, and one button to start."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstRunGuide(QFrame):
    """Three numbered steps and "Write my first request" (``start_requested``)."""

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Getting started"))
        title = QLabel(self.tr("Ask any organisation what it does with your data"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        steps = [
            (self.tr("Choose the organisation"),
             self.tr("Find the company or administration that holds your data in the built-in directory, or add "
                     "it yourself.")),
            (self.tr("Let the app write the letter"),
             self.tr("Say who you are and what you want: a copy of your data, a correction, its erasure… The "
                     "letter is written for you, citing the law, and you can change it.")),
            # GDPR art. 12(3): "within one month of receipt of the request" (docs/law-sources.md §2.2).
            (self.tr("Send it; the app keeps the deadline"),
             self.tr("Send it by e-mail or post and mark it sent. The organisation has one month from receipt to "
                     "answer; the app tells you when it is late and helps you send a reminder or a complaint.")),
        ]
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.step_labels: list[QLabel] = []
        for row, (heading, text) in enumerate(steps):
            number = QLabel(str(row + 1))
            number_font = number.font()
            number_font.setPointSizeF(number_font.pointSizeF() * 1.6)
            number_font.setBold(True)
            number.setFont(number_font)
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            number.setMinimumWidth(32)
            body = QLabel(f"<b>{heading}</b><br>{text}")  # our own translated words, no user data
            body.setTextFormat(Qt.TextFormat.RichText)
            body.setWordWrap(True)
            body.setAccessibleName(f"{row + 1}. {heading}")
            body.setAccessibleDescription(text)
            self.step_labels.append(body)
            grid.addWidget(number, row, 0)
            grid.addWidget(body, row, 1)
        self.start_button = QPushButton(self.tr("Write my first request"))
        self.start_button.setAccessibleName(self.tr("Write my first request (opens the new-request wizard)"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        more = QLabel(self.tr("Help ▸ Guide (F1) explains deadlines, reminders and complaints."))
        more.setWordWrap(True)
        more.setEnabled(False)  # dimmed by the platform style
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(more)
