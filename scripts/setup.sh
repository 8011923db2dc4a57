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
# uv itself, pinned, kept beside the environment rather than in it: `uv sync` makes the environment
# exactly what the lock file lists, and would remove a uv installed inside it.
UV_VERSION="0.13.9"
TOOLS="$ROOT/.tools"
UV="$TOOLS/bin/uv"
if [ ! -x "$UV" ] || [ "$("$UV" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
    echo "Installing uv $UV_VERSION into $TOOLS"
    "$PYTHON" -m pip install -q --disable-pip-version-check --upgrade --target "$TOOLS" "uv==$UV_VERSION"
fi

# Install exactly what uv.lock pins (every package with its hash); reinstall only when the lock
# file changed. The test environment holds everything the app needs, so the app accepts it.
# To update the pins: `.tools/bin/uv lock --upgrade` (or `--upgrade-package NAME`), then run the
# tests.
want="$(sha256sum "$ROOT/uv.lock" "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)"
stamp="$VENV/.installed-${EXTRAS:-app}"
if [ -z "$EXTRAS" ] && [ -f "$VENV/.installed-test" ] && [ "$(cat "$VENV/.installed-test")" = "$want" ]; then
    stamp="$VENV/.installed-test"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "Installing Python packages into $VENV from uv.lock"
    extra_args=()
    [ -n "$EXTRAS" ] && extra_args=(--extra "$EXTRAS")
    rm -f "$VENV"/.installed-*
    # Compiled bytecode up front: every start of the app and every command then skips compiling
    # its imports (seconds on a slow laptop, and where PYTHONDONTWRITEBYTECODE is set, every time).
    UV_PROJECT_ENVIRONMENT="$VENV" "$UV" sync -q --frozen --compile-bytecode \
        --python "$PYTHON" --project "$ROOT" "${extra_args[@]}"
    echo "$want" > "$stamp"
fi
"$VENV/bin/python" -m compileall -q "$ROOT/sistercommittee" >/dev/null
