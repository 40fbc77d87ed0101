#!/usr/bin/env bash
# Build the field copy of Resource Catalogue: one folder that holds Python, Qt, every dependency, the
# seed data, the CSL styles, the icons and the Noto fonts, plus an archive of it to carry on a stick.
#
#   bash tools/build_app.sh [--no-archive]
#
# Makes dist/resource-catalogue/ and dist/resource-catalogue-VERSION-OS-ARCH.tar.gz (.zip on Windows);
# RC_DIST_DIR and RC_WORK_DIR put the results and the scratch files elsewhere.
# Python: $PYTHON, else .venv/bin/python, else python3; it needs the project's dependencies and the
# `build` extra (pip install -e '.[build]'). Fonts: $RC_FONTS_DIR if set (a folder made by
# tools/collect_fonts.py, as the Windows and macOS CI jobs get it), else collected from Debian's
# fonts-noto-core and fonts-noto-cjk. Everything platform-specific lives here and in
# .github/workflows/build.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=1
for arg in "$@"; do
  case "$arg" in
    --no-archive) archive=0;;
    *) echo "usage: bash tools/build_app.sh [--no-archive]" >&2; exit 2;;
  esac
done

py=${PYTHON:-}
if [ -z "$py" ]; then
  if [ -x .venv/bin/python ]; then py=.venv/bin/python
  elif [ -x .venv/Scripts/python.exe ]; then py=.venv/Scripts/python.exe
  else py=python3; fi
fi
"$py" -c "import PyInstaller" 2>/dev/null || { echo "error: PyInstaller is missing: pip install -e '.[build]'" >&2; exit 1; }

case "$(uname -s)" in
  Linux*) os=linux;;
  Darwin*) os=macos;;
  MINGW*|MSYS*|CYGWIN*) os=windows;;
  *) os=$(uname -s | tr '[:upper:]' '[:lower:]');;
esac
arch=$(uname -m); [ "$arch" = amd64 ] && arch=x86_64; [ "$arch" = arm64 ] && arch=aarch64
version=$("$py" -c "from app.version import VERSION; print(VERSION)")
name=resource-catalogue
dist=${RC_DIST_DIR:-dist}          # where the folder and the archive go (the test builds elsewhere)
work=${RC_WORK_DIR:-build}         # PyInstaller's scratch folder
extra=$work/field-extra
start=$(date +%s)

rm -rf "$extra" "$dist/$name"
mkdir -p "$extra"
if [ -n "${RC_FONTS_DIR:-}" ]; then
  cp -R "$RC_FONTS_DIR" "$extra/fonts"
else
  "$py" tools/collect_fonts.py "$extra/fonts"
fi
"$py" - "$extra/build_info.json" "$version" "$os-$arch" <<'PY'
import datetime, json, sys
path, version, platform = sys.argv[1:]
when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
json.dump({"version": version, "build_date": when, "platform": platform}, open(path, "w"))
PY

# Windows and macOS turn the PNG into .ico/.icns (PyInstaller does it with Pillow, which CI installs).
icon=""
[ "$os" != linux ] && icon=$(pwd)/ui/assets/icons/256x256/resource-catalogue.png

RC_BUILD_EXTRA=$extra RC_BUILD_ICON=$icon "$py" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$work/pyinstaller" tools/resource_catalogue.spec

folder=$dist/$name
if [ "$os" = linux ]; then
  # Where Qt's plugins and translations are (the spec leaves out PyInstaller's hook that registered it).
  printf '[Paths]\nPrefix = _internal/PySide6/Qt\n' > "$folder/qt.conf"
fi
cp tools/fonts/OFL.txt "$folder/FONTS-LICENSE-OFL.txt"
cp README.md "$folder/README.md"

if [ "$archive" = 1 ]; then
  base=$dist/$name-$version-$os-$arch
  rm -f "$base.tar.gz" "$base.zip"
  if [ "$os" = windows ]; then
    (cd "$dist" && 7z a -tzip -bd -mx=7 "$(basename "$base").zip" "$name" >/dev/null)
    out=$base.zip
  else
    tar -C "$dist" -czf "$base.tar.gz" "$name"
    out=$base.tar.gz
  fi
  echo "archive: $out ($(du -m "$out" | cut -f1) MB)"
fi
echo "folder: $folder ($(du -sm "$folder" | cut -f1) MB), built in $(( $(date +%s) - start )) s"
