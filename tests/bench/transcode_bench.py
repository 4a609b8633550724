#!/usr/bin/env python3
"""Transcoding speed and memory: `tunedrop --headless --once` against the ffmpeg CLI.

Both tools encode the same input with the same encoder (libmp3lame, CBR 192 kbps), runs
alternate (A B, B A, ...) so that machine noise hits both alike, and the script prints the
median of the per-pair time ratios. Targets (issue 2): ratio <= 1.00 on a 10-minute stereo
Opus/WebM, and peak memory under 60 MB on a 1-hour file.

    tests/bench/transcode_bench.py [--bin build/app/tunedrop] [--runs 5] [--quick]
    tests/bench/transcode_bench.py --bin A --baseline-bin B [--runs 7]

--baseline-bin compares two builds (e.g. with and without -ftrivial-auto-var-init=zero) on the
10-minute input: A, B and ffmpeg take turns in rotating order, and the script prints each
build's ratio to ffmpeg and A/B, for wall time and for CPU time (the steadier one on a busy
machine).

--quick uses a 20-second input, one pair and no 1-hour file: a smoke test for CI.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MUSIC_LIKE = (
    "aevalsrc="
    "0.25*sin(2*PI*(220+3*sin(2*PI*0.5*t))*t)+0.18*sin(2*PI*277.18*t)*(0.6+0.4*sin(2*PI*0.25*t))"
    "+0.15*sin(2*PI*329.63*t)+0.1*sin(2*PI*(880+440*floor(mod(t*2\\,4)))*t)*exp(-mod(t\\,0.5)*6)"
    "|0.25*sin(2*PI*(221+3*sin(2*PI*0.4*t))*t)+0.18*sin(2*PI*293.66*t)"
    "+0.15*sin(2*PI*369.99*t)*(0.6+0.4*cos(2*PI*0.3*t))"
    "+0.1*sin(2*PI*(660+330*floor(mod(t*3\\,3)))*t)*exp(-mod(t\\,0.33)*8)"
    ":s=48000:d=30"
)


def ffmpeg(*args):
    subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", *args], check=True)


def make_inputs(work, seconds_list):
    """A 30-second music-like stereo piece (chords, melody, pink noise), looped to length."""
    piece = os.path.join(work, "piece.wav")
    ffmpeg("-f", "lavfi", "-i", MUSIC_LIKE,
           "-f", "lavfi", "-i", "anoisesrc=c=pink:a=0.05:r=48000:d=30",
           "-filter_complex", "[1:a]aformat=channel_layouts=stereo[n];[0:a][n]amix=inputs=2:normalize=0[a]",
           "-map", "[a]", "-c:a", "pcm_s16le", piece)
    out = {}
    for seconds in seconds_list:
        path = os.path.join(work, f"music-{seconds}s.webm")
        loops = max(0, -(-seconds // 30) - 1)
        ffmpeg("-stream_loop", str(loops), "-i", piece, "-t", str(seconds),
               "-c:a", "libopus", "-b:a", "128k", path)
        out[seconds] = path
    return out


def timed(cmd):
    """Wall time, CPU time (user+sys) and peak RSS (MiB) of one command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed: {' '.join(cmd)}\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def commands(binary, src, work):
    out_dir = os.path.join(work, "out")
    os.makedirs(out_dir, exist_ok=True)
    profile = os.path.join(work, "profile")
    ours = [binary, "--headless", "--once", "--profile", profile, "--output-dir", out_dir,
            "--bitrate", "192", src]
    theirs = ["ffmpeg", "-v", "error", "-nostdin", "-y", "-i", src, "-vn",
              "-c:a", "libmp3lame", "-b:a", "192k", os.path.join(work, "ffmpeg.mp3")]
    return ours, theirs, out_dir


