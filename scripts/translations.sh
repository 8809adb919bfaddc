#!/usr/bin/env bash
# Qt translations of the client: ui/**/*.py → resources/translations/*.ts → *.qm.
#
#   bash scripts/translations.sh          regenerate the .ts from every tr() in ui/,
#                                         mark the zh_CN entries finished, compile the .qm
#   bash scripts/translations.sh --check  exit 1 when the .ts is out of date with ui/ or
#                                         the .qm with the .ts (tests/ui/test_translations.py)
#
# The source strings are Chinese, so the zh_CN "translation" is the source itself: new
# entries are filled in with their source text and marked finished. A translator to
# another language copies the .ts, changes the target language and translates it with
# pyside6-linguist. PYSIDE_BIN points to the folder of pyside6-lupdate/-lrelease
# (default: .venv/bin).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${PYSIDE_BIN:-$ROOT/.venv/bin}"
PYTHON="${PYTHON:-$BIN/python}"
TS="$ROOT/resources/translations/xinxiang_arbitration_zh_CN.ts"
QM="${TS%.ts}.qm"

cd "$ROOT"
mapfile -t SOURCES < <(find ui -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

lupdate() {  # $1: the .ts to update
    "$BIN/pyside6-lupdate" "${SOURCES[@]}" -ts "$1" \
        -source-language zh_CN -target-language zh_CN -no-obsolete -locations none -silent
}

if [[ "${1:-}" == "--check" ]]; then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    cp "$TS" "$tmp/current.ts"
    lupdate "$tmp/current.ts"
    if ! diff -u "$TS" "$tmp/current.ts" >"$tmp/diff"; then
        echo "resources/translations: the .ts is out of date with ui/ (new, changed or" >&2
        echo "removed tr() strings); run: bash scripts/translations.sh" >&2
        cat "$tmp/diff" >&2
        exit 1
    fi
    if grep -q 'type="unfinished"' "$TS"; then
        echo "resources/translations: unfinished entries; run: bash scripts/translations.sh" >&2
        exit 1
    fi
    "$BIN/pyside6-lrelease" "$TS" -qm "$tmp/current.qm" -silent
    if ! cmp -s "$QM" "$tmp/current.qm"; then
        echo "resources/translations: the .qm is not the compiled .ts;" \
            "run: bash scripts/translations.sh" >&2
        exit 1
    fi
    exit 0
fi

lupdate "$TS"
# zh_CN: the translation of a Chinese source string is the string itself
"$PYTHON" - "$TS" <<'PY'
import re
import sys
from pathlib import Path

path = Path(sys.argv[1])
text = path.read_text(encoding="utf-8")
pattern = r'<source>([^<]*)</source>(\s*)<translation type="unfinished">[^<]*</translation>'
finished = r"<source>\1</source>\2<translation>\1</translation>"
path.write_text(re.sub(pattern, finished, text), encoding="utf-8")
PY
"$BIN/pyside6-lrelease" "$TS" -qm "$QM" -silent
echo "updated $(realpath --relative-to="$ROOT" "$TS") and $(basename "$QM")"
