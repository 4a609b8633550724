#!/usr/bin/env python3
"""Start-up cost of a long history (issue 14, "A history that can grow").

Builds profiles with 0 / 1k / 10k / 100k finished jobs and measures, side by side:

1. `tunedrop --headless --once` of a 1-second WAV into a fresh folder (so it converts, never
   reuses): wall time and the process's peak RSS (wait4's ru_maxrss).
2. The window's start (QT_QPA_PLATFORM=offscreen, no items): the time until the process has
   gone quiet (no CPU used for 300 ms; the moment it last used some counts) and its peak RSS
   then (VmHWM). No hook in the app is needed, so any build can be measured.

Each profile is made by running tunedrop once on it (TuneDrop's real schema, whatever its
version), then rows are inserted with sqlite3: mostly expired jobs (their MP3s purged long
ago), some failed and cancelled ones, a few done within the retention, all with realistic
links, titles and times. One warm-up start follows (it may migrate or purge), then the runs.

    tests/bench/history_startup.py [--bin build/app/tunedrop] [--runs 3] [--sizes 0,1000,10000,100000]
                                   [--no-window] [--keep DIR]
"""
import argparse
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from transcode_bench import ffmpeg  # noqa: E402

WORDS = ("night drive summer rain blue echo river light lost home city dream fire heart "
         "gold wild ocean paper moon silver road falling stars quiet storm velvet").split()


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def fill(db_path, count, out_dir, seed=14):
    """Inserts `count` finished jobs, the oldest first, ending an hour ago."""
    if count == 0:
        return
    rng = random.Random(seed)
    db = sqlite3.connect(db_path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(jobs)")]
    start_pos = (db.execute("SELECT COALESCE(MAX(position), 0) FROM jobs").fetchone()[0] or 0) + 1
    now = datetime.now(timezone.utc)
    first = now - timedelta(days=max(30, count // 300))  # ~300 jobs a day
    step = (now - timedelta(hours=1) - first) / count
    rows = []
    for i in range(count):
        added = first + step * i
        vid = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(11))
        link = "https://www.youtube.com/watch?v=" + vid
        title = " ".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(2, 5)))
        artist = " ".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(1, 2)))
        roll = rng.random()
        recent = now - added < timedelta(hours=7)
        state = "done" if recent and roll < 0.9 else ("failed" if roll < 0.02 else "cancelled" if roll < 0.03 else "expired")
        finished = added + timedelta(seconds=rng.randint(5, 90))
        values = {
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "input": link, "key": link,
            "output_dir": out_dir, "state": state, "position": start_pos + i, "title": title,
            "artist": artist, "album": "", "site": "youtube", "thumbnail_url": "https://i.ytimg.com/vi/%s/hq.jpg" % vid,
            "duration": float(rng.randint(90, 420)), "progress": 1.0 if state in ("done", "expired") else 0.3,
            "bytes_done": 0, "bytes_total": None,
            "output_path": os.path.join(out_dir, title + ".mp3") if state in ("done", "expired") else "",
            "part_path": "", "error_category": "network" if state == "failed" else "cancelled" if state == "cancelled" else "none",
            "error_message": "The server did not answer." if state == "failed" else "Cancelled." if state == "cancelled" else "",
            "warning": "", "attempts": 4 if state == "failed" else 1, "retry_at": "", "added_at": iso(added),
            "started_at": iso(added), "finished_at": iso(finished), "parent_id": "", "pinned": 1 if roll > 0.999 else 0,
            "block_local_hosts": 0, "output_size": 4_000_000 if state in ("done", "expired") else None,
            "output_inode": 1000 + i, "output_modified": iso(finished), "input_size": None, "input_modified": "",
            "source_id": vid, "encoder": "cbr192:id3v24:copy",
        }
        rows.append(tuple(values.get(c) for c in columns))
    db.executemany("INSERT INTO jobs (%s) VALUES (%s)" % (",".join(columns), ",".join("?" * len(columns))), rows)
    db.commit()
    db.close()


def run_once(binary, profile, wav, work):
    out = tempfile.mkdtemp(dir=work, prefix="out-")  # a new folder: converted, never reused
    cmd = [binary, "--headless", "--once", "--profile", profile, "--output-dir", out, wav]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    _, status, usage = os.wait4(p.pid, 0)
    elapsed = time.perf_counter() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, err))
    shutil.rmtree(out, ignore_errors=True)
    return elapsed, usage.ru_maxrss / 1024.0


def cpu_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def peak_rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return 0.0


def run_window(binary, profile, quiet_s=0.3, limit_s=120):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    p = subprocess.Popen([binary, "--profile", profile], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    last_ticks, last_change = -1, t0
    try:
        while True:
            time.sleep(0.005)
            now = time.perf_counter()
            ticks = cpu_ticks(p.pid)
            if ticks != last_ticks:
                last_ticks, last_change = ticks, now
            elif ticks > 0 and now - last_change >= quiet_s:
                break
            if now - t0 > limit_s:
                raise RuntimeError("the window never went quiet")
        return last_change - t0, peak_rss_mb(p.pid)
    finally:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(30)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--fill":
        fill(sys.argv[2], int(sys.argv[3]), sys.argv[4])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/app/tunedrop")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="0,1000,10000,100000")
    ap.add_argument("--no-window", action="store_true")
    ap.add_argument("--keep", help="build the profiles in DIR and keep them")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.keep or tempfile.mkdtemp(prefix="tunedrop-history-")
    os.makedirs(work, exist_ok=True)
    wav = os.path.join(work, "one-second.wav")
    ffmpeg("-f", "lavfi", "-i", "sine=frequency=440:duration=1", "-ac", "2", "-ar", "44100", wav)
    print("binary: %s" % binary)
    print("%8s | %16s %14s | %16s %14s" % ("jobs", "--once median s", "peak RSS MB", "window s", "window RSS MB"))
    results = []
    try:
        for n in sizes:
            profile = os.path.join(work, "profile-%d" % n)
            shutil.rmtree(profile, ignore_errors=True)
            run_once(binary, profile, wav, work)  # TuneDrop creates its own schema
            db = [os.path.join(d, f) for d, _, fs in os.walk(profile) for f in fs if f == "jobs.db"][0]
            # In a child process: a forked child's peak RSS (wait4's ru_maxrss) starts from the
            # parent's high-water mark, and filling 100k rows grows this process by ~100 MB.
            subprocess.run([sys.executable, os.path.abspath(__file__), "--fill", db, str(n), os.path.join(work, "library")],
                           check=True)
            run_once(binary, profile, wav, work)  # warm-up: migrations, the purge's first round
            once = [run_once(binary, profile, wav, work) for _ in range(args.runs)]
            t_once = statistics.median(t for t, _ in once)
            m_once = max(m for _, m in once)
            if args.no_window:
                t_win, m_win = float("nan"), float("nan")
            else:
                win = [run_window(binary, profile) for _ in range(args.runs)]
                t_win = statistics.median(t for t, _ in win)
                m_win = max(m for _, m in win)
            results.append((n, t_once, m_once, t_win, m_win))
            print("%8d | %16.3f %14.1f | %16.3f %14.1f" % results[-1], flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    base = results[0]
    if base[0] == 0 and len(results) > 1:
        last = results[-1]
        print("%d jobs vs. empty: --once %.2fx, %+.1f MB; window %.2fx, %+.1f MB"
              % (last[0], last[1] / base[1], last[2] - base[2], last[3] / base[3], last[4] - base[4]))


if __name__ == "__main__":
    main()
