# Sourced by scripts/test, scripts/demo and scripts/bench: installs what is missing, quickly when nothing is.
# Leaves: $ROOT (the repo), $VENV (its virtual environment, activated), VOICEROUTINE_CACHE_DIR=$ROOT/audio_cache.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VENV=$ROOT/.venv
cd "$ROOT"

say() { printf 'setup: %s\n' "$*" >&2; }

# System packages: espeak-ng (voices; also libespeak-ng for pyttsx3), ffmpeg (encoding),
# libasound2-dev + gcc (simpleaudio builds from source), python venv and headers, fonts-dejavu-core (the cover's
# lettering); with WANT_BROWSER=1 (scripts/test) also chromium, for the follow-along page's browser tests.
missing_debs() {
    local missing=()
    if [[ ${WANT_BROWSER:-0} == 1 ]]; then
        command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    fi
    [[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]] || missing+=(fonts-dejavu-core)
    command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
    command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
    command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
    command -v gcc >/dev/null 2>&1 || missing+=(gcc)
    if command -v dpkg-query >/dev/null 2>&1; then
        for pkg in libasound2-dev libespeak-ng1; do
            dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
        done
    fi
    python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
    python3 -c 'import sysconfig, os, sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))' \
        >/dev/null 2>&1 || missing+=(python3-dev)
    printf '%s\n' "${missing[@]}" | sort -u | grep -v '^$' || true
}

debs=$(missing_debs | tr '\n' ' ')
if [[ -n "${debs// /}" ]]; then
    if command -v apt-get >/dev/null 2>&1; then
        sudo=""
        if [[ $(id -u) -ne 0 ]]; then
            if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
                say "missing system packages: $debs"
                say "install them with: sudo apt-get install -y $debs"
                exit 1
            fi
        fi
        say "installing system packages: $debs"
        $sudo apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $debs >/dev/null
    else
        say "missing: $debs (no apt-get here): install espeak-ng, ffmpeg, gcc, ALSA headers and Python venv support"
        exit 1
    fi
fi

# Python environment: reinstalled only when pyproject.toml changes.
stamp=$VENV/.voiceroutine-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [[ ! -x $VENV/bin/python ]] || [[ "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    say "creating $VENV and installing voiceroutine with its extras (first run takes a few minutes)"
    [[ -x $VENV/bin/python ]] || python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[dev,natural,play,plot,bench]"
    echo "$want" > "$stamp"
fi
# shellcheck disable=SC1091
source "$VENV/bin/activate"
export VOICEROUTINE_CACHE_DIR=${VOICEROUTINE_CACHE_DIR:-$ROOT/audio_cache}
