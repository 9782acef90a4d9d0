"""Whole files and copied pages in a format of their own -> the article text the importer reads.

A person imports more than articles: a saved e-mail, an app's CSV export, a calendar invitation, a page whose
routine is only in its JSON-LD, a handout's LaTeX, a man page's troff, RTF, AsciiDoc, org-mode or reStructuredText
source, an outliner's OPML export, a Word document's document.xml, a forum post's BBCode source, a Jira issue's wiki
markup, a chat export (a Telegram one in HTML too, a Slack export's JSON), a Jupyter notebook, a social thread (a
Mastodon one too), an AI assistant's answer, a forum thread, a Q&A page, a wiki page's source (MediaWiki; DokuWiki as
a saved file), a sports watch's workout steps, an e-reader's notebook. Each module here knows one format, says
whether a text is in it, and turns it into plain text or Markdown; the rest of the importer never sees the format.
Two entry points, because the saved files are read before the text is normalised and the copied pages after it.
"""

from __future__ import annotations

from voiceroutine.importer.formats.asciidoc import asciidoc_text
from voiceroutine.importer.formats.assistant import assistant_answer
from voiceroutine.importer.formats.bbcode import bbcode_text
from voiceroutine.importer.formats.calendar_file import calendar_text
from voiceroutine.importer.formats.chat import chat_messages
from voiceroutine.importer.formats.csv_export import csv_export
from voiceroutine.importer.formats.dokuwiki import dokuwiki_markdown
from voiceroutine.importer.formats.forum import forum_posts
from voiceroutine.importer.formats.jira_markup import jira_markdown
from voiceroutine.importer.formats.json_ld import howto_page
from voiceroutine.importer.formats.kindle_notes import kindle_notes
from voiceroutine.importer.formats.latex import latex_text
from voiceroutine.importer.formats.man_page import man_page_text
from voiceroutine.importer.formats.mastodon_thread import mastodon_thread
from voiceroutine.importer.formats.mime_message import message_text
from voiceroutine.importer.formats.notebook import notebook_text
from voiceroutine.importer.formats.opml import opml_text
from voiceroutine.importer.formats.org_mode import org_text
from voiceroutine.importer.formats.qa_page import answer_page
from voiceroutine.importer.formats.restructuredtext import rst_text
from voiceroutine.importer.formats.rtf import rtf_text
from voiceroutine.importer.formats.slack_export import slack_export
from voiceroutine.importer.formats.telegram_html import telegram_chat
from voiceroutine.importer.formats.thread import thread_text
from voiceroutine.importer.formats.wikitext import wikitext_markdown
from voiceroutine.importer.formats.word_xml import word_xml_text
from voiceroutine.importer.formats.workout_steps import workout_steps

__all__ = ["copied_page_text", "saved_file_text"]


def saved_file_text(text: str) -> str:
    """A saved file's text as an article: a saved e-mail's decoded text part, then a Slack export's day file as its
    poster's messages, a Jupyter notebook's markdown cells, a Word document's document.xml as Markdown, an outliner's
    OPML export as headings and items, a forum post's BBCode source as Markdown (its quotes and spoilers left out), a
    Jira issue's wiki markup as Markdown, an app's CSV export (a line an exercise), an .ics file's events, a Telegram
    chat's HTML export as a text chat, a page's JSON-LD HowTo, or a LaTeX, man page (troff), RTF, AsciiDoc, org-mode,
    reStructuredText or DokuWiki source as Markdown; any other text as it is."""
    text = message_text(text) or text
    return (slack_export(text) or notebook_text(text) or word_xml_text(text) or opml_text(text) or bbcode_text(text)
            or jira_markdown(text) or csv_export(text) or calendar_text(text) or telegram_chat(text) or howto_page(text)
            or latex_text(text) or man_page_text(text) or rtf_text(text) or asciidoc_text(text) or org_text(text)
            or rst_text(text) or dokuwiki_markdown(text) or text)


def copied_page_text(text: str) -> str:
    """Normalised text copied from a page of its own kind as an article: a chat export's coach messages, a social
    thread's posts (a Mastodon thread's too), an AI assistant's answer, a forum thread's posts, a Q&A page's answer,
    a wiki page's source as Markdown, a sports watch's workout steps, an e-reader's notebook; any other text as it
    is."""
    return (chat_messages(text) or mastodon_thread(text) or thread_text(text) or assistant_answer(text)
            or forum_posts(text) or answer_page(text) or wikitext_markdown(text) or workout_steps(text)
            or kindle_notes(text) or text)
