#!/usr/bin/env bash
# One command from a fresh clone to the running app: sets up what is missing, then
# starts the client on the default local database (created on first start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS=ui source "$ROOT/scripts/setup.sh"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "start: no screen found (DISPLAY is not set); run it on a desktop, under xvfb-run," >&2
  echo "       or with QT_QPA_PLATFORM=offscreen" >&2
  exit 1
fi
exec "$ROOT/.venv/bin/python" -m ui "$@"
