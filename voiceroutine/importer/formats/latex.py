"""A LaTeX source (a handout written in LaTeX and pasted or saved as its .tex): its title, sections and lists as
Markdown headings and items, its units (siunitx's \\num{10}, \\SI{50}{\\second}, \\SIrange{30}{60}{\\second}, a math
"$2 \\times 10$") as plain words, its preamble, comments and figures left out."""

from __future__ import annotations

import re

_MARKS = re.compile(r"\\documentclass|\\begin\{document\}|\\usepackage|\\section\*?\{|\\begin\{(?:enumerate|itemize)\}")
_COMMENT = re.compile(r"(?<!\\)%.*$", re.M)
_FIGURE = re.compile(r"\\begin\{(figure|table)\*?\}.*?\\end\{\1\*?\}", re.S)
_UNITS = {"second": "seconds", "minute": "minutes", "hour": "hours", "metre": "metres", "meter": "meters",
          "kilogram": "kg", "s": "seconds", "min": "minutes"}
_SI = re.compile(r"\\SI\{(?P<n>[^{}]*)\}\{\\(?P<u>[a-z]+)\}")
_SI_RANGE = re.compile(r"\\SIrange\{(?P<a>[^{}]*)\}\{(?P<b>[^{}]*)\}\{\\(?P<u>[a-z]+)\}")
_HEADING = re.compile(r"\\(?P<kind>section|subsection|subsubsection|paragraph)\*?\{(?P<text>[^{}]*)\}")
_STYLE = re.compile(r"\\(?:textbf|textit|emph|underline|textsc|texttt|mbox|text)\{(?P<text>[^{}]*)\}")
_LEVELS = {"section": "##", "subsection": "###", "subsubsection": "####", "paragraph": "####"}
_SYMBOLS = [("\\times", "x"), ("\\pounds", "£"), ("\\euro", "€"), ("\\%", "%"), ("\\&", "&"), ("\\$", "$"),
            ("~", " "), ("---", "—"), ("--", "–"), ("``", '"'), ("''", '"')]


def latex_text(text: str) -> str | None:
    """The article in `text` as Markdown when it is a LaTeX source, else None."""
    if len(_MARKS.findall(text[:200_000])) < 2:
        return None
    title = re.search(r"\\title\{(?P<t>[^{}]*)\}", text)
    body = text
    if (start := text.find("\\begin{document}")) >= 0:
        body = text[start + len("\\begin{document}"):]
        body = body.split("\\end{document}")[0]
    body = _FIGURE.sub("", _COMMENT.sub("", body))
    body = _SI_RANGE.sub(lambda m: f"{m['a']}-{m['b']} {_UNITS.get(m['u'], m['u'])}", body)
    body = _SI.sub(lambda m: f"{m['n']} {_UNITS.get(m['u'], m['u'])}", body)
    body = re.sub(r"\\num\{([^{}]*)\}", r"\1", body)
    body = re.sub(r"\$([^$]*)\$", r"\1", body)
    while (styled := _STYLE.sub(lambda m: f"**{m['text']}**" if m.group(0).startswith("\\textbf") else m["text"],
                                body)) != body:
        body = styled
    for symbol, plain in _SYMBOLS:
        body = body.replace(symbol, plain)
    lines: list[str] = [f"# {title['t'].strip()}", ""] if title else []
    lists: list[str] = []
    counts: list[int] = []
    for raw in body.splitlines():
        line = raw.strip()
        if m := re.match(r"\\begin\{(enumerate|itemize)\}", line):
            lists.append(m[1])
            counts.append(0)
            lines.append("")
            continue
        if re.match(r"\\end\{(enumerate|itemize)\}", line):
            if lists:
                lists.pop()
                counts.pop()
            lines.append("")
            continue
        if m := _HEADING.match(line):
            lines.extend(["", f"{_LEVELS[m['kind']]} {m['text'].strip()}", ""])
            continue
        if line.startswith("\\item"):
            item = line[len("\\item"):].strip()
            if lists and lists[-1] == "enumerate":
                counts[-1] += 1
                lines.append(f"{counts[-1]}. {item}")
            else:
                lines.append(f"- {item}")
            continue
        line = re.sub(r"\\[A-Za-z]+\*?(?:\[[^\]]*\])?", " ", line).replace("{", "").replace("}", "")
        line = " ".join(line.replace("\\\\", " ").split())
        if not line:
            lines.append("")
        elif lists and lines and lines[-1].strip():
            lines[-1] += " " + line  # an item's text goes on over the next lines of the source
        else:
            lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