def compare(binary, src, work, runs, label):
    ours_cmd, ffmpeg_cmd, out_dir = commands(binary, src, work)
    ours, theirs, ours_mem, theirs_mem, ours_cpu, theirs_cpu = [], [], [], [], [], []
    for i in range(runs):
        order = [("tunedrop", ours_cmd), ("ffmpeg", ffmpeg_cmd)]
        if i % 2:
            order.reverse()
        for name, cmd in order:
            shutil.rmtree(out_dir, ignore_errors=True)
            os.makedirs(out_dir)
            t, cpu, mem = timed(cmd)
            (ours if name == "tunedrop" else theirs).append(t)
            (ours_cpu if name == "tunedrop" else theirs_cpu).append(cpu)
            (ours_mem if name == "tunedrop" else theirs_mem).append(mem)
    ratios = [a / b for a, b in zip(ours, theirs)]
    print(f"[{label}] tunedrop runs (s): {' '.join(f'{t:.2f}' for t in ours)}")
    print(f"[{label}] ffmpeg   runs (s): {' '.join(f'{t:.2f}' for t in theirs)}")
    print(f"[{label}] median tunedrop {statistics.median(ours):.2f} s, ffmpeg {statistics.median(theirs):.2f} s")
    print(f"[{label}] median CPU time (user+sys) tunedrop {statistics.median(ours_cpu):.2f} s, "
          f"ffmpeg {statistics.median(theirs_cpu):.2f} s")
    print(f"[{label}] peak RSS tunedrop {max(ours_mem):.1f} MiB, ffmpeg {max(theirs_mem):.1f} MiB")
    return statistics.median(ratios), max(ours_mem)


def compare_builds(a, b, src, work, runs):
    cmd_a, ffmpeg_cmd, out_dir = commands(a, src, work)
    cmd_b, _, _ = commands(b, src, work)
    names = ["A", "B", "ffmpeg"]
    cmds = {"A": cmd_a, "B": cmd_b, "ffmpeg": ffmpeg_cmd}
    wall = {n: [] for n in names}
    cpu = {n: [] for n in names}
    for i in range(runs):
        for name in names[i % 3:] + names[:i % 3]:
            shutil.rmtree(out_dir, ignore_errors=True)
            os.makedirs(out_dir)
            t, c, _ = timed(cmds[name])
            wall[name].append(t)
            cpu[name].append(c)
    for label, data in (("wall", wall), ("CPU", cpu)):
        med = {n: statistics.median(data[n]) for n in names}
        a_b = statistics.median(x / y for x, y in zip(data["A"], data["B"]))
        a_f = statistics.median(x / y for x, y in zip(data["A"], data["ffmpeg"]))
        b_f = statistics.median(x / y for x, y in zip(data["B"], data["ffmpeg"]))
        print(f"[{label}] median A {med['A']:.2f} s, B {med['B']:.2f} s, ffmpeg {med['ffmpeg']:.2f} s")
        print(f"RESULT {label}: A/ffmpeg = {a_f:.3f}, B/ffmpeg = {b_f:.3f}, A/B = {a_b:.3f} ({runs} rounds)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    default_bin = os.environ.get("TUNEDROP_BIN", os.path.join(here, "..", "..", "build", "app", "tunedrop"))
    parser.add_argument("--bin", default=default_bin)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--baseline-bin", help="a second build to compare against --bin")
    args = parser.parse_args()
    binary = os.path.abspath(args.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no tunedrop binary at {binary}; build first or pass --bin")
    if args.baseline_bin:
        with tempfile.TemporaryDirectory(prefix="tunedrop-bench-") as work:
            inputs = make_inputs(work, [600])
            print(f"A = {binary}\nB = {os.path.abspath(args.baseline_bin)}", flush=True)
            compare_builds(binary, os.path.abspath(args.baseline_bin), inputs[600], work, args.runs)
        print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")
        return

    with tempfile.TemporaryDirectory(prefix="tunedrop-bench-") as work:
        lengths = [20] if args.quick else [600, 3600]
        print(f"making inputs ({', '.join(f'{s} s' for s in lengths)} stereo Opus/WebM, music-like)...", flush=True)
        inputs = make_inputs(work, lengths)
        runs = 1 if args.quick else args.runs
        ratio, _ = compare(binary, inputs[lengths[0]], work, runs, f"{lengths[0]} s")
        verdict = "meets" if ratio <= 1.0 else "MISSES"
        print(f"RESULT speed: median time ratio tunedrop/ffmpeg = {ratio:.3f} "
              f"({verdict} target <= 1.00, {runs} alternating pairs)")
        if not args.quick:
            _, peak = compare(binary, inputs[3600], work, 1, "3600 s")
            verdict = "meets" if peak < 60 else "MISSES"
            print(f"RESULT memory: peak RSS on the 1-hour file = {peak:.1f} MiB ({verdict} target < 60 MiB)")
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
