"""One page of an identity document with the areas to black out, which the person moves,
resizes (drag the handle at a corner), adds and removes.

Areas are kept in the page image's pixels, as ``vault.cases.id_copies.Redaction`` measures them.
The page is shown as it is (it never leaves the window); the areas are drawn black and
half-transparent so the person sees what they cover.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QWidget,
)

_HANDLE = 14.0  # pixels of the page at the bottom-right corner that resize instead of move


class AreaItem(QGraphicsRectItem):
    """A movable, resizable black rectangle kept inside the page."""

    def __init__(self, rect: QRectF, bounds: QRectF, field: str = ""):
        super().__init__(QRectF(0, 0, rect.width(), rect.height()))
        self.setPos(rect.topLeft())
        self.bounds = bounds
        self.field = field
        self._resizing = False
        self.setBrush(QBrush(QColor(0, 0, 0, 200)))
        self.setPen(QPen(QColor(220, 40, 40), 0))
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setAcceptHoverEvents(True)

    def page_rect(self) -> QRect:
        """Where the area is, in the page's pixels (rounded outwards)."""
        rect = self.mapRectToScene(self.rect()).intersected(self.bounds)
        return rect.toAlignedRect()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):  # noqa: ANN001, ANN201 - Qt's signature
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            position: QPointF = value
            size = self.rect().size()
            x = min(max(position.x(), self.bounds.left()), self.bounds.right() - size.width())
            y = min(max(position.y(), self.bounds.top()), self.bounds.bottom() - size.height())
            return QPointF(x, y)
        return super().itemChange(change, value)

    def _in_handle(self, point: QPointF) -> bool:
        rect = self.rect()
        return point.x() >= rect.right() - _HANDLE and point.y() >= rect.bottom() - _HANDLE

    def hoverMoveEvent(self, event) -> None:  # noqa: ANN001
        shape = Qt.CursorShape.SizeFDiagCursor if self._in_handle(event.pos()) else Qt.CursorShape.SizeAllCursor
        self.setCursor(shape)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._resizing = self._in_handle(event.pos())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._resizing:
            self.resize_to(event.pos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._resizing = False
        super().mouseReleaseEvent(event)

    def resize_to(self, corner: QPointF) -> None:
        """Move the bottom-right corner (item coordinates), staying at least 4 pixels and on the page."""
        limit = self.mapFromScene(self.bounds.bottomRight())
        width = min(max(corner.x(), 4.0), limit.x())
        height = min(max(corner.y(), 4.0), limit.y())
        self.prepareGeometryChange()
        self.setRect(QRectF(0, 0, width, height))

    def paint(self, painter: QPainter, option, widget=None) -> None:  # noqa: ANN001
        super().paint(painter, option, widget)
        rect = self.rect()
        painter.fillRect(QRectF(rect.right() - _HANDLE, rect.bottom() - _HANDLE, _HANDLE, _HANDLE),
                         QColor(220, 40, 40))


class RedactionEditor(QGraphicsView):
    """The page and its areas; ``changed`` after an area is added or removed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMinimumSize(420, 280)
        self.setAccessibleName(self.tr("Page with the areas to black out"))
        self.setAccessibleDescription(self.tr("Drag an area to move it, drag its red corner to resize it."))
        self._page: QGraphicsPixmapItem | None = None
        self._bounds = QRectF()

    def show_page(self, image: QImage, areas: list[tuple[QRect, str]]) -> None:
        """Show ``image`` with these areas (page pixels, field name)."""
        self.scene().clear()
        self._page = self.scene().addPixmap(QPixmap.fromImage(image))
        self._bounds = QRectF(0, 0, image.width(), image.height())
        self.scene().setSceneRect(self._bounds)
        for rect, field in areas:
            self._add(QRectF(rect), field)
        self.fit()

    def clear_page(self) -> None:
        self.scene().clear()
        self._page = None
        self._bounds = QRectF()

    def _add(self, rect: QRectF, field: str = "") -> AreaItem:
        item = AreaItem(rect.intersected(self._bounds), self._bounds, field)
        self.scene().addItem(item)
        return item

    def add_area(self) -> AreaItem | None:
        """A new area in the middle of the page, selected, for the person to place."""
        if self._page is None:
            return None
        width, height = self._bounds.width() / 4, self._bounds.height() / 8
        item = self._add(QRectF(self._bounds.center().x() - width / 2, self._bounds.center().y() - height / 2,
                                width, height))
        self.scene().clearSelection()
        item.setSelected(True)
        self.changed.emit()
        return item

    def remove_selected(self) -> int:
        """Remove the selected areas; how many were removed."""
        selected = [item for item in self.scene().selectedItems() if isinstance(item, AreaItem)]
        for item in selected:
            self.scene().removeItem(item)
        if selected:
            self.changed.emit()
        return len(selected)

    def area_items(self) -> list[AreaItem]:
        return [item for item in self.scene().items() if isinstance(item, AreaItem)]

    def areas(self) -> list[tuple[QRect, str]]:
        """The areas as they stand (page pixels, field name), top to bottom."""
        found = [(item.page_rect(), item.field) for item in self.area_items()]
        return sorted((area for area in found if area[0].width() > 0 and area[0].height() > 0),
                      key=lambda area: (area[0].y(), area[0].x()))

    def fit(self) -> None:
        if self._page is not None:
            self.fitInView(self._bounds, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit()
