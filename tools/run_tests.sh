#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (the README's second command; CI runs it too):
# the system packages the tests need, a virtual environment with the project and its test extra,
# then pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

# Fonts for Thai, Khmer, Burmese and Chinese: the PDF tests check that those scripts are embedded.
need=()
fc-list 2>/dev/null | grep -qi "Noto Sans Thai" || need+=(fonts-noto-core)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
# The field build's test (tests/test_field_build.py): strip for PyInstaller, and the X libraries Qt's
# xcb platform needs, which the build ships so an unpacked copy starts on a bare desktop.
command -v strip >/dev/null || need+=(binutils)
for lib in libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
# Tesseract with the region's languages: a scanned PDF is read by OCR (tests/test_documents.py).
command -v tesseract >/dev/null || need+=(tesseract-ocr tesseract-ocr-eng)
for lang in tha khm mya lao vie; do
  command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx "$lang" || need+=("tesseract-ocr-$lang")
done
# PostgreSQL 15: the service tests also run on a throwaway cluster (tests/pg_server.py).
[ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
# Headless Chromium and its driver: the published web page is tested in a real browser (Selenium).
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  elif command -v sudo >/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "warning: cannot install ${need[*]} (not root, no sudo); the PDF font tests will fail," \
         "and the PostgreSQL tests skip (or fail under CI)" >&2
  fi
fi

python3 -m venv .venv
.venv/bin/pip install -q --disable-pip-version-check -e '.[test,build]'
exec .venv/bin/python -m pytest -q "$@"
