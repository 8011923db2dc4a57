#!/usr/bin/env bash
# Shared set-up for run-app.sh and run-tests.sh: system libraries (Debian), then a virtual
# environment in .venv with the project installed. Safe to run again: it only does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${1:-}"          # "test" for the test suite, empty for the app
shift || true
SYSTEM_PACKAGES=("$@")   # extra Debian packages this caller needs

# Libraries Qt needs offscreen and in a real window, fonts for every script the app shows.
BASE_PACKAGES=(
    python3-venv
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 libx11-6
    libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    fonts-dejavu-core fonts-wqy-zenhei fonts-noto-core
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${BASE_PACKAGES[@]}" "${SYSTEM_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
fi
if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -x "$VENV/bin/uv" ]; then
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check uv
fi

# Reinstall only when the dependency list changed.
stamp="$VENV/.installed-$EXTRAS"
want="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    spec="$ROOT"
    [ -n "$EXTRAS" ] && spec="$ROOT[$EXTRAS]"
    echo "Installing Python packages into $VENV"
    # Compiled bytecode up front: every start of the app and every command then skips compiling
    # its imports (seconds on a slow laptop, and where PYTHONDONTWRITEBYTECODE is set, every time).
    VIRTUAL_ENV="$VENV" "$VENV/bin/uv" pip install -q --compile-bytecode \
        --python "$VENV/bin/python" -e "$spec"
    echo "$want" > "$stamp"
fi
"$VENV/bin/python" -m compileall -q "$ROOT/sistercommittee" >/dev/null
