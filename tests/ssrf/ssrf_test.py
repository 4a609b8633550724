#!/usr/bin/env python3
"""Links sent from the web must never reach this computer's own services (issue 20 item 1).

Black box: the real `tunedrop --headless --web` binary, the real yt-dlp and FFmpeg, in a
network namespace of its own (as a user's network would be):

- 10.200.0.1 on the namespace's loopback device plays a "public" web server (port 8000):
  a redirector, a page whose <video src> is on 127.0.0.1, an HLS playlist whose segment is on
  127.0.0.1, and a good MP3 that must still convert;
- a private DNS server on 127.0.0.1:53 (UDP and TCP, hand-written; /etc/resolv.conf is
  bind-mounted to point at it) answers per query as scripted: rebind.test public then
  127.0.0.1 (DNS rebinding), nx.test NXDOMAIN then 127.0.0.1, fail.test SERVFAIL then
  127.0.0.1, public.test always public;
- the canary, a "loopback-only service" on 127.0.0.1:8000, counts every request.

Each hostile link must fail with "links to this computer are not allowed" and the canary must
see no request at all. A second run with --allow-local-sources shows the switch lifts it.

Run as root (unshare needs it); exits 77 (ctest: skipped) when namespaces are not permitted.
"""

import http.server
import json
import os
import shutil
import socket
import socketserver
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

PUBLIC = "10.200.0.1"
PORT = 8000
WEB_PORT = 18090
SKIP = 77
REFUSED = "links to this computer are not allowed"


def enter_namespace():
    """Re-runs this script inside a fresh network + mount namespace."""
    if os.environ.get("TUNEDROP_SSRF_NETNS") == "1":
        return
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        print("SKIP: unshare or ip is missing")
        sys.exit(SKIP)
    probe = subprocess.run(["unshare", "-nm", "true"], capture_output=True)
    if probe.returncode != 0:
        print("SKIP: network namespaces are not permitted here:", probe.stderr.decode().strip())
        sys.exit(SKIP)
    env = dict(os.environ, TUNEDROP_SSRF_NETNS="1")
    sys.exit(subprocess.run(["unshare", "-nm", sys.executable, os.path.abspath(sys.argv[0])] + sys.argv[1:],
                            env=env).returncode)


def set_up_network(tmp):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    subprocess.run(["ip", "addr", "add", PUBLIC + "/32", "dev", "lo"], check=True)
    resolv = os.path.join(tmp, "resolv.conf")
    with open(resolv, "w") as f:
        f.write("nameserver 127.0.0.1\noptions attempts:1 timeout:2\n")
    subprocess.run(["mount", "--bind", resolv, "/etc/resolv.conf"], check=True)


# ---- the DNS stand-in -------------------------------------------------------------------

class Dns:
    """Answers A queries per name from a script: one entry per query, the last one repeats.
    An entry is an IPv4 address, "NXDOMAIN" or "SERVFAIL". AAAA gets no address (or the same
    error), so only the scripted IPv4 answers count."""

    def __init__(self, script):
        self.script = script
        self.asked = {}
        self.lock = threading.Lock()

    def answer_for(self, name, qtype):
        with self.lock:
            entries = self.script.get(name)
            if entries is None:
                return "NXDOMAIN"
            n = self.asked.get(name, 0)
            entry = entries[min(n, len(entries) - 1)]
            if qtype == 1:
                self.asked[name] = n + 1
            elif entry not in ("NXDOMAIN", "SERVFAIL"):
                return None  # NOERROR, no AAAA record
            return entry

    def reply(self, query):
        (qid, _flags, qd, _an, _ns, _ar) = struct.unpack("!6H", query[:12])
        pos, labels = 12, []
        while query[pos]:
            labels.append(query[pos + 1:pos + 1 + query[pos]].decode().lower())
            pos += 1 + query[pos]
        qtype, _qclass = struct.unpack("!2H", query[pos + 1:pos + 5])
        question = query[12:pos + 5]
        entry = self.answer_for(".".join(labels), qtype)
        rcode = {"NXDOMAIN": 3, "SERVFAIL": 2}.get(entry, 0)
        answers = b""
        if qtype == 1 and rcode == 0 and entry:
            answers = struct.pack("!HHHIH", 0xC00C, 1, 1, 0, 4) + socket.inet_aton(entry)  # TTL 0
        header = struct.pack("!6H", qid, 0x8180 | rcode, 1, 1 if answers else 0, 0, 0)
        return header + question + answers

    def serve(self):
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        udp.bind(("127.0.0.1", 53))
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        tcp.bind(("127.0.0.1", 53))
        tcp.listen(8)

        def udp_loop():
            while True:
                data, peer = udp.recvfrom(4096)
                try:
                    udp.sendto(self.reply(data), peer)
                except Exception as e:  # a malformed query must not stop the server
                    print("dns:", e)

        def tcp_loop():
            while True:
                conn, _ = tcp.accept()
                with conn:
                    try:
                        size = struct.unpack("!H", conn.recv(2))[0]
                        data = b""
                        while len(data) < size:
                            data += conn.recv(size - len(data))
                        out = self.reply(data)
                        conn.sendall(struct.pack("!H", len(out)) + out)
                    except Exception as e:
                        print("dns/tcp:", e)

        threading.Thread(target=udp_loop, daemon=True).start()
        threading.Thread(target=tcp_loop, daemon=True).start()


