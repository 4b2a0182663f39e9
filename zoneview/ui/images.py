"""Images to bytes in memory, so every image file is written by the one atomic writer (zoneview.files),
which checks each write and syncs it to the disk; QImage.save to a file reports neither."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # QIODevice
        raise OSError(f"cannot encode a {image.width()}×{image.height()} image as PNG")
    buffer.close()
    return bytes(data.data())
