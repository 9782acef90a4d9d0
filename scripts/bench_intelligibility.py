"""Judge the exported built-in routine from outside with ../shared/tools/verify-export.

For each voice speed: export upper-back with the natural voice, then report the independent
recogniser's word error rate against our captions, speech onset against caption start, loudness
and chapters. Goals (issues 3 and 4): WER <= 3% at speed 1.0, <= 5% at 1.5; onset median <= 20 ms,
max <= 50 ms; the chapters in order; -19 LUFS (podcast loudness of a mono file) within 1 LU.

Run: .venv/bin/python scripts/bench_intelligibility.py [--renders N]   (writes docs/benchmarks/intelligibility.md:
this run's table on top, the page as it was below it)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERIFY = ROOT.parent / "shared" / "tools" / "verify-export"
SPEEDS = (1.0, 1.5)


def judge(speed: float, folder: Path, render: int) -> dict:  # type: ignore[type-arg]
    """Export with a fresh cache (Piper samples noise, so every cold render differs a little) and judge it."""
    out = folder / f"upper-back-{speed:g}-{render}.mp3"
    subprocess.run(
        [sys.executable, "-m", "voiceroutine", "export", "upper-back", "-o", str(out), "--engine", "piper",
         "--speed", str(speed), "--cache-dir", str(folder / f"cache-{speed:g}-{render}")],
        check=True, cwd=ROOT,
    )
    report = subprocess.run([str(VERIFY), str(out)], check=True, capture_output=True, text=True).stdout
    return json.loads(report)  # type: ignore[no-any-return]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=1, help="independent cold renders per speed (default 1)")
    args = parser.parse_args()
    if not VERIFY.exists():
        sys.exit(f"bench_intelligibility: {VERIFY} not found (it lives in the shared folder beside the repo)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for speed, render in [(speed, k) for speed in SPEEDS for k in range(args.renders)]:
            r = judge(speed, Path(tmp), render)
            onset = r.get("onset_error_s", {})
            chapters = [c["title"] for c in r.get("chapters", [])]
            rows.append(
                f"| {speed:g} | {r['wer'] * 100:.1f} % | {r['ref_words']} | {onset.get('median', 0) * 1000:.0f} ms | "
                f"{onset.get('max', 0) * 1000:.0f} ms | {r['loudness']['integrated_lufs']} LUFS | "
                f"{r['loudness']['true_peak_dbfs']} dBTP | {len(chapters)}: {', '.join(chapters)} |"
            )
            print(rows[-1])
    text = (
        "## Intelligibility, timing and loudness of the exported routine\n\n"
        f"Command: `.venv/bin/python scripts/bench_intelligibility.py --renders {args.renders}` (exports `upper-back`\n"
        "with the piper voice at each speed, each render with a fresh cache since Piper samples noise and every\n"
        "cold render differs a little, then runs `../shared/tools/verify-export` on the MP3: Whisper tiny.en word\n"
        "error rate against our captions, speech onset vs caption start, ffmpeg ebur128, ID3 chapters).\n"
        "Goals: WER <= 3 % at 1.0 and <= 5 % at 1.5; onset median <= 20 ms, max <= 50 ms; -19 LUFS +- 1 (mono).\n\n"
        "| speed | WER | words | onset median | onset max | loudness | true peak | chapters |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n" + "\n".join(rows) + "\n"
    )
    page = ROOT / "docs" / "benchmarks" / "intelligibility.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text + _earlier(page), encoding="utf-8")


def _earlier(page: Path) -> str:
    """The page before this run, below it: its table and reading as the latest earlier run, and its own earlier
    runs after that (each a `###` section), so a new run never loses what the page said."""
    old = page.read_text(encoding="utf-8") if page.exists() else ""
    body = old.split("\n", 1)[1] if old.startswith("## ") else old
    return f"\n### Earlier: the run before this one\n\n{body.strip()}\n" if body.strip() else ""


if __name__ == "__main__":
    main()
