"""Effort and pain over time: a small chart in the terminal, or a PNG (matplotlib, the `plot` extra).

The terminal chart is ours: two scores from 0 to 10 per session fit an 11-line grid of characters, and the
terminal plotting library we tried (plotext 6) draws its legend over the data and writes colour codes into pipes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from voiceroutine.errors import MissingProgramError, OptionError
from voiceroutine.sessions.model import Session

if TYPE_CHECKING:
    from matplotlib.figure import Figure

EFFORT_MARK = "●"
PAIN_MARK = "▲"
BOTH_MARK = "◆"
MAX_COLUMNS = 30
"""The chart shows the last answered sessions that fit, one column each."""


@dataclass(frozen=True, slots=True)
class Score:
    """One answered session."""

    when: datetime
    effort: int | None
    pain: int | None


def scores(sessions: Sequence[Session]) -> list[Score]:
    return [Score(s.started, s.effort, s.pain) for s in sessions if s.effort is not None or s.pain is not None]


def _label(day: date) -> str:
    return f"{day.day} {day:%b}"


def score_chart(points: Sequence[Score]) -> list[str]:
    """The chart as plain lines: 10 at the top, 0 at the bottom, one column (2 wide) per session, oldest left."""
    points = list(points)[-MAX_COLUMNS:]
    lines = []
    for value in range(10, -1, -1):
        cells = []
        for p in points:
            mark = " "
            if p.effort == value and p.pain == value:
                mark = BOTH_MARK
            elif p.effort == value:
                mark = EFFORT_MARK
            elif p.pain == value:
                mark = PAIN_MARK
            cells.append(mark)
        lines.append(f"{value:>2} │ {' '.join(cells)}".rstrip())
    width = max(1, 2 * len(points) - 1)
    lines.append(f"   └─{'─' * width}─")
    if points:
        first, last = _label(points[0].when.date()), _label(points[-1].when.date())
        gap = max(1, width + 1 - len(first) - len(last))
        lines.append(f"     {first}{' ' * gap}{last}" if len(points) > 1 else f"     {first}")
    lines.append(f"     {EFFORT_MARK} effort (1-10)   {PAIN_MARK} pain (0-10)   {BOTH_MARK} both")
    return lines


def write_png(points: Sequence[Score], path: Path, title: str) -> None:
    """Effort and pain by date as a PNG, written atomically (a temp file beside it, then renamed)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import dates, pyplot
    except ImportError:
        from voiceroutine.install_hints import pip_command

        raise MissingProgramError(  # a part missing, as ffmpeg would be: exit 1
            f"--plot needs matplotlib, which is not installed: {pip_command('matplotlib')}"
        ) from None
    if not points:
        raise OptionError("--plot: no session has an effort or pain answer yet, so there is nothing to plot")
    figure, axes = pyplot.subplots(figsize=(8, 4), dpi=100)
    try:
        days = [float(dates.date2num(p.when.replace(tzinfo=None))) for p in points]  # type: ignore[no-untyped-call]
        for label, values, marker, color in (
            ("effort (1-10)", [p.effort for p in points], "o", "tab:blue"),
            ("pain (0-10)", [p.pain for p in points], "^", "tab:red"),
        ):
            known = [(d, v) for d, v in zip(days, values) if v is not None]
            if known:
                axes.plot([d for d, _ in known], [v for _, v in known], marker=marker, color=color, label=label)
        axes.xaxis_date()
        span_days = (points[-1].when - points[0].when).days
        axes.xaxis.set_major_locator(dates.DayLocator(interval=max(1, span_days // 8)))  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_formatter(dates.DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
        axes.set_ylim(-0.5, 10.5)
        axes.set_yticks(range(0, 11, 2))
        axes.set_title(title)
        axes.grid(alpha=0.3)
        axes.legend(loc="upper left")
        figure.autofmt_xdate()
        _save_atomically(figure, path)
    finally:
        pyplot.close(figure)


def _save_atomically(figure: Figure, path: Path) -> None:
    from voiceroutine.export.files import Staging, describe_os_error

    with Staging() as staging:
        temp = staging.temp_for(path)
        try:
            figure.savefig(temp, format="png")
        except OSError as e:
            raise describe_os_error(e, path) from None
        staging.commit()
