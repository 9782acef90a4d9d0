"""`--lan`: the address printed is the one this computer uses on its network; none is one clear line."""

from __future__ import annotations

import pytest

from voiceroutine.errors import ServeError


class _Probe:
    """A UDP socket that reports the address the system would send from, or has no route."""

    def __init__(self, address: str | None) -> None:
        self.address = address
        self.connected: list[tuple[str, int]] = []

    def __enter__(self) -> _Probe:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def connect(self, target: tuple[str, int]) -> None:
        if self.address is None:
            raise OSError(101, "Network is unreachable")
        self.connected.append(target)

    def getsockname(self) -> tuple[str, int]:
        return (self.address or "", 40000)


@pytest.mark.parametrize(("address", "expected"), [("192.168.1.20", "192.168.1.20"), ("10.0.0.7", "10.0.0.7"),
                                                   (None, None), ("127.0.1.1", None), ("0.0.0.0", None)])
def test_the_lan_address_is_the_one_the_system_would_send_from(monkeypatch: pytest.MonkeyPatch, address: str | None,
                                                               expected: str | None) -> None:
    import socket

    from voiceroutine.serve.server import lan_address

    probe = _Probe(address)
    monkeypatch.setattr(socket, "socket", lambda *args: probe)
    if expected is None:
        with pytest.raises(ServeError, match=r"^no local network found: connect this computer to the phone's Wi-Fi"):
            lan_address()
    else:
        assert lan_address() == expected
        assert probe.connected == [("192.0.2.1", 9)]  # a documentation address: nothing is ever sent to it