# ---- HTTP servers ----------------------------------------------------------------------

class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_handler(routes, counter=None):
    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if counter is not None:
                counter.append(self.path)
            route = routes(self.path)
            if route is None:
                self.send_error(404)
                return
            status, headers, body = route
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        do_HEAD = do_GET

    return Handler


class CountingServer(Server):
    """Counts connections, not requests: a TLS hello or a raw CONNECT that reached it counts too."""
    connections = None

    def process_request(self, request, client_address):
        self.connections.append(client_address)
        super().process_request(request, client_address)


def start_server(address, handler, connections=None):
    if connections is not None:
        server = CountingServer((address, PORT), handler)
        server.connections = connections
    else:
        server = Server((address, PORT), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ---- talking to TuneDrop ---------------------------------------------------------------

def api(path, body=None):
    url = "http://127.0.0.1:%d%s" % (WEB_PORT, path)
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method="POST" if body is not None else "GET")
    if body is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def start_tunedrop(binary, tmp, name, extra):
    profile = os.path.join(tmp, name)
    os.makedirs(profile)
    log = open(os.path.join(tmp, name + ".log"), "w")
    proc = subprocess.Popen([binary, "--headless", "--web", "--web-port", str(WEB_PORT), "--profile", profile,
                             "--output-dir", os.path.join(profile, "out")] + extra,
                            stdout=log, stderr=subprocess.STDOUT,
                            # A user's no_proxy must not open a way around the guard: FFmpeg
                            # and yt-dlp's urllib would bypass any proxy for "*".
                            env=dict(os.environ, no_proxy="*", NO_PROXY="*"))
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if api("/api/jobs")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("tunedrop did not start its web server; log: " + open(log.name).read())


def submit_and_wait(link, timeout=180):
    status, body = api("/submit", {"video_url": link})
    if status != 201:
        return {"state": "refused-at-submit", "error": body.decode(errors="replace")}
    job_id = json.loads(body)["data"]["filename"]
    deadline = time.time() + timeout
    while time.time() < deadline:
        status, body = api("/api/jobs/" + job_id)
        job = json.loads(body)
        if job.get("state") in ("done", "failed", "cancelled"):
            job["id"] = job_id
            return job
        time.sleep(0.3)
    return {"state": "timeout", "error": "still %s after %d s" % (job.get("state"), timeout)}


