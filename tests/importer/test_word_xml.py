"""A Word document's document.xml pasted as text: its runs joined into words, heading styles as headings, a table
as a pipe table, so each exercise is found and named whole."""

from __future__ import annotations

from tests.importer.helpers import by_name
from voiceroutine.importer.formats.word_xml import word_xml_text

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(runs: str, style: str = "") -> str:
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{props}{runs}</w:p>"


def _r(words: str, bold: bool = False) -> str:
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{words}</w:t></w:r>'


def _cell(words: str) -> str:
    return f"<w:tc><w:tcPr/>{_p(_r(words))}</w:tc>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(_cell(cell) for cell in cells) + "</w:tr>"


_DOC = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {_NS}><w:body>\n'
        + _p(_r("Knee plan for ") + _r("Mr Pike"), "Title") + "\n"
        + _p(_r("Clinic ") + "<w:r><w:tab/></w:r>" + _r("Tel 01632 960 001")) + "\n"
        + _p(_r("Warm-up"), "Heading1") + "\n"
        + _p(_r("Quad ", True) + '<w:proofErr w:type="spellStart"/>' + _r("set", True)
             + '<w:proofErr w:type="spellEnd"/>' + _r("ting", True), "Heading2") + "\n"
        + _p(_r("Press the back of the knee down into the bed. Hold for 5 seconds, 10 times.")) + "\n"
        + _p(_r("Heel ", True) + _r("slide", True) + _r("s", True), "Heading2") + "\n"
        + _p(_r("Slide the heel towards you and back.") + "<w:r><w:br/></w:r>" + _r("Twelve slides.")) + "\n"
        + "<w:tbl><w:tblPr/>" + _row("Exercise", "Sets", "Reps", "Rest") + _row("Step ups", "3", "8", "60 sec")
        + _row("Mini squats", "2", "10", "30 sec") + "</w:tbl>\n"
        + _p(_r("Page 1 of 2, version 4.1"), "Footer") + "\n"
        + "</w:body></w:document>")


def test_runs_join_into_words_and_styles_into_headings() -> None:
    markdown = word_xml_text(_DOC)
    assert markdown is not None
    assert "# Knee plan for Mr Pike" in markdown
    assert "### Quad setting" in markdown and "### Heel slides" in markdown
    assert "Slide the heel towards you and back. Twelve slides." in markdown
    assert "| Step ups | 3 | 8 | 60 sec |" in markdown
    assert "Clinic Tel 01632 960 001" in markdown and "version 4.1" not in markdown  # a footer is page chrome


def test_a_document_xml_imports_one_exercise_a_heading_and_a_row() -> None:
    found = by_name(_DOC)
    assert list(found) == ["Quad setting", "Heel slides", "Step ups", "Mini squats"]
    assert found["Quad setting"]["reps"] == 10 and found["Quad setting"]["hold"] == "5 s"
    assert found["Heel slides"]["reps"] == 12
    assert found["Step ups"]["sets"] == 3 and found["Step ups"]["reps"] == 8
    assert found["Mini squats"]["sets"] == 2 and found["Mini squats"]["reps"] == 10


def test_a_cut_off_paste_is_read_a_paragraph_a_line_and_other_xml_is_not_word() -> None:
    cut = _DOC[: _DOC.index("<w:tbl>")]
    markdown = word_xml_text(cut)
    assert markdown is not None and "Quad setting" in markdown and "<w:" not in markdown
    assert word_xml_text('<?xml version="1.0"?><opml version="2.0"><body/></opml>') is None
    assert word_xml_text("<!DOCTYPE x [<!ENTITY a 'b'>]>" + _DOC) is None
