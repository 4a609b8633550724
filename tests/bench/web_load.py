#!/usr/bin/env python3
"""Web server under load (issue 5): 2,000 GET /api/jobs status requests from 50 keep-alive
connections while 2 conversions run in the same TuneDrop process. Prints p50/p99 latency and
the error count. Target: 0 errors, p99 < 50 ms. Loopback only; bounded in count and time.

    tests/bench/web_load.py [--bin build/app/tunedrop] [--requests 2000] [--connections 50]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--bin", default=os.environ.get("TUNEDROP_BIN", os.path.join(here, "..", "..", "build", "app", "tunedrop")))
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tunedrop-webload-") as work:
        inputs = make_inputs(work, [600])
        copy = inputs[600].replace(".webm", "-copy.webm")
        os.link(inputs[600], copy)  # two inputs, two conversions
        app, port = start_web(args.bin, work, ["--workers", "2", inputs[600], copy], stderr=subprocess.PIPE)
        try:
            time.sleep(1.0)  # let both conversions get going
            latencies, errors, lock = [], [], threading.Lock()
            per = args.requests // args.connections
            threads = [threading.Thread(target=worker, args=(port, per, latencies, errors, lock))
                       for _ in range(args.connections)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - start
        finally:
            app.terminate()
            app.wait(timeout=20)
    latencies.sort()
    p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")
    print(f"{len(latencies)} ok, {len(errors)} errors in {wall:.2f} s from {args.connections} connections "
          f"while 2 conversions ran")
    print(f"latency p50 {p(0.50):.1f} ms, p99 {p(0.99):.1f} ms, max {latencies[-1] if latencies else float('nan'):.1f} ms")
    verdict = "meets" if not errors and p(0.99) < 50 else "MISSES"
    print(f"RESULT web load: {verdict} target (0 errors, p99 < 50 ms)")
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