def main():
    enter_namespace()
    binary = os.environ.get("TUNEDROP_BIN") or (sys.argv[1] if len(sys.argv) > 1 else "")
    if not binary or not os.access(binary, os.X_OK):
        raise SystemExit("set TUNEDROP_BIN to the tunedrop binary")
    if shutil.which("yt-dlp") is None or shutil.which("ffmpeg") is None:
        print("SKIP: yt-dlp and ffmpeg are needed")
        return SKIP
    tmp = tempfile.mkdtemp(prefix="tunedrop-ssrf-")
    set_up_network(tmp)

    def media(name, args):
        path = os.path.join(tmp, name)
        subprocess.run(["ffmpeg", "-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", "sine=frequency=440:duration=2"]
                       + args + [path], check=True)
        return open(path, "rb").read()

    mp3 = media("a.mp3", ["-c:a", "libmp3lame", "-b:a", "128k"])
    m4a = media("a.m4a", ["-c:a", "aac"])
    ts = media("seg.ts", ["-c:a", "mp2", "-f", "mpegts"])

    Dns({"rebind.test": [PUBLIC, "127.0.0.1"], "rebind-tls.test": [PUBLIC, "127.0.0.1"],
         "rebind-page.test": [PUBLIC, "127.0.0.1"], "nx.test": ["NXDOMAIN", "127.0.0.1"],
         "fail.test": ["SERVFAIL", "127.0.0.1"], "public.test": [PUBLIC]}).serve()

    canary_hits = []
    canary_connections = []
    secret = {"/a.mp3": mp3, "/a.m4a": m4a, "/seg.ts": ts, "/song.mp3": mp3}
    start_server("127.0.0.1", make_handler(
        lambda p: (200, {"Content-Type": "audio/mpeg"}, secret.get(p.split("?")[0], b"secret\n")), canary_hits),
        canary_connections)

    loop = "http://127.0.0.1:%d" % PORT

    def public_routes(path):
        if path.startswith("/redir"):  # /redir?to=URL and /redir/a.mp3 (looks like media)
            target = path.split("to=", 1)[1] if "to=" in path else loop + "/a.mp3"
            return 302, {"Location": target}, b""
        pages = {
            "/page.html": (200, {"Content-Type": "text/html"},
                           ('<html><head><title>Song</title></head><body><video src="%s/a.m4a"></video>'
                            '</body></html>' % loop).encode()),
            "/list.m3u8": (200, {"Content-Type": "application/vnd.apple.mpegurl"},
                           ("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXT-X-MEDIA-SEQUENCE:0\n"
                            "#EXTINF:2.0,\n%s/seg.ts\n#EXT-X-ENDLIST\n" % loop).encode()),
            "/good.mp3": (200, {"Content-Type": "audio/mpeg"}, mp3),
            "/song.mp3": (404, {}, b""),  # rebind.test's public side has no song: only loopback does
        }
        return pages.get(path)

    start_server(PUBLIC, make_handler(public_routes))

    hostile = [
        ("redirect, page-like link", "http://public.test:%d/redir?to=%s/a.mp3" % (PORT, loop)),
        ("redirect, media-like link", "http://public.test:%d/redir/a.mp3" % PORT),
        ("page with <video src> on loopback", "http://public.test:%d/page.html" % PORT),
        ("HLS playlist with a loopback segment", "http://public.test:%d/list.m3u8" % PORT),
        ("DNS rebinding (public, then 127.0.0.1)", "http://rebind.test:%d/song.mp3" % PORT),
        ("NXDOMAIN, then 127.0.0.1", "http://nx.test:%d/song.mp3" % PORT),
        ("SERVFAIL, then 127.0.0.1", "http://fail.test:%d/song.mp3" % PORT),
        # https: Qt and yt-dlp tunnel with CONNECT, refused before any TLS byte is sent
        ("https media link, DNS rebinding", "https://rebind-tls.test:%d/song.mp3" % PORT),
        ("https page link (yt-dlp), DNS rebinding", "https://rebind-page.test:%d/watch" % PORT),
        ("redirect to a non-media local URL", "http://public.test:%d/redir?to=%s/admin/delete" % (PORT, loop)),
    ]
    failures = []
    proc = start_tunedrop(binary, tmp, "guarded", [])
    try:
        for label, link in hostile:
            job = submit_and_wait(link)
            error = (job.get("error") or "")
            ok = job.get("state") == "failed" and REFUSED in error.lower() \
                and job.get("errorCategory") == "permission-denied"
            print("%-42s %s: %s" % (label, "ok" if ok else "WRONG", job.get("state") + " " + error))
            if not ok:
                failures.append(label)
        good = submit_and_wait("http://public.test:%d/good.mp3" % PORT)
        print("%-42s %s: %s" % ("a good public MP3 still converts", good.get("state"), good.get("error") or ""))
        if good.get("state") != "done":
            failures.append("good public MP3")
        else:
            status, body = api("/download-music/" + good["id"])
            if status != 200 or not body.startswith((b"ID3", b"\xff\xfb")):
                failures.append("good public MP3 download")
    finally:
        proc.terminate()
        proc.wait(30)
    print("canary requests while guarded:", len(canary_hits), canary_hits, "connections:", len(canary_connections))
    if canary_hits or canary_connections:
        failures.append("the canary on 127.0.0.1 was reached: %s, %d connections" % (canary_hits, len(canary_connections)))

    # --allow-local-sources lifts the guard (the user said local services are fine).
    proc = start_tunedrop(binary, tmp, "allowed", ["--allow-local-sources"])
    try:
        before = len(canary_hits)
        job = submit_and_wait("%s/a.mp3" % loop)
        print("%-42s %s: %s" % ("--allow-local-sources, loopback MP3", job.get("state"), job.get("error") or ""))
        if job.get("state") != "done" or len(canary_hits) == before:
            failures.append("--allow-local-sources did not allow the loopback source")
    finally:
        proc.terminate()
        proc.wait(30)

    if failures:
        print("FAILED:", "; ".join(failures))
        for name in ("guarded", "allowed"):
            print("---- %s log ----" % name)
            print(open(os.path.join(tmp, name + ".log")).read()[-4000:])
        return 1
    print("all SSRF cases refused; canary untouched")
    return 0


if __name__ == "__main__":
    sys.exit(main())
