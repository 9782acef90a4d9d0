"""A Mastodon thread copied from the web interface: its author's posts, without the headers, date and count lines,
other people's posts or the author's answers to them."""

from __future__ import annotations

from voiceroutine.importer.formats.mastodon_thread import mastodon_thread
from voiceroutine.importer.read import normalize

_THREAD = """\
knit.social
Home
Explore

Bea Morrow
@bea@knit.social
Follow

CW: back pain

My osteo's list for long knitting evenings, every 45 minutes or so. #Knitting

Nov 2, 2026, 19:10 · 🌐 · Web
12 boosts · 30 favourites

Bea Morrow @bea@knit.social
Neck tilts: ear towards shoulder, slowly. 6 each side.

Nov 2, 2026, 19:12 · 🔓 · Web
3 boosts · 9 favourites

Bea Morrow @bea@knit.social
Shoulder squeezes: pull the blades together. Hold 5 s, 8 times.

Nov 2, 2026, 19:13 · 🔓 · Web
2 boosts · 11 favourites

Replies

Cal Ng @cal@yarn.example
I do 20 of the squeezes at lunch, great list.
Nov 2, 2026, 20:01

Bea Morrow @bea@knit.social
@cal she said no more than 8 at a time!
Nov 2, 2026, 20:30

knit.social: a server for makers · 900 active users · Mastodon v4.3.2
"""


def test_a_mastodon_thread_is_its_authors_posts() -> None:
    text = mastodon_thread(normalize(_THREAD))
    assert text is not None
    assert text.split("\n\n")[1:] == [
        "Neck tilts: ear towards shoulder, slowly. 6 each side.",
        "Shoulder squeezes: pull the blades together. Hold 5 s, 8 times.\n",
    ]
    for gone in ("boosts", "Follow", "CW:", "@", "20 of the squeezes", "no more than 8", "Explore", "active users"):
        assert gone not in text


def test_one_handle_line_is_no_thread() -> None:
    assert mastodon_thread("Bea Morrow @bea@knit.social\nNeck tilts 6 each side.\nNov 2, 2026, 19:12 · Web\n") is None
