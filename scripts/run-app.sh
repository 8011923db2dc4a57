#!/usr/bin/env bash
# Set up what is missing, then start SisterCommittee. Arguments go to the `sistercommittee` command,
# e.g. `scripts/run-app.sh --db my.sqlite` or `scripts/run-app.sh demo`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" "" 
exec "$ROOT/.venv/bin/sistercommittee" "$@"
