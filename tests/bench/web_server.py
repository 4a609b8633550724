"""What the web benchmarks share: a free loopback port and a `tunedrop --headless --web` started
on it with a throw-away profile, returned once it accepts connections."""
import os
import socket
import subprocess
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_web(binary, work, extra=(), stderr=subprocess.DEVNULL, port=None):
    """Returns (process, port); the caller terminates the process."""
    port = port or free_port()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen([os.path.abspath(binary), "--headless", "--web", "--web-port", str(port),
                            "--profile", os.path.join(work, "p"), "--output-dir", os.path.join(work, "o"),
                            *extra],
                           stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    deadline = time.time() + 20
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return app, port
