#!/usr/bin/env bash
# Builds the Linux one-folder bundle (dist/xinxiang-arbitration/) with PyInstaller and
# proves it works: the bundle's --self-test (database, ledger import, indicators, report
# PDF) and a headless start of the main window, both in a clean environment with a
# temporary HOME, so neither the checkout's .venv settings nor the user's data are used.
# Prints the bundle's size and start-up time; exits non-zero if anything fails.
#
#   bash installer/build_linux.sh          # from any folder; build/ and dist/ are git-ignored
#   STARTUP_RUNS=0 bash installer/build_linux.sh   # skip the start-up measurement
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
NAME=xinxiang-arbitration
VENV="$ROOT/.venv/bin"
DIST="$ROOT/dist"
WORK="$ROOT/build"
BUNDLE="$DIST/$NAME"
APP="$BUNDLE/$NAME"
STARTUP_RUNS="${STARTUP_RUNS:-3}"
started=$SECONDS

if [ ! -x "$VENV/python" ]; then
  echo "build: no .venv yet; preparing it (Debian packages, virtual environment) with scripts/setup.sh"
  # shellcheck source=../scripts/setup.sh
  EXTRAS=ui source "$ROOT/scripts/setup.sh"
  cd "$ROOT"
fi
if ! "$VENV/python" -c "import PyInstaller, PySide6" >/dev/null 2>&1; then
  echo "build: installing the build extra (PyInstaller) into .venv"
  "$VENV/pip" install -q --disable-pip-version-check -e "$ROOT[ui,build]"
fi

echo "== PyInstaller $("$VENV/python" -c 'import PyInstaller; print(PyInstaller.__version__)')"
prepared=$SECONDS
rm -rf "$BUNDLE"
"$VENV/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" "$ROOT/installer/$NAME.spec"
built=$SECONDS
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqwayland.so; do
  if [ ! -f "$BUNDLE/_internal/PySide6/Qt/plugins/$plugin" ]; then
    echo "build: the bundle lacks the Qt plugin $plugin" >&2
    exit 1
  fi
done
# the report preview's renderer (PDFium): Windows PCs have no Poppler to fall back on
if [ ! -f "$BUNDLE/_internal/pypdfium2_raw/libpdfium.so" ]; then
  echo "build: the bundle lacks PDFium (pypdfium2_raw/libpdfium.so)" >&2
  exit 1
fi

SCRATCH="$(mktemp -d -t "$NAME-build.XXXXXX")"
trap 'rm -rf "$SCRATCH"' EXIT
mkdir -p "$SCRATCH/home"
# A clean environment: no PYTHONPATH, no virtual environment, no display, a fresh HOME.
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=$SCRATCH/home" "LANG=${LANG:-C.UTF-8}"
  "TMPDIR=$SCRATCH" "QT_QPA_PLATFORM=offscreen")

echo "== self-test of the bundle: $APP --self-test"
status=0
"${clean_env[@]}" "$APP" --self-test || status=$?
if [ "$status" -ne 0 ]; then
  echo "build: the bundle's self-test failed (exit status $status)" >&2
  exit "$status"
fi

if [ "$STARTUP_RUNS" -gt 0 ]; then
  echo "== start-up: launch to the main window's first paint (offscreen, warm cache, ${STARTUP_RUNS} runs)"
  for run in $(seq "$STARTUP_RUNS"); do
    # run 1 creates the database (all migrations); later runs open it
    line="$("${clean_env[@]}" XINXIANG_ARBITRATION_STARTUP_PROBE=1 \
      timeout 60 "$APP" --db "$SCRATCH/startup.sqlite3" 2>"$SCRATCH/startup.err" \
      | grep '^startup-probe:' || true)"
    if [ -z "$line" ]; then
      echo "build: the bundle's main window did not show (run $run):" >&2
      cat "$SCRATCH/startup.err" >&2
      exit 1
    fi
    echo "run $run: ${line#startup-probe: }"
  done
fi

echo "== bundle: $BUNDLE"
du -sh "$BUNDLE"
echo "build: setup $((prepared - started)) s, PyInstaller $((built - prepared)) s," \
  "checks $((SECONDS - built)) s, total $((SECONDS - started)) s"
