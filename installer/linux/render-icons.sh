#!/usr/bin/env bash
# Regenerates every raster icon from resources/icons/tunedrop.svg (the one source of truth):
#   resources/icons/hicolor/NxN/tunedrop.png   Linux hicolor theme sizes (installed by CMake)
#   installer/windows/tunedrop.ico            16, 24, 32, 48, 64 and 256 px (NSIS, the .exe)
#   installer/macos/tunedrop.icns             16 to 512 px (the app bundle)
# Needs rsvg-convert (librsvg2-bin); the .ico needs ImageMagick's convert (imagemagick) and
# the .icns png2icns (icnsutils); each is skipped with a note when its tool is missing.
# The outputs are committed: run this after changing the SVG, then review the small sizes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
svg="$root/resources/icons/tunedrop.svg"
out="$root/resources/icons/hicolor"
sizes=(16 22 24 32 48 64 128 256 512)

command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

for n in "${sizes[@]}"; do
  mkdir -p "$out/${n}x${n}"
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio --format png "$svg" -o "$tmp/$n.png"
  # Drop timestamps and other ancillary chunks so a re-run gives the same bytes.
  if command -v convert >/dev/null; then
    convert "$tmp/$n.png" -strip -define png:exclude-chunks=date,time "PNG32:$out/${n}x${n}/tunedrop.png"
  else
    cp "$tmp/$n.png" "$out/${n}x${n}/tunedrop.png"
  fi
  echo "render-icons: $out/${n}x${n}/tunedrop.png"
done

if command -v convert >/dev/null; then
  convert "$out/16x16/tunedrop.png" "$out/24x24/tunedrop.png" "$out/32x32/tunedrop.png" \
          "$out/48x48/tunedrop.png" "$out/64x64/tunedrop.png" "$out/256x256/tunedrop.png" \
          -strip "$root/installer/windows/tunedrop.ico"
  echo "render-icons: $root/installer/windows/tunedrop.ico"
else
  echo "render-icons: skipped tunedrop.ico (apt-get install imagemagick)" >&2
fi

if command -v png2icns >/dev/null; then
  # png2icns picks the icon type from each PNG's size: 16, 32, 48, 128, 256 and 512 px.
  png2icns "$root/installer/macos/tunedrop.icns" \
           "$out/16x16/tunedrop.png" "$out/32x32/tunedrop.png" "$out/48x48/tunedrop.png" \
           "$out/128x128/tunedrop.png" "$out/256x256/tunedrop.png" "$out/512x512/tunedrop.png" >/dev/null
  echo "render-icons: $root/installer/macos/tunedrop.icns"
else
  echo "render-icons: skipped tunedrop.icns (apt-get install icnsutils)" >&2
fi
