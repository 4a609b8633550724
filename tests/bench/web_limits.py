#!/usr/bin/env python3
"""The web server's HTTP layer under hostile clients (issue 20 items 2-3, issue 13 item 7b).
Starts `tunedrop --headless --web` on a loopback port and prints:

- one connection per request (what `ab` does, `Connection: close` and HTTP/1.0): requests/s
  and latency (the old QHttpServer kept such sockets open until the 20 s idle timer);
- while each flood runs (6,000 pipelined GET /api/jobs from a client that never reads; 4
  endless request heads; 4 clients sending 200 MiB bodies), the response time another client
  sees (a fresh connection every 20 ms) and the server's RSS before and at its peak.

Loopback only; bounded in count and time. Figures go to docs/PERFORMANCE.md.

    tests/bench/web_limits.py [--bin build/app/tunedrop] [--requests 500] [--seconds 5]
"""
import argparse
import os
import socket
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from web_server import free_port, start_web  # noqa: E402


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def one_request(port, request, timeout=10.0):
    """Sends `request` on a new connection; returns (status, ms until the server closed)."""
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(request)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    return data[9:12].decode(errors="replace"), (time.perf_counter() - start) * 1000


def percentiles(values):
    values = sorted(values)
    if not values:
        return "no samples"
    p = lambda q: values[min(len(values) - 1, int(q * len(values)))]
    return f"p50 {p(0.5):.1f} ms, p99 {p(0.99):.1f} ms, max {values[-1]:.1f} ms ({len(values)} requests)"


def close_rate(port, host, count):
    for name, request in (("Connection: close", b"GET /api/jobs HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n"),
                          ("HTTP/1.0", b"GET /api/jobs HTTP/1.0\r\n" + host + b"\r\n")):
        times, bad = [], 0
        start = time.perf_counter()
        for _ in range(count):
            status, ms = one_request(port, request)
            times.append(ms)
            bad += status != "200"
        wall = time.perf_counter() - start
        print(f"one connection per request ({name}): {count / wall:.0f} requests/s, {bad} errors; {percentiles(times)}")


def flood_pipelining(port, host, stop):
    s = socket.create_connection(("127.0.0.1", port))
    s.setblocking(False)
    data = (b"GET /api/jobs HTTP/1.1\r\n" + host + b"\r\n") * 6000
    sent = 0
    while not stop.is_set():
        try:
            sent += s.send(data[sent:sent + 65536]) if sent < len(data) else 0
        except BlockingIOError:
            pass
        time.sleep(0.005)
    s.close()


def flood_heads(port, host, stop):
    def one():
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"GET /api/jobs HTTP/1.1\r\n" + host + b"X-Pad: ")
        try:
            while not stop.is_set():
                s.sendall(b"p" * 16384)
        except OSError:
            pass  # refused with 431 and closed: start over, as an attacker would
        s.close()
    while not stop.is_set():
        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def flood_bodies(port, host, stop):
    def one():
        size = 200 * 1024 * 1024
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(b"POST /submit HTTP/1.1\r\n" + host + b"Content-Type: application/json\r\nContent-Length: "
                  + str(size).encode() + b"\r\n\r\n")
        chunk = b"x" * 65536
        try:
            for _ in range(size // len(chunk)):
                if stop.is_set():
                    break
                s.sendall(chunk)
        except OSError:
            pass
        s.close()
    while not stop.is_set():
        threads = [threading.Thread(target=one) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()


def during(name, flood, port, host, pid, seconds):
    stop = threading.Event()
    before = rss_kib(pid)
    peak = before
    thread = threading.Thread(target=flood, args=(port, host, stop))
    thread.start()
    times, bad = [], 0
    end = time.time() + seconds
    while time.time() < end:
        status, ms = one_request(port, b"GET /api/jobs HTTP/1.1\r\n" + host + b"Connection: close\r\n\r\n")
        times.append(ms)
        bad += status != "200"
        peak = max(peak, rss_kib(pid))
        time.sleep(0.02)
    stop.set()
    thread.join()
    print(f"during {name}: other client {percentiles(times)}, {bad} errors; server RSS {before / 1024:.1f} -> "
          f"peak {peak / 1024:.1f} MiB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--bin", default=os.environ.get("TUNEDROP_BIN", os.path.join(here, "..", "..", "build", "app", "tunedrop")))
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tunedrop-weblimits-") as work:
        port = free_port()
        host = f"Host: 127.0.0.1:{port}\r\n".encode()
        app, _ = start_web(args.bin, work, port=port)
        try:
            close_rate(port, host, args.requests)
            during("a 6,000-request pipelining flood from a non-reader", flood_pipelining, port, host, app.pid, args.seconds)
            during("4 endless request heads", flood_heads, port, host, app.pid, args.seconds)
            during("4 clients sending 200 MiB bodies", flood_bodies, port, host, app.pid, args.seconds)
        finally:
            app.terminate()
            app.wait(timeout=20)
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    sys.exit(main())
