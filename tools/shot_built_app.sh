#!/usr/bin/env bash
# Screenshot of the BUILT app's window on a virtual screen whose fontconfig sees only one shipped Latin
# font (Noto Sans, copied out of the build): Thai, Khmer, Burmese, Lao, Chinese and Arabic titles can
# then only draw if the app registered the build's own fonts at start (ui/fonts.py).
#
#   bash tools/shot_built_app.sh OUT.png [dist/resource-catalogue]
#   SHOT_KEYS="click:214,10 Up Return" bash tools/shot_built_app.sh about.png   (clicks and keys first)
#   SHOT_LANG=th_TH.UTF-8 bash tools/shot_built_app.sh th.png                     (the window in Thai)
#
# Needs Xvfb and ImageMagick's import (apt-get install xvfb imagemagick).
set -euo pipefail
out=$(realpath -m "${1:?usage: shot_built_app.sh OUT.png [BUILT_FOLDER]}")
app=$(realpath "${2:-dist/resource-catalogue}")
tmp=$(mktemp -d)
trap 'kill $apid $xpid 2>/dev/null; rm -rf "$tmp"' EXIT
apid=""; xpid=""
mkdir -p "$tmp/home" "$tmp/latin"
cp "$app"/_internal/fonts/NotoSans-Regular.ttf "$app"/_internal/fonts/NotoSans-Bold.ttf "$tmp/latin/"
cat > "$tmp/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>$tmp/latin</dir><cachedir>$tmp/fc-cache</cachedir></fontconfig>
CONF
run() { env -i HOME="$tmp/home" PATH=/usr/bin:/bin FONTCONFIG_FILE="$tmp/fonts.conf" LANG="${SHOT_LANG:-C.UTF-8}" "$@"; }
run "$app/resource-catalogue" --db "$tmp/c.db" import "$(dirname "$0")/../tests/data/field_scripts.ris" >/dev/null
rfd=$(mktemp); Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$rfd" >/dev/null 2>&1 & xpid=$!
for _ in $(seq 1 50); do [ -s "$rfd" ] && break; sleep 0.1; done
disp=":$(head -n 1 "$rfd")"; rm -f "$rfd"
run DISPLAY="$disp" QT_QPA_PLATFORM=xcb "$app/resource-catalogue" --db "$tmp/c.db" >"$tmp/log" 2>&1 & apid=$!
wid=""
for _ in $(seq 1 120); do
  wid=$(DISPLAY=$disp xdotool search --onlyvisible --pid $apid 2>/dev/null | head -n 1) && [ -n "$wid" ] && break
  kill -0 $apid 2>/dev/null || { echo "the app exited:"; cat "$tmp/log"; exit 1; }
  sleep 0.25
done
sleep 4   # the window settles at its own default size first; then it fills the screen
[ -n "$wid" ] && DISPLAY=$disp xdotool windowsize "$wid" 1400 900 windowmove "$wid" 0 0 windowfocus "$wid" 2>/dev/null
sleep 1
for k in ${SHOT_KEYS:-}; do
  case "$k" in
    click:*) xy=${k#click:}; DISPLAY=$disp xdotool mousemove "${xy%,*}" "${xy#*,}" click 1;;
    *) DISPLAY=$disp xdotool key "$k";;
  esac
  sleep 0.6
done
[ -n "${SHOT_KEYS:-}" ] && sleep 2
DISPLAY=$disp import -window root "$out"
# The screen's bare (black) edges off: with no window manager the window keeps its own size.
convert "$out" -bordercolor black -border 1 -trim +repage "$out"
echo "saved $out"
grep -i "OpenType support missing\|Traceback" "$tmp/log" || true
