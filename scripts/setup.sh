#!/usr/bin/env bash
# Prepares this checkout: the Debian packages the app needs (when missing), a
# virtual environment in .venv and the Python packages of pyproject.toml.
# Sourced by start.sh and test.sh; EXTRAS says which extras to install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
EXTRAS="${EXTRAS:-ui}"
PYTHON="${PYTHON:-python3}"

# CJK fonts (screen and PDF: reportlab embeds TrueType, so WenQuanYi/AR PL too),
# poppler-utils (the tests read generated PDFs back with pdffonts/pdftotext),
# LibreOffice without its GUI (turns generated .docx documents into PDF),
# and the system libraries PySide6's wheels expect on a bare Debian.
DEBS=(
  fonts-noto-cjk fonts-wqy-zenhei fonts-arphic-uming poppler-utils libreoffice-writer-nogui
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-xinerama0
  libxcb-randr0 libxcb-shape0 libxkbcommon-x11-0 libxcb-cursor0
)

install_debs() {
  command -v dpkg-query >/dev/null 2>&1 || {
    echo "setup: not a Debian system; install CJK fonts and Qt's xcb libraries yourself" >&2
    return 0
  }
  local missing=()
  for pkg in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing+=("python3-venv")
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

install_python() {
  local venv="$ROOT/.venv"
  if [ ! -x "$venv/bin/python" ]; then
    echo "setup: creating the virtual environment in .venv"
    "$PYTHON" -m venv "$venv"
  fi
  local stamp
  stamp="$venv/.installed-$EXTRAS-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "setup: installing Python packages ($EXTRAS)"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[$EXTRAS]"
    rm -f "$venv"/.installed-"$EXTRAS"-*
    touch "$stamp"
  fi
}

install_debs
install_python
