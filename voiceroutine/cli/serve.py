"""`voiceroutine serve`: share exported routines with a phone over HTTP (a podcast feed, the pages, the files)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Annotated

import typer

from voiceroutine.cli.common import user_errors
from voiceroutine.cli.options import QuietOption
from voiceroutine.cli.output import is_unicode, status

DEFAULT_PORT = 8531  # voiceroutine.serve.DEFAULT_PORT, repeated so that --help imports no server


def serve(
    folder: Annotated[
        Path, typer.Argument(metavar="[FOLDER]", show_default=False,
                             help="The folder the routines were exported to (default: the current folder).")
    ] = Path("."),
    lan: Annotated[
        bool, typer.Option("--lan", help="Share on the local network (Wi-Fi), for the phone; without it only this "
                                         "computer can connect (127.0.0.1).")
    ] = False,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on; 0 picks a free one.")]
    = DEFAULT_PORT,
    new_token: Annotated[
        bool, typer.Option("--new-token", help="Change the secret in the addresses: the old ones stop working "
                                               "(a podcast app must subscribe again).")
    ] = False,
    quiet: QuietOption = False,
) -> None:
    """Share the routines exported to FOLDER: a podcast feed to subscribe to, the follow-along pages and the
    files, read-only, until Ctrl-C.

    Prints the feed's address, then a QR code of it for the phone's camera. Every address carries a secret
    token, the same each time for the same folder (--new-token changes it); nothing outside FOLDER is served.
    Add --lan to reach it from the phone.
    """
    with user_errors():
        from voiceroutine.serve import folder_token, share, terminal_qr

        token = folder_token(folder, new=new_token)
        heading_done = threading.Event()

        def log(line: str) -> None:  # a request's line comes after the heading, never inside it
            heading_done.wait()
            status(line, quiet)

        running = share(folder, lan=lan, port=port, token=token, log=log)
        try:
            count = running.episode_count()
            typer.echo(running.feed_url)
            if is_unicode(sys.stdout) or sys.stdout.isatty():  # else no blocks, and colours are dropped off a tty:
                typer.echo(terminal_qr(running.feed_url, unicode=is_unicode(sys.stdout)), nl=False)  # blank lines
            where = "on the local network" if lan else "on this computer only (add --lan for the phone)"
            routines = f"{count} routine{'s' if count != 1 else ''}" if count else "no routines yet"
            status(f"Sharing {routines} from {running.folder}, read-only, {where}.", quiet)
            status(f"Subscribe to the address above in a podcast app, or open {running.index_url} in a browser.",
                   quiet)
            status("Stop with Ctrl-C.", quiet)
            heading_done.set()
            idle = threading.Event()
            while not idle.wait(1.0):  # until Ctrl-C, SIGTERM or SIGHUP (shutdown.py raises them here)
                pass
        except KeyboardInterrupt:  # the way serve is meant to end: exit 0
            pass
        finally:
            heading_done.set()
            running.close()
        status("Stopped sharing.", quiet)


def register(app: typer.Typer) -> None:
    """Add `serve` to `app`."""
    app.command()(serve)
