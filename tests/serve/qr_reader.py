"""Reading back a QR code printed in a terminal, with zxing-cpp (a real decoder), as a phone's camera would."""

from __future__ import annotations

import re

import numpy as np

_TOP_BOTTOM = {"█": (1, 1), "▀": (1, 0), "▄": (0, 1), " ": (0, 0)}
_ANSI = re.compile(r"\x1b\[(\d+)m  ")


def picture(text: str) -> np.ndarray:
    """Half-block or ANSI-coloured lines as a grey image, 8 pixels a module, light modules white."""
    rows: list[list[int]] = []
    for line in text.splitlines():
        if "\x1b" in line:
            rows.append([1 if code == "47" else 0 for code in _ANSI.findall(line)])
        else:
            pairs = [_TOP_BOTTOM[ch] for ch in line]
            rows += [[p[0] for p in pairs], [p[1] for p in pairs]]
    modules = np.array(rows, dtype=np.uint8) * 255
    return np.kron(modules, np.ones((8, 8), dtype=np.uint8))


def read_qr(text: str) -> list[str]:
    """What every QR code in `text` says."""
    import zxingcpp

    image = picture(text)
    found = zxingcpp.read_barcodes(image) or zxingcpp.read_barcodes(255 - image)  # light on dark, or inverted
    return [code.text for code in found if code.format == zxingcpp.BarcodeFormat.QRCode]
