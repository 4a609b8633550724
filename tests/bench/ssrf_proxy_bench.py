#!/usr/bin/env python3
"""What a web job's GuardedProxy costs: the same link sent from the web, guarded (every
connection through the proxy) and with --allow-local-sources (no proxy), in the network
namespace of tests/ssrf (10.200.0.1 plays the public server). Prints seconds from submit to
done per run and the medians. Needs root (unshare).

    python3 tests/bench/ssrf_proxy_bench.py --bin build/app/tunedrop [--runs 3] [--minutes 10]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ssrf"))
import ssrf_test as s  # noqa: E402  (the namespace, DNS and server helpers)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--minutes", type=float, default=10)
    args = ap.parse_args()
    os.environ["TUNEDROP_BIN"] = os.path.abspath(args.bin)
    s.enter_namespace()
    tmp = tempfile.mkdtemp(prefix="tunedrop-ssrf-bench-")
    s.set_up_network(tmp)
    path = os.path.join(tmp, "long.mp3")
    subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i",
                    "sine=frequency=440:duration=%d" % int(args.minutes * 60), "-c:a", "libmp3lame", "-b:a", "320k",
                    path], check=True)
    body = open(path, "rb").read()
    s.Dns({"public.test": [s.PUBLIC]}).serve()
    s.start_server(s.PUBLIC, s.make_handler(
        lambda p: (200, {"Content-Type": "audio/mpeg"}, body) if p.startswith("/long") else None))
    results = {}
    for mode, extra in (("guarded", []), ("direct", ["--allow-local-sources"])):
        times = []
        proc = s.start_tunedrop(os.environ["TUNEDROP_BIN"], tmp, mode, extra)
        try:
            for i in range(args.runs):
                start = time.monotonic()
                job = s.submit_and_wait("http://public.test:%d/long-%s-%d.mp3" % (s.PORT, mode, i), timeout=600)
                if job.get("state") != "done":
                    raise SystemExit("%s run %d: %s" % (mode, i, job))
                times.append(time.monotonic() - start)
                print("%-8s run %d: %.2f s" % (mode, i + 1, times[-1]), flush=True)
        finally:
            proc.terminate()
            proc.wait(30)
        results[mode] = statistics.median(times)
    print("file: %.1f MB (%.0f min, 320 kbps MP3), converted to 192 kbps" % (len(body) / 1e6, args.minutes))
    for mode, t in results.items():
        print("median %-8s %.2f s" % (mode, t))
    print("proxy cost: %+.1f %%" % (100.0 * (results["guarded"] / results["direct"] - 1)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
