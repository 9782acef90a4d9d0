# Sourced by scripts/test on a full run (after setup.sh): the tests that need no real engine, ffmpeg or device
# (-m "not e2e") on the oldest and the newest Python that pyproject.toml's classifiers list, when they are on this
# machine (pyenv's, uv's, or on PATH); a missing one is skipped with a line that says so. Each gets an environment
# with the dependencies of voiceroutine and its test, play and plot extras (not voiceroutine itself: the tests import
# this checkout), kept in ~/.cache/voiceroutine-dev by the hash of those requirements, so every checkout with the same
# requirements shares it and it is rebuilt only when they change.
read -r oldest newest < <(python - <<'PY'
import re, tomllib
classifiers = tomllib.load(open("pyproject.toml", "rb"))["project"]["classifiers"]
minors = sorted(int(m.group(1)) for c in classifiers if (m := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", c)))
print(f"3.{minors[0]} 3.{minors[-1]}")
PY
)

find_python() {  # $1: 3.10 -> the path of a python3.10 that runs, or nothing
    local candidate
    for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$1".*/bin/python"$1" "$(command -v "python$1" || true)"; do
        if [[ -x $candidate ]] && "$candidate" -c "import sys, venv, ensurepip; sys.exit(sys.version_info[:2] != (${1/./, }))" \
            2>/dev/null; then
            echo "$candidate"
            return
        fi
    done
    if command -v uv >/dev/null 2>&1; then
        uv python find "$1" 2>/dev/null || true
    fi
}

requirements_for() {  # the dependencies, test, play and plot extras as requirement lines (markers kept: pip evaluates them)
    python - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
extras = project["optional-dependencies"]
print("\n".join([*project["dependencies"], *extras["test"], *extras["play"], *extras["plot"]]))
PY
}

pure_tests_on() {  # $1: 3.10
    local py env hash
    py=$(find_python "$1")
    if [[ -z $py ]]; then
        say "skipped the tests on Python $1: no python$1 on this machine (pyenv install $1, or uv python install $1)"
        return
    fi
    hash=$(requirements_for | sha256sum | cut -c1-16)
    env=${XDG_CACHE_HOME:-$HOME/.cache}/voiceroutine-dev/py$1-$hash
    mkdir -p "$(dirname "$env")"
    (
        flock 9  # another checkout may be building the same environment
        if [[ ! -f $env/.complete ]]; then
            say "creating $env (Python $1; once for these requirements)"
            rm -rf "$env"
            "$py" -m venv "$env"
            "$env/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip 2>&1 | { grep -v "^WARNING: Location" >&2 || true; }
            "$env/bin/python" -m pip install -q --disable-pip-version-check -r <(requirements_for) 2>&1 \
                | { grep -v '^WARNING: Location' >&2 || true; }
            touch "$env/.complete"
        fi
    ) 9>"$env.lock"
    echo "== pytest on Python $1 ($("$env/bin/python" -c 'import platform; print(platform.python_version())'), -m 'not e2e')" >&2
    PYTHONPATH=$ROOT "$env/bin/python" -m pytest -q -m "not e2e" -p no:cacheprovider
}

for version in $(printf '%s\n' "$oldest" "$newest" | sort -u); do
    pure_tests_on "$version"
done
