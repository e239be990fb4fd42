"""Render the SVG app icon to the PNG sizes of the freedesktop hicolor theme, with Qt (QSvgRenderer).

    python packaging/make_icons.py            # writes packaging/icons/hicolor/<N>x<N>/apps/<id>.png

The source is the app's own icon, resources/icons/privacy-vault.svg (the one the window uses), so
the desktop entry, AppStream and the running app show the same picture. Runs without a display.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "io.github.privacyvault.PrivacyVault"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def source_svg() -> Path:
    return HERE.parent / "resources" / "icons" / "privacy-vault.svg"


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage/QPainter need an application)
    svg = source_svg()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    out = HERE / "icons" / "hicolor"
    for size in SIZES:
        render(renderer, size, out / f"{size}x{size}" / "apps" / f"{APP_ID}.png")
    scalable = out / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    print(f"{svg.name} -> {len(SIZES)} PNG sizes in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
