"""The share's address as a QR code in the terminal, for the phone's camera (made with segno).

Two rows of modules per line of text with half blocks, light modules drawn (the terminal's dark background is
the dark), inside a quiet zone of four modules, as `qrencode -t UTF8` does. A stream that cannot write the
blocks gets the same code in ANSI background colours, which are plain ASCII bytes.
"""

from __future__ import annotations

_HALF = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}
"""(top light, bottom light) -> character."""
BORDER = 4
_LIGHT, _DARK, _RESET = "\x1b[47m", "\x1b[40m", "\x1b[0m"


def _light_rows(text: str) -> list[list[bool]]:
    import segno

    code = segno.make(text, error="m", micro=False)
    return [[not dark for dark in row] for row in code.matrix_iter(border=BORDER)]


def terminal_qr(text: str, unicode: bool = True) -> str:
    """`text` as a QR code, lines of half blocks (`unicode`) or of ANSI-coloured spaces; ends with a newline."""
    rows = _light_rows(text)
    if not unicode:
        return "".join("".join((_LIGHT if light else _DARK) + "  " for light in row) + _RESET + "\n" for row in rows)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return "".join("".join(_HALF[top, bottom] for top, bottom in zip(rows[i], rows[i + 1])) + "\n"
                   for i in range(0, len(rows), 2))
