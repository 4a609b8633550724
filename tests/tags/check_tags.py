#!/usr/bin/env python3
"""Every common tag reaches the MP3, read back with mutagen (issue 13 items 5, 6 and 9).

The real `tunedrop --headless --once` converts FLAC, Ogg Vorbis, Opus, M4A, MP3 (re-encoded and
stream-copied) and WMA sources made by the ffmpeg CLI, each with title, artist, album, album
artist, genre, composer, date, track 3/12, disc 1/2, compilation and comment in that
container's own spelling, plus untagged sources (a local file and a direct link served on
127.0.0.1). mutagen, not TagLib (which TuneDrop writes with), reads the results, under both
ID3v2.4 and ID3v2.3, with the file-name template "{artist} - {title}".

    tests/tags/check_tags.py --bin build/app/tunedrop

Exits 77 (skipped) when no Python with mutagen (Debian: python3-mutagen) is found.
"""
import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading


def find_mutagen_python():
    """This interpreter if it has mutagen, else the one mutagen-inspect runs with."""
    try:
        import mutagen  # noqa: F401
        return sys.executable
    except ImportError:
        pass
    inspect = shutil.which("mutagen-inspect")
    if inspect:
        with open(inspect, "rb") as f:
            first = f.readline().decode(errors="replace").strip()
        if first.startswith("#!"):
            interpreter = first[2:].split()
            if subprocess.run(interpreter + ["-c", "import mutagen"], capture_output=True).returncode == 0:
                return interpreter
    return None


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", *args], check=True)


GENERIC = {"title": "Blue in Green", "artist": "Miles Davis", "album": "Kind of Blue",
           "album_artist": "Miles Davis Sextet", "genre": "Jazz", "composer": "Bill Evans",
           "date": "1959", "track": "3/12", "disc": "1/2", "compilation": "1",
           "comment": "Remastered \u2014 \u00fcn\u00efc\u00f8d\u00e9"}
VORBIS = {"TITLE": "Blue in Green", "ARTIST": "Miles Davis", "ALBUM": "Kind of Blue",
          "ALBUMARTIST": "Miles Davis Sextet", "GENRE": "Jazz", "COMPOSER": "Bill Evans",
          "DATE": "1959", "TRACKNUMBER": "3", "TRACKTOTAL": "12", "DISCNUMBER": "1",
          "DISCTOTAL": "2", "COMPILATION": "1", "DESCRIPTION": GENERIC["comment"]}
EXPECTED = {"TIT2": "Blue in Green", "TPE1": "Miles Davis", "TALB": "Kind of Blue",
            "TPE2": "Miles Davis Sextet", "TCON": "Jazz", "TCOM": "Bill Evans", "TDRC": "1959",
            "TRCK": "3/12", "TPOS": "1/2", "TCMP": "1", "COMM": GENERIC["comment"]}
TONE = ["-f", "lavfi", "-i", "sine=f=440:d=2"]


def meta_args(tags):
    return [arg for key, value in tags.items() for arg in ("-metadata", f"{key}={value}")]


def make_sources(src):
    vorbis_alt = dict(VORBIS)  # the other spellings taggers use
    vorbis_alt["TOTALTRACKS"] = vorbis_alt.pop("TRACKTOTAL")
    vorbis_alt["TOTALDISCS"] = vorbis_alt.pop("DISCTOTAL")
    vorbis_alt["ALBUM ARTIST"] = vorbis_alt.pop("ALBUMARTIST")
    sources = {
        "a.flac": TONE + meta_args(VORBIS),
        "b.ogg": TONE + ["-c:a", "libvorbis"] + meta_args(vorbis_alt),
        "c.opus": TONE + ["-c:a", "libopus"] + meta_args(VORBIS),
        "d.m4a": TONE + ["-c:a", "aac"] + meta_args(GENERIC),
        "e.mp3": TONE + ["-c:a", "libmp3lame", "-b:a", "256k"] + meta_args(GENERIC),  # re-encoded
        "f.mp3": TONE + ["-c:a", "libmp3lame", "-b:a", "128k"] + meta_args(GENERIC),  # copied
        "g.wma": TONE + ["-c:a", "wmav2"] + meta_args(GENERIC),
    }
    for name, args in sources.items():
        ffmpeg(*args, os.path.join(src, name))
    ffmpeg(*TONE, "-map_metadata", "-1", "-fflags", "+bitexact", os.path.join(src, "bare tune.wav"))
    ffmpeg(*TONE, "-map_metadata", "-1", "-fflags", "+bitexact", os.path.join(src, "linked tune.wav"))
    return [os.path.join(src, name) for name in sources]


