"""`voiceroutine serve`: exported routines onto a phone without a cable, over HTTP on the local network.

A podcast feed (with each routine's chapters, captions and cover) that a podcast app subscribes to, the
follow-along pages and the files, read-only, from one folder, under an unguessable token, on 127.0.0.1 unless
asked for the local network. Public entry point: `share()` in `server.py`; `folder_token()` in `tokens.py`
keeps a folder's token from one run to the next; `terminal_qr()` in `qr.py` draws the address for a camera.
"""

from voiceroutine.serve.qr import terminal_qr
from voiceroutine.serve.server import DEFAULT_PORT, Share, share
from voiceroutine.serve.tokens import folder_token

__all__ = ["DEFAULT_PORT", "Share", "folder_token", "share", "terminal_qr"]
