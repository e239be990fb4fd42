"""Taking files dropped from a file manager: local files only, nothing else."""
from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent


def local_files(mime: QMimeData) -> list[str]:
    """The local file paths a drag carries (none when it carries anything else)."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return paths if len(paths) == len(urls) else []


class FileDropTarget:
    """Mix into a QWidget (before the Qt class) and implement ``take_dropped_files(paths)``."""

    def take_dropped_files(self, paths: list[str]) -> None:
        raise NotImplementedError

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = local_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.take_dropped_files(files)
