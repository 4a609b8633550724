#!/usr/bin/env python3
"""Stream copy of MP3 sources (issue 13 item 4): `tunedrop --headless --once` copying the
frames of a 1-hour MP3 (scan + copy + rebuilt Xing/LAME frame) against `ffmpeg -c:a copy`.

Inputs: a clean 1-hour CBR 128 kbps MP3, and the same with 3,000 junk bytes every 10 MB
(the scanner resynchronises byte by byte there). Runs alternate (tunedrop, ffmpeg, ...) and
the script prints the median wall time, CPU time and peak RSS of each.

    tests/bench/stream_copy_bench.py [--bin build/app/tunedrop] [--runs 5] [--minutes 60]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def run(cmd, work):
    # GNU time for the peak RSS: wait4's figure would include this script's own memory, which
    # the child holds between fork and exec.
    report = os.path.join(work, "time.txt")
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", report, *cmd],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.monotonic() - start
    if proc.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {proc.stderr.decode(errors='replace')}")
    user, system, rss_kb = open(report).read().split()[-3:]
    return wall, float(user) + float(system), int(rss_kb) / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/app/tunedrop")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--minutes", type=float, default=60)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as work:
        clean = os.path.join(work, "clean.mp3")
        subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                        f"sine=frequency=440:sample_rate=44100:duration={int(args.minutes * 60)}",
                        "-ac", "2", "-c:a", "libmp3lame", "-b:a", "128k", clean], check=True)
        data = open(clean, "rb").read()
        junk = bytes((i * 7919 + 13) & 0xFF for i in range(3000))
        damaged = os.path.join(work, "damaged.mp3")
        with open(damaged, "wb") as f:
            step = 10 << 20
            for at in range(0, len(data), step):
                f.write(data[at:at + step])
                if at + step < len(data):
                    f.write(junk)
        size = len(data)
        del data
        print(f"input: {args.minutes:g} min, {size / 1e6:.1f} MB, CBR 128 kbps; "
              f"{args.runs} runs each, medians")
        for name, src in (("clean", clean), ("3,000 junk bytes every 10 MB", damaged)):
            results = {"tunedrop": [], "ffmpeg -c:a copy": []}
            for i in range(args.runs):
                out = os.path.join(work, f"out{i}")
                profile = os.path.join(work, f"profile{i}")
                results["tunedrop"].append(run([args.bin, "--headless", "--once", "--profile", profile,
                                                "--output-dir", out, src], work))
                results["ffmpeg -c:a copy"].append(run(["ffmpeg", "-v", "error", "-nostdin", "-y", "-i", src,
                                                        "-c:a", "copy", os.path.join(work, f"ff{i}.mp3")], work))
                subprocess.run(["rm", "-rf", out, profile], check=True)
            print(f"{name}:")
            for tool, rows in results.items():
                wall = statistics.median(r[0] for r in rows)
                cpu = statistics.median(r[1] for r in rows)
                rss = max(r[2] for r in rows)
                print(f"  {tool:18s} wall {wall:6.2f} s  cpu {cpu:6.2f} s  peak RSS {rss:6.1f} MB")


if __name__ == "__main__":
    main()
