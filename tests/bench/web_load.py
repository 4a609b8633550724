#!/usr/bin/env python3
"""Web server under load while 2 conversions run in the same TuneDrop process (2 workers).

Two modes (issue 5 and issue 13 item 7):
  keepalive    2,000 GET /api/jobs from 50 keep-alive connections;
  per-request  2,000 GET / from 50 clients, a new TCP connection for every request (what
               scripts, many phones behind one NAT and a reverse proxy look like).
Prints p50/p99 latency, connection resets and other errors per mode. Target: 0 errors,
p99 < 50 ms. Loopback only; bounded in count and time.

The client's latency includes its own scheduling (50 Python threads on the same cores), so the
server reports its own view too (TUNEDROP_WEB_TIMINGS, core/web/ServeTimings): per request, the
time its bytes waited in the kernel for the server's thread plus the handling, printed on exit.

    tests/bench/web_load.py [--bin build/app/tunedrop] [--mode both|keepalive|per-request]
                            [--requests 2000] [--connections 50] [--no-conversions]
"""
import argparse
import http.client
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from transcode_bench import make_inputs  # noqa: E402
from web_server import start_web  # noqa: E402


def worker(port, count, latencies, errors, lock):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for _ in range(count):
        start = time.perf_counter()
        try:
            conn.request("GET", "/api/jobs")
            response = conn.getresponse()
            response.read()
            ok = response.status == 200
        except Exception:
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            if ok:
                latencies.append(elapsed)
            else:
                errors.append(elapsed)
    conn.close()


def per_request_worker(port, count, latencies, errors, lock):
    # A fresh connection per request; the client closes it after the answer, as scripts do.
    for _ in range(count):
        start = time.perf_counter()
        kind = None
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", "/")
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                kind = f"HTTP {response.status}"
        except ConnectionResetError:
            kind = "ConnectionResetError"
        except Exception as e:  # noqa: BLE001 - every failure is counted by its type
            kind = type(e).__name__
        finally:
            conn.close()
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            if kind is None:
                latencies.append(elapsed)
            else:
                errors.append(kind)


def run_mode(port, mode, requests, connections):
    latencies, errors, lock = [], [], threading.Lock()
    per = requests // connections
    target = worker if mode == "keepalive" else per_request_worker
    threads = [threading.Thread(target=target, args=(port, per, latencies, errors, lock))
               for _ in range(connections)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, errors, time.perf_counter() - start


def measure(args, mode):
    with tempfile.TemporaryDirectory(prefix="tunedrop-webload-") as work:
        extra = ["--workers", "2"]
        if not args.no_conversions:
            inputs = make_inputs(work, [600])
            copy = inputs[600].replace(".webm", "-copy.webm")
            os.link(inputs[600], copy)  # two inputs, two conversions
            extra += [inputs[600], copy]
        log = open(os.path.join(work, "stderr.txt"), "w+")
        app, port = start_web(args.bin, work, extra, stderr=log)
        try:
            time.sleep(1.0)  # let both conversions get going
            latencies, errors, wall = run_mode(port, mode, args.requests, args.connections)
            # Were the conversions still running at the end (no MP3 written yet)?
            out = os.path.join(work, "o")
            busy = not args.no_conversions and not any(
                f.endswith(".mp3") for _, _, files in os.walk(out) for f in files)
        finally:
            app.terminate()
            app.wait(timeout=20)
            log.seek(0)
            server = next((line.strip() for line in log if line.startswith("web timings:")), "no server timings")
            log.close()
    return latencies, errors, wall, busy, server


def report(mode, latencies, errors, wall, connections, conversions, busy, server):
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")
    what = "keep-alive connections" if mode == "keepalive" else "clients, one connection per request"
    during = ("while 2 conversions ran" + ("" if busy else " (one finished before the end)")
              if conversions else "idle queue")
    resets = sum(1 for e in errors if e == "ConnectionResetError")
    kinds = {}
    for e in errors:
        if isinstance(e, str):
            kinds[e] = kinds.get(e, 0) + 1
    print(f"[{mode}] {len(latencies)} ok, {len(errors)} errors ({resets} resets) in {wall:.2f} s "
          f"from {connections} {what}, {during}" + (f"; errors by kind {kinds}" if kinds else ""))
    print(f"[{mode}] latency p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms, "
          f"max {latencies[-1] if latencies else float('nan'):.1f} ms")
    print(f"[{mode}] server's own view: {server}")
    verdict = "meets" if not errors and p(0.99) < 50 else "MISSES"
    print(f"RESULT web load {mode}: {verdict} target (0 errors, p99 < 50 ms)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--bin", default=os.environ.get("TUNEDROP_BIN", os.path.join(here, "..", "..", "build", "app", "tunedrop")))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--mode", choices=["both", "keepalive", "per-request"], default="both")
    parser.add_argument("--no-conversions", action="store_true", help="measure with an idle queue")
    args = parser.parse_args()
    os.environ["TUNEDROP_WEB_TIMINGS"] = "1"  # the server prints its own figures on exit
    modes = ["keepalive", "per-request"] if args.mode == "both" else [args.mode]
    results = []
    for mode in modes:
        # A fresh process per mode, so both modes meet two conversions that have just begun.
        results.append((mode, *measure(args, mode)))
    for mode, latencies, errors, wall, busy, server in results:
        report(mode, latencies, errors, wall, args.connections, not args.no_conversions, busy, server)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")

if __name__ == "__main__":
    main()
