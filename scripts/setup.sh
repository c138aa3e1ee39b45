#!/usr/bin/env bash
# Set up everything the product needs on a fresh Debian/Ubuntu machine with Python >= 3.11:
# system packages (a CJK font, Qt runtime libraries, poppler-utils for PDF checks, a headless Chromium
# and npm for the TimelineJS test), TimelineJS in .cache/timelinejs, and a virtual environment in .venv with the project installed (editable) plus its test extra.
# Usage: bash scripts/setup.sh            (run as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  fonts-noto-cjk            # Chinese glyphs in the viewer and in exported images
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0   # Qt runtime
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0  # Qt on X11
  poppler-utils             # pdftotext, used by the PDF export tests
  chromium-headless-shell   # runs TimelineJS on our exports in the script-injection test (tests/io)
)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)   # fetches TimelineJS for that test

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
.venv/bin/python -m pip install -q -e '.[test]'
# TimelineJS 3.9 from npm, into the checkout (not global): tests/io/test_timelinejs_browser.py loads it
TLJS_VERSION=3.9.11
if [ ! -f .cache/timelinejs/node_modules/@knight-lab/timelinejs/dist/js/timeline.js ]; then
  mkdir -p .cache/timelinejs
  npm install --silent --no-audit --no-fund --ignore-scripts --prefix .cache/timelinejs \
    "@knight-lab/timelinejs@${TLJS_VERSION}" >/dev/null || echo "setup: could not fetch TimelineJS (the browser test will skip)"
fi
echo "setup: ready (.venv)"
