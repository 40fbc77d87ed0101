#!/usr/bin/env bash
# The window's translations, in one place (the build and the tests use it):
#   tools/translations.sh update          re-read ui/ and app/ for tr()/translate()/QT_TRANSLATE_NOOP
#                                         strings into ui/i18n/*.ts (translations already made are kept)
#   tools/translations.sh release [DIR]   compile every ui/i18n/*.ts to DIR/*.qm (default ui/i18n)
#   tools/translations.sh check           fail if a .ts lacks a string of the code, or a .qm is stale
# PYTHON names the interpreter whose PySide6 provides pyside6-lupdate / pyside6-lrelease.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || command -v python3 )}
BIN=$("$PYTHON" -c 'import os, sys; print(os.path.dirname(sys.executable))')
LUPDATE="$BIN/pyside6-lupdate"; LRELEASE="$BIN/pyside6-lrelease"
LANGS=(th vi ar)
SOURCES=$(find ui app -name '*.py' -not -path '*/__pycache__/*' | sort)

update() {
  for lang in "${LANGS[@]}"; do
    # shellcheck disable=SC2086
    "$LUPDATE" -no-obsolete -locations none -target-language "$lang" $SOURCES -ts "ui/i18n/resource_catalogue_$lang.ts"
  done
  # English needs only the plural forms ("1 resource" / "2 resources"); every other string is its source.
  # shellcheck disable=SC2086
  "$LUPDATE" -no-obsolete -locations none -pluralonly -target-language en $SOURCES -ts ui/i18n/resource_catalogue_en.ts
}

release() {
  local out=${1:-ui/i18n}
  mkdir -p "$out"
  for ts in ui/i18n/*.ts; do
    "$LRELEASE" -removeidentical "$ts" -qm "$out/$(basename "${ts%.ts}").qm"
  done
}

check() {
  local tmp; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' RETURN
  cp ui/i18n/*.ts "$tmp/"
  update >/dev/null
  local stale=0
  for ts in ui/i18n/*.ts; do
    cmp -s "$ts" "$tmp/$(basename "$ts")" || { echo "out of date: $ts (run tools/translations.sh update)"; stale=1; }
    cp "$tmp/$(basename "$ts")" "$ts"
  done
  release "$tmp/qm" >/dev/null
  for qm in "$tmp"/qm/*.qm; do
    cmp -s "$qm" "ui/i18n/$(basename "$qm")" || { echo "stale: ui/i18n/$(basename "$qm") (run tools/translations.sh release)"; stale=1; }
  done
  return $stale
}

case "${1:-}" in
  update) update ;;
  release) release "${2:-}" ;;
  check) check ;;
  *) echo "usage: tools/translations.sh update | release [DIR] | check" >&2; exit 2 ;;
esac
