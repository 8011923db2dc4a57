#!/usr/bin/env bash
# Set up what is missing (system libraries, fonts, test tools, virtual environment), then run the
# whole test suite. Arguments go to pytest.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# postgresql: the HQ tests start a throwaway PostgreSQL server with its initdb and pg_ctl.
# desktop-file-utils, appstream: the packaging tests validate the .desktop file and the metainfo.
# gnome-keyring, dbus: the installed package signs in and keeps its token in a real Secret Service.
# chromium, chromium-driver: the HQ console's browser tests (Selenium drives Debian's browser).
# trayer: a system tray host on Xvfb for the "due today" balloon (tests/ui/test_tray_host.py).
bash "$ROOT/scripts/setup.sh" test poppler-utils xvfb xauth postgresql desktop-file-utils appstream \
    gnome-keyring dbus chromium chromium-driver trayer
cd "$ROOT"
"$ROOT/.venv/bin/ruff" check sistercommittee tests bench
"$ROOT/.venv/bin/mypy"    # strict typing of domain, storage, services, sync and hq (pyproject.toml)
# The translation files follow the code (new texts come in unfinished, which tests/translations
# then names), and their .qm files are compiled from them.
"$ROOT/.venv/bin/python" resources/translations/update_translations.py >/dev/null
# On every core (pytest-xdist; one file's tests stay in one worker, in order).
# SISTERCOMMITTEE_TEST_WORKERS=0 runs them in this one process.
exec "$ROOT/.venv/bin/python" -m pytest -n "${SISTERCOMMITTEE_TEST_WORKERS:-auto}" --dist loadfile --durations=40 "$@"
