#!/usr/bin/env bash
# One command from a fresh clone to the whole check: setup, lint, format, types, tests,
# and the Linux bundle with its self-test (skipped when pytest arguments are given).
# The database tests run on SQLite and on PostgreSQL (XINXIANG_TEST_PG, default
# postgresql+psycopg://postgres@127.0.0.1:5432/test); with CI=true an unreachable
# PostgreSQL fails the run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS=dev source "$ROOT/scripts/setup.sh"
cd "$ROOT"
VENV="$ROOT/.venv/bin"
echo "== ruff check"; "$VENV/ruff" check .
echo "== ruff format --check"; "$VENV/ruff" format --check .
echo "== mypy (core)"; "$VENV/mypy"
echo "== import contracts (docs/architecture.md)"; "$VENV/lint-imports" --no-cache
if [ "$#" -eq 0 ]; then  # the whole check: also build the Linux bundle and run its --self-test
  echo "== installer bundle"
  STARTUP_RUNS="${STARTUP_RUNS:-1}" bash "$ROOT/installer/build_linux.sh"
fi
echo "== pytest"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VENV/python" -m pytest "$@"
