#!/usr/bin/env python3
"""End-to-end speed of the job engine (issue 3), measured side by side in one run.

1. Link to MP3: a 10-minute stereo Opus/WebM served on 127.0.0.1, `tunedrop --headless --once
   URL` against the original pipeline `yt-dlp -x --audio-format mp3 --audio-quality 192K URL`,
   alternating. Target: median ratio <= 0.80 (TuneDrop streams the download into the encoder
   and runs no second process). Also the same through an HTML page that only yt-dlp can read.
2. Batch: 8 two-minute files with --workers 2 against `ffmpeg` on them one after another.
   Target: ratio <= 0.60.

    tests/bench/pipeline_bench.py [--bin build/app/tunedrop] [--runs 5] [--quick]
"""
import argparse
import functools
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from transcode_bench import ffmpeg, make_inputs, timed  # noqa: E402


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # yt-dlp probes a direct URL and hangs up after the first bytes: not an error.
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


def serve(root):
    handler = functools.partial(QuietHandler, directory=root)
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def tunedrop_once(binary, work, items, workers=None):
    profile = tempfile.mkdtemp(dir=work, prefix="profile-")  # fresh: no duplicate shortcut
    out = tempfile.mkdtemp(dir=work, prefix="out-")
    cmd = [binary, "--headless", "--once", "--profile", profile, "--output-dir", out, "--bitrate", "192"]
    if workers:
        cmd += ["--workers", str(workers)]
    return cmd + items, [profile, out]


def alternate(label, runs, make_ours, make_theirs):
    ours, theirs = [], []
    for i in range(runs):
        pair = [("ours", make_ours), ("theirs", make_theirs)]
        if i % 2:
            pair.reverse()
        for name, make in pair:
            cmd, cleanup = make()
            t, _, _ = timed(cmd)
            (ours if name == "ours" else theirs).append(t)
            for path in cleanup:
                shutil.rmtree(path, ignore_errors=True)
    ratio = statistics.median(a / b for a, b in zip(ours, theirs))
    print(f"[{label}] tunedrop (s): {' '.join(f'{t:.2f}' for t in ours)}")
    print(f"[{label}] reference (s): {' '.join(f'{t:.2f}' for t in theirs)}")
    print(f"[{label}] median tunedrop {statistics.median(ours):.2f} s, reference {statistics.median(theirs):.2f} s, "
          f"median ratio {ratio:.3f}")
    return ratio


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--bin", default=os.environ.get("TUNEDROP_BIN", os.path.join(here, "..", "..", "build", "app", "tunedrop")))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="short inputs, one run: a smoke test")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    ytdlp = shutil.which("yt-dlp")
    if not ytdlp:
        sys.exit("yt-dlp is not installed")
    runs = 1 if args.quick else args.runs
    long_s, short_s, batch = (20, 5, 3) if args.quick else (600, 120, 8)

    with tempfile.TemporaryDirectory(prefix="tunedrop-pipeline-") as work:
        print("making inputs...", flush=True)
        media = os.path.join(work, "media")
        os.makedirs(media)
        made = make_inputs(work, [long_s, short_s])
        shutil.move(made[long_s], os.path.join(media, "long.webm"))
        with open(os.path.join(media, "page.html"), "w") as page:
            page.write("<html><head><title>Bench Song</title></head><body>"
                       "<audio src=\"long.webm\"></audio></body></html>")
        server = serve(media)
        base = f"http://127.0.0.1:{server.server_address[1]}"

        def ytdlp_cmd(url):
            out = tempfile.mkdtemp(dir=work, prefix="ytdlp-")
            return [ytdlp, "--ignore-config", "-q", "-x", "--audio-format", "mp3", "--audio-quality", "192K",
                    "-o", os.path.join(out, "%(id)s.%(ext)s"), url], [out]

        for label, url in (("direct URL", f"{base}/long.webm"), ("HTML page via yt-dlp", f"{base}/page.html")):
            ratio = alternate(f"{long_s} s, {label}", runs,
                              lambda: tunedrop_once(binary, work, [url]), lambda: ytdlp_cmd(url))
            target = "meets" if ratio <= 0.80 else "MISSES"
            print(f"RESULT link to MP3 ({label}): ratio tunedrop/yt-dlp -x = {ratio:.3f} ({target} target <= 0.80)")

        files = []
        for i in range(batch):
            path = os.path.join(media, f"batch-{i}.webm")
            shutil.copy(made[short_s], path)
            files.append(path)

        def sequential_ffmpeg():
            out = tempfile.mkdtemp(dir=work, prefix="ffseq-")
            script = " && ".join(
                f"ffmpeg -v error -nostdin -y -i '{f}' -vn -c:a libmp3lame -b:a 192k '{out}/{i}.mp3'"
                for i, f in enumerate(files))
            return ["sh", "-c", script], [out]

        ratio = alternate(f"batch {batch} x {short_s} s, workers 2", runs,
                          lambda: tunedrop_once(binary, work, files, workers=2), sequential_ffmpeg)
        target = "meets" if ratio <= 0.60 else "MISSES"
        print(f"RESULT batch: ratio tunedrop(workers=2)/sequential ffmpeg = {ratio:.3f} ({target} target <= 0.60)")
        server.shutdown()
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
