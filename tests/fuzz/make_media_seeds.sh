#!/bin/bash
# Regenerates the binary seeds of fuzz_transcoder and fuzz_coverart with the ffmpeg CLI:
# tiny media files (0.2 s, each well under 20 KB) and cover pictures. The results are kept in
# the repository; run this only to change them.
#   tests/fuzz/make_media_seeds.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ff() { ffmpeg -v error -nostdin -y "$@"; }
tone=(-f lavfi -i "sine=frequency=440:duration=0.2:sample_rate=22050")
tags=(-metadata title="Seed Tone" -metadata artist="TuneDrop" -metadata album="Fuzz"
      -metadata date=2024 -metadata track=3/12 -metadata comment="seed")

# Covers: small ones pass through, a wide one (> 1000 px) is scaled, WebP is re-encoded.
ff -f lavfi -i "testsrc=size=32x32" -frames:v 1 "$tmp/cover.jpg"
ff -f lavfi -i "testsrc=size=24x24" -frames:v 1 "$tmp/cover.png"
ff -f lavfi -i "color=c=navy:size=1200x16" -frames:v 1 "$tmp/wide.jpg"
ff -f lavfi -i "testsrc=size=20x20" -frames:v 1 -c:v libwebp "$tmp/cover.webp"
ff -f lavfi -i "testsrc=size=16x16" -frames:v 1 -pix_fmt rgba "$tmp/alpha.png"

# Media. Names say what the selector byte in front means (see fuzz_transcoder.cpp):
# low bits = name hint index, 0x80 = read as a local file.
ff "${tone[@]}" -ac 1 -ar 8000 -c:a pcm_s16le "${tags[@]}" "$tmp/tone.wav"
ff "${tone[@]}" -i "$tmp/cover.jpg" -map 0 -map 1 -c:a libmp3lame -b:a 32k -c:v copy \
   -id3v2_version 3 -metadata:s:v title="Album cover" -metadata:s:v comment="Cover (front)" \
   "${tags[@]}" "$tmp/tone-cover.mp3"
ff "${tone[@]}" -c:a libmp3lame -b:a 64k -write_xing 1 "$tmp/tone-vbr.mp3"
ff "${tone[@]}" -c:a libopus -b:a 16k "${tags[@]}" "$tmp/tone.webm"
ff "${tone[@]}" -c:a libopus -b:a 16k "${tags[@]}" "$tmp/tone.opus"
ff "${tone[@]}" -i "$tmp/cover.png" -map 0 -map 1 -c:a aac -b:a 32k -c:v copy -disposition:v attached_pic \
   "${tags[@]}" "$tmp/tone-cover.m4a"
ff "${tone[@]}" -i "$tmp/cover.png" -map 0 -map 1 -c:a flac -c:v copy -disposition:v attached_pic \
   "${tags[@]}" "$tmp/tone-cover.flac"
ff "${tone[@]}" -c:a libvorbis -q:a 0 "${tags[@]}" "$tmp/tone.ogg"
ff "${tone[@]}" -c:a aac -b:a 32k -f adts "$tmp/tone.aac"
ff -f lavfi -i "sine=frequency=440:duration=0.1:sample_rate=8000" -ac 6 -c:a pcm_s16le "$tmp/surround.wav"

out="$here/corpus/transcoder"
mkdir -p "$out"
seed() { { printf "\\x$(printf %02x "$1")"; cat "$tmp/$2"; } > "$out/$3"; }
# Name hint indexes: 1 mp3, 2 m4a, 3 aac, 5 webm, 8 ogg, 9 opus, 10 flac, 11 wav.
seed 11 tone.wav          wav-download
seed 139 tone.wav         wav-local                 # 0x80 | 11
seed 1 tone-cover.mp3     mp3-id3-cover-download
seed 129 tone-cover.mp3   mp3-id3-cover-local       # stream copy (32 kbps <= 192 kbps)
seed 0 tone-vbr.mp3       mp3-xing-noname
seed 5 tone.webm          opus-webm-download
seed 9 tone.opus          opus-ogg-download
seed 2 tone-cover.m4a     aac-m4a-cover-download
seed 10 tone-cover.flac   flac-cover-download
seed 8 tone.ogg           vorbis-ogg-download
seed 3 tone.aac           aac-adts-download
seed 139 surround.wav     wav-5.1-local

out="$here/corpus/coverart"
mkdir -p "$out"
cp "$tmp/cover.jpg" "$out/small.jpg"
cp "$tmp/cover.png" "$out/small.png"
cp "$tmp/wide.jpg" "$out/wide-scaled.jpg"
cp "$tmp/cover.webp" "$out/reencoded.webp"
cp "$tmp/alpha.png" "$out/alpha.png"
{ cat "$tmp/cover.jpg"; printf '\x1eSong — 日本\x1eArtist\x1eAlbum\x1e2024-05-17\x1ea comment\x1ehttps://example.com/a b.mp3'; } \
    > "$out/jpeg-and-tags"
printf 'not an image\x1eTitle only' > "$out/no-image-title"
ls -l "$here/corpus/transcoder" "$here/corpus/coverart"