def serve(directory):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=directory))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


READER = r"""
import json, sys
from mutagen.id3 import ID3, ID3NoHeaderError
out = {}
for path in sys.argv[1:]:
    try:
        tag = ID3(path)
    except ID3NoHeaderError:  # no ID3 tag at all (what untagged sources used to give)
        out[path] = {"version": 0, "frames": {}}
        continue
    frames = {}
    for frame in tag.values():
        key = frame.FrameID
        if key == "COMM" and frame.desc:
            continue
        if key in ("WOAS",):
            frames[key] = frame.url
        elif hasattr(frame, "text"):
            frames[key] = " / ".join(str(t) for t in frame.text)
    out[path] = {"version": tag.version[1], "frames": frames}
print(json.dumps(out))
"""


def read_tags(python, paths):
    cmd = (python if isinstance(python, list) else [python]) + ["-c", READER, *paths]
    import json
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bin", required=True)
    args = parser.parse_args()
    python = find_mutagen_python()
    if python is None:
        print("SKIP: no Python with mutagen (python3-mutagen)")
        return 77
    failures = []
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "src")
        os.makedirs(src)
        tagged = make_sources(src)
        server = serve(src)
        link = f"http://127.0.0.1:{server.server_address[1]}/linked%20tune.wav"
        for version, flag in ((4, []), (3, ["--id3v2.3"])):
            profile = os.path.join(work, f"profile{version}")
            out = os.path.join(work, f"out{version}")
            os.makedirs(profile)
            with open(os.path.join(profile, "tunedrop.ini"), "w") as ini:
                ini.write("[output]\nfileNameTemplate={artist} - {title}\n")
            items = tagged + [os.path.join(src, "bare tune.wav"), link]
            run = subprocess.run([args.bin, "--headless", "--once", "--workers", "1", "--profile", profile,
                                  "--output-dir", out, *flag, *items],
                                 capture_output=True, text=True, timeout=600,
                                 env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            if run.returncode != 0:
                failures.append(f"v2.{version}: tunedrop exited {run.returncode}: {run.stderr[-2000:]}")
                continue
            # One worker: the MP3s finish, and are printed, in the order of the items.
            paths = [line for line in run.stdout.splitlines() if line.endswith(".mp3")]
            if len(paths) != len(items):
                failures.append(f"v2.{version}: {len(paths)} MP3s for {len(items)} items: {run.stdout}")
                continue
            tags = read_tags(python, paths)
            for item, path in zip(items, paths):
                got = tags[path]
                name = os.path.basename(path)
                label = f"v2.{version} {os.path.basename(item)}"
                if got["version"] != version:
                    failures.append(f"{label}: ID3v2.{got['version']}")
                if item in tagged:
                    expected, expected_name = EXPECTED, "Miles Davis - Blue in Green"
                else:  # untagged: the title from the name, the link as source (item 6)
                    title = "linked tune" if item == link else "bare tune"
                    expected, expected_name = {"TIT2": title}, title
                    if item == link:
                        expected = dict(expected, WOAS=link, COMM=link)
                    elif "WOAS" in got["frames"] or "COMM" in got["frames"]:
                        failures.append(f"{label}: a local path was written as the source")
                if not (name == expected_name + ".mp3" or name.startswith(expected_name + " (")):
                    failures.append(f"{label}: named {name!r}, expected {expected_name!r}")
                for frame, value in expected.items():
                    if got["frames"].get(frame) != value:
                        failures.append(f"{label}: {frame} = {got['frames'].get(frame)!r}, expected {value!r}")
                print(f"{label} -> {name}: {got['frames']}")
        server.shutdown()
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
