"""What pyproject.toml promises a user: the licence it names is the LICENSE file shipped, the Python versions
its classifiers list are the ones from requires-python on, no runtime dependency that nothing imports, and an
extra that is missing is one line with the command that installs it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from voiceroutine.errors import MissingProgramError
from voiceroutine.install_hints import Environment, Platform, System

ROOT = Path(__file__).resolve().parents[2]
tomllib = pytest.importorskip("tomllib")  # Python 3.11 and later
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_the_licence_declared_is_the_licence_file_shipped() -> None:
    assert PROJECT["license"] == "MIT" and PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n") and "Permission is hereby granted, free of charge" in text


def test_the_python_classifiers_run_from_requires_python_without_gaps() -> None:
    oldest = re.fullmatch(r">=3\.(\d+)", PROJECT["requires-python"].split("#")[0].strip())
    assert oldest is not None
    minors = sorted(int(m.group(1)) for c in PROJECT["classifiers"]
                    if (m := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", c)))
    assert minors[0] == int(oldest.group(1)) and minors == list(range(minors[0], minors[-1] + 1))


def test_runtime_dependencies_are_imported_by_the_program() -> None:
    """pydub was one that nothing imported (it is the benchmark's baseline, in the bench extra now)."""
    import_names = {"pyyaml": "yaml", "pillow": "PIL", "audioop-lts": "audioop", "readability-lxml": "readability"}
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "voiceroutine").rglob("*.py"))
    for requirement in PROJECT["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0).lower()  # type: ignore[union-attr]
        module = import_names.get(name, name.replace("-", "_"))
        assert re.search(rf"^\s*(import|from) {re.escape(module)}\b", source, re.MULTILINE), name
    assert not any(r.lower().startswith("pydub") for r in PROJECT["dependencies"])
    assert any(r.startswith("pydub") for r in PROJECT["optional-dependencies"]["bench"])


def test_a_missing_plot_extra_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from datetime import datetime

    from voiceroutine import install_hints
    from voiceroutine.sessions.plot import Score, write_png

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    monkeypatch.setattr(install_hints, "_current", Platform(System.MACOS, ("brew",), Environment.PIPX))
    with pytest.raises(MissingProgramError) as raised:
        write_png([Score(datetime(2026, 12, 1, 8), 6, 2)], tmp_path / "plot.png", "Effort and pain")
    assert str(raised.value) == (
        "--plot needs matplotlib, which is not installed: pipx inject voiceroutine matplotlib"
    )
    assert raised.value.exit_code == 1
    assert not (tmp_path / "plot.png").exists()


def test_no_project_url_until_the_project_has_a_public_home() -> None:
    """Decided in docs/install.md ("Packaging decisions"): a made-up address would mislead. Whoever adds one
    changes the decision there too."""
    assert "urls" not in PROJECT
    decision = (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
    assert "**No project URLs.**" in decision
