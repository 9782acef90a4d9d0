# Sourced by scripts/test on a full run (after setup.sh): build the wheel, install it with no extras in a virtual
# environment of its own, and run the installed command from outside the repository (check_wheel.py), so that a
# packaging break (a file missing from the wheel, a dependency missing from pyproject.toml) fails the run.
# The environment (.venv-wheel) is made anew when pyproject.toml or the Python changes; the wheel is reinstalled
# into it every run.
wheel_venv=$ROOT/.venv-wheel
wheel_out=$(mktemp -d)
say "building the wheel and running it from $wheel_venv"
# shellcheck disable=SC2064
trap "rm -rf '$wheel_out'" EXIT
# built from a copy of the files git tracks or would (not ignored), as a fresh clone would build it: an old build/
# folder in the checkout must not put files into the wheel that pyproject.toml leaves out
mkdir "$wheel_out/src"
git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null \
    | tar -xf - -C "$wheel_out/src"
python -m pip wheel -q --no-deps --disable-pip-version-check "$wheel_out/src" -w "$wheel_out" 2>&1 \
    | { grep -v '^WARNING: Location' >&2 || true; }
wheel=$(ls "$wheel_out"/voiceroutine-*.whl)
wheel_want="$(sha256sum pyproject.toml | cut -d' ' -f1) $(python3 -c 'import sys; print(sys.version)')"
if [[ ! -x $wheel_venv/bin/python ]] || [[ "$(cat "$wheel_venv/.voiceroutine-deps" 2>/dev/null)" != "$wheel_want" ]]; then
    rm -rf "$wheel_venv"
    python3 -m venv "$wheel_venv"
    "$wheel_venv/bin/python" -m pip install -q --disable-pip-version-check "$wheel" 2>&1 | { grep -v '^WARNING: Location' >&2 || true; }
    echo "$wheel_want" > "$wheel_venv/.voiceroutine-deps"
else
    "$wheel_venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$wheel" 2>&1 \
        | { grep -v '^WARNING: Location' >&2 || true; }
fi
python scripts/lib/check_wheel.py "$wheel_venv"
