"""The QR code `serve` prints reads back as the address, in both drawings."""

from __future__ import annotations

import pytest

from tests.serve.qr_reader import read_qr
from voiceroutine.serve import terminal_qr

ADDRESS = "http://192.168.178.23:8531/3qntD2lG_C7s3fnQii30Vqzf/feed.xml"


@pytest.mark.parametrize("unicode", [True, False])
def test_the_printed_code_reads_as_the_address(unicode: bool) -> None:
    text = terminal_qr(ADDRESS, unicode=unicode)
    assert read_qr(text) == [ADDRESS]
    assert text.endswith("\n")
    if not unicode:
        assert text.isascii()


def test_the_half_block_code_is_square_with_a_quiet_zone() -> None:
    lines = terminal_qr(ADDRESS).splitlines()
    width = len(lines[0])
    assert {len(line) for line in lines} == {width}
    assert len(lines) == (width + 1) // 2  # two modules a line
    assert lines[0] == lines[1] == "█" * width  # four light modules around the code
    assert all(line.startswith("████") and line.endswith("████") for line in lines[:-1])
