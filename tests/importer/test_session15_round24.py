"""Rules added while tuning on round 24's ordinary pages: a workout app's CSV export and an e-mail saved whole."""

from __future__ import annotations

from voiceroutine.importer import import_article
from voiceroutine.importer.formats.csv_export import csv_export
from voiceroutine.importer.formats.mime_message import message_text
from voiceroutine.routine.loader import load_routine_text


def _import(text: str, source: str = "article.txt") -> str:
    result = import_article(text, source)
    load_routine_text(result.yaml_text, source)
    return result.yaml_text[result.yaml_text.index("exercises:"):]


_CSV = ('Workout Name,Date,Exercise Name,Set Type,Weight (kg),Reps,Seconds,Notes\n'
        'Tuesday legs,1 Dec 2026,Goblet squat,warm-up,8,12,,\n'
        'Tuesday legs,1 Dec 2026,Goblet squat,normal,16,10,,\n'
        'Tuesday legs,1 Dec 2026,Goblet squat,normal,16,10,,\n'
        'Tuesday legs,1 Dec 2026,Goblet squat,normal,16,9,,\n'
        'Tuesday legs,1 Dec 2026,Reverse lunge,normal,10,6,,each leg\n'
        'Tuesday legs,1 Dec 2026,Reverse lunge,normal,10,6,,\n'
        'Tuesday legs,1 Dec 2026,Side plank,normal,,,30,\n'
        'Tuesday legs,1 Dec 2026,Side plank,normal,,,30,\n')


def test_a_csv_export_reads_one_row_a_set_without_warm_ups():
    text = csv_export(_CSV)
    assert text is not None
    assert "- Goblet squat: 3 sets of 10 reps" in text
    assert "- Reverse lunge: 2 sets of 6 reps each side" in text
    assert "- Side plank: 2 sets, hold 30 seconds" in text
    out = _import(_CSV, "export.csv")
    assert "name: Goblet squat" in out and "reps: 10" in out and "sets: 3" in out
    assert "hold: 30 s" in out


def test_a_csv_export_with_a_sets_column_in_another_order():
    text = csv_export('"Sets";"Movement";"Repetitions";"Side"\n"4";"Step-up";"8";"per side"\n"2";"Bridge";"15";""\n')
    assert text is not None
    assert "- Step-up: 4 sets of 8 reps each side" in text and "- Bridge: 2 sets of 15 reps" in text


def test_a_pyramid_is_said_set_by_set_and_ordinary_text_is_no_csv():
    text = csv_export("exercise,reps\nPress,10\nPress,8\nPress,6\n")
    assert text is not None and "10/8/6 reps" in text
    assert csv_export("Squats, lunges and bridges, then a walk.\nThat is all, really.\n") is None
    assert csv_export("date,weight,mood\n1 Dec,70,good\n") is None


_EML = ("Received: by mail.example with SMTP id 42;\n"
        "        Tue, 1 Dec 2026 10:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        "From: A Physio <physio@clinic.example>\n"
        "Subject: =?UTF-8?Q?Knee_plan_=E2=80=93_week_2?=\n"
        'Content-Type: multipart/alternative; boundary="b1"\n'
        "\n"
        "--b1\n"
        'Content-Type: text/plain; charset="UTF-8"\n'
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "Hi Jo,\n\n"
        "1. Quad sets =E2=80=93 3 =C3=97 10, hold 5 seconds at the t=\n"
        "op\n\n"
        "2. Heel slides =E2=80=93 2 =C3=97 15\n\n"
        "--b1\n"
        'Content-Type: text/html; charset="UTF-8"\n'
        "\n"
        "<p>Hi Jo</p>\n"
        "--b1--\n")


def test_a_saved_email_is_read_from_its_decoded_text_part():
    text = message_text(_EML)
    assert text is not None
    assert text.startswith("Knee plan \u2013 week 2")
    assert "Quad sets \u2013 3 \u00d7 10, hold 5 seconds at the top" in text and "Received" not in text
    out = _import(_EML, "mail.eml")
    assert "name: Quad sets" in out and "name: Heel slides" in out and "reps: 15" in out
    assert message_text("Subject: squats\nThree rounds of squats today.\n") is None


def test_a_count_with_a_times_sign_and_no_number_after_it_is_reps():
    from voiceroutine.importer.dose import Kind, find_mentions

    mentions = find_mentions("Wall press \u2013 12 \u00d7, then rest a moment")
    assert [(m.kind, m.amount.low) for m in mentions if m.kind is Kind.REPS] == [(Kind.REPS, 12)]
    assert not [m for m in find_mentions("Step-ups 2 \u00d7 8 kg") if m.kind is Kind.REPS and m.amount.low == 2]


_ACCORDION = ("<html><body><main><h1>Morning mobility</h1>\n"
              "<nav><button aria-expanded='false'>Menu</button></nav>\n"
              "<div class='accordion'>\n"
              "<h3><button aria-controls='part-a' aria-expanded='true'>Hip circles</button></h3>\n"
              "<div id='part-a'><p>Stand tall and draw slow circles with one hip.</p>"
              "<p>Repeat 6 times each way.</p></div>\n"
              "<h3><button aria-controls='part-b' aria-expanded='false'>Wall sit</button></h3>\n"
              "<div id='part-b' hidden><p>Slide down a wall until your knees are bent.</p>"
              "<p>Hold for 20 seconds.</p></div>\n"
              "</div>\n"
              "<div hidden><p>Cart: 2 items</p></div>\n"
              "</main></body></html>")


def test_an_accordion_reads_its_buttons_as_names_and_its_collapsed_panels():
    from voiceroutine.importer.read import read_article

    texts = [block.text for block in read_article(_ACCORDION).blocks]
    assert "Hip circles" in texts and "Wall sit" in texts and "Hold for 20 seconds." in texts
    assert "Menu" not in texts and not any("Cart" in text for text in texts)
    out = _import(_ACCORDION, "page.html")
    assert "name: Wall sit" in out and "hold: 20 s" in out


_QA = ("Fitness Q&A\n\nQuestions\nTags\n\nHow do I loosen tight hips after desk work?\nAsked 1 year ago\n"
       "Viewed 3k times\n\n"
       "7\n\nI sit 9 hours a day and my hips ache. I walk 5 km on weekends.\n\nShare\nImprove this question\nFollow\n"
       "asked Mar 1 at 10:00\nDee\n\n3 Answers\nSorted by:\nHighest score (default)\n\n"
       "12\n\nTry these most evenings.\n\n"
       "Hip flexor lunge. Kneel on one knee and shift forward. Hold for 30 seconds on each side.\n\n"
       "Glute bridge. Lie on your back and lift your hips. Do 2 sets of 12.\n\n"
       "Share\nImprove this answer\nFollow\nanswered Mar 2 at 08:00\nMo\n1,204 3 9\n"
       "Nice one, I do 3 sets of 20 bridges. \u2013 Al Mar 3 at 10:00\nAdd a comment\n\n"
       "2\n\nJust stretch.\n\nShare\nImprove this answer\nFollow\n\nYour Answer\n\nLinked\n4\nIs sitting bad?\n")


def test_a_question_and_answer_page_reads_the_answer_with_the_doses():
    from voiceroutine.importer.formats.qa_page import answer_page

    text = answer_page(_QA)
    assert text is not None and text.startswith("How do I loosen tight hips after desk work?\n")
    assert "Glute bridge." in text and "5 km" not in text and "3 sets of 20" not in text and "Just stretch" not in text
    out = _import(_QA)
    assert "name: Hip flexor lunge" in out and "name: Glute bridge" in out and "reps: 12" in out
    assert "Answers" not in out and "reps: 20" not in out
    assert answer_page("Squats\n\n3 Answers to common questions\n\n10 squats.\n") is None


_SIBLINGS = ("Three for the lower back, most days.\n\n"
             "Cat cow. On hands and knees, arch and round your back. Do 10 slow rounds.\n\n"
             "Bird dog. Reach one arm and the other leg long. 2 sets of 8 each side.\n\n"
             "Dead bug. Lie on your back and lower an arm and a leg. 2 sets of 10.\n\n"
             "Towel wring. Hold a rolled towel in both hands and twist it. Hold for 5 seconds, 10 times.\n\n"
             "You can do them in any order. Thanks for asking.\n")


def test_a_name_sentence_no_list_knows_is_read_beside_known_ones():
    from voiceroutine.importer.sibling_names import sibling_name_sentences

    out = _import(_SIBLINGS)
    assert "name: Towel wring" in out and "hold: 5 s" in out
    assert "You can" not in out
    assert sibling_name_sentences([], [1, 2]) == []


_WIKI = ("{{Plan box\n| level = Easy\n| time = 20 min\n}}\n"
         "'''Porch Circuit''' is the short circuit our walking group does on the porch.<ref>Club notes.</ref>\n\n"
         "<!-- ask before editing -->\n__NOTOC__\n"
         "== Start ==\n* '''[[Ankle circle|Ankle circles]]''' – 8 each way\n\n"
         "== Main ==\n{| class=\"wikitable\"\n! Exercise !! Sets !! Reps\n|-\n| [[Step-up]] || 2 || 10 each side\n"
         "|-\n| [[Wall push-up|Wall push-ups]] || 3 || 12\n|}\n\n"
         "[[Category:Circuits]]\n")


def test_wiki_source_is_read_as_markdown():
    from voiceroutine.importer.formats.wikitext import wikitext_markdown

    text = wikitext_markdown(_WIKI)
    assert text is not None and text.startswith("# Porch Circuit\n")
    assert "## Main" in text and "- **Ankle circles** – 8 each way" in text
    assert "| Step-up | 2 | 10 each side |" in text and "| Wall push-ups | 3 | 12 |" in text
    assert "Category" not in text and "Plan box" not in text and "Club notes" not in text and "NOTOC" not in text
    out = _import(_WIKI)
    assert "name: Wall push-ups" in out and "reps: 12" in out and "'''" not in out
    assert wikitext_markdown("== One ==\nJust a line with = signs.\n") is None


def test_a_count_or_time_said_for_a_side_is_per_side():
    from voiceroutine.importer.dose import find_sides

    assert find_sides("Time: 40 secs a side")[0] is not None
    assert find_sides("Do 6 a leg, slowly.")[0] is not None
    assert find_sides("Sit on a side of the bed.")[0] is None


def test_two_sentences_before_a_colon_name_no_exercise():
    from voiceroutine.importer.structure import _heading_like

    assert not _heading_like("Right. Some notes:", colon=True)
    assert not _heading_like("Done now! Next week:", colon=True)
    assert _heading_like("St. Anne's hip opener:", colon=True)
