#!/usr/bin/env python3
"""A fault-injecting HTTP proxy for registry audits: forwards every request to UPSTREAM (a docker-registry on
loopback) and, at the given rates, answers instead with a fault. Decisions come from a seeded random generator,
so a run is reproducible up to thread scheduling.

Usage: fault_proxy.py PORT_FILE UPSTREAM [name=rate ...] [seed=N] [stall-seconds=S] [only=PATH_PART]
  reset     close the connection without an answer (a TCP reset)
  503       HTTP 503 with an error body
  429       HTTP 429 with Retry-After: 1
  stall     accept, say nothing for `stall-seconds` (default 10), then close
  truncate  forward, but send only half the body after a full Content-Length, then close
`delay=SECONDS` holds every forwarded answer that long (a slow registry). `only=blobs` limits faults to paths containing /blobs/ (likewise manifests, tags). GET /_stats (never faulted)
returns the requests seen and the faults made by kind. Binds 127.0.0.1 only, writes its port to PORT_FILE, and
exits by itself after fifteen minutes."""
import http.client, json, os, random, signal, socket, struct, sys, threading, time
import loopback

port_file, upstream = sys.argv[1], sys.argv[2]
settings = dict(arg.split("=", 1) for arg in sys.argv[3:])
rates = [(kind, float(settings[kind])) for kind in ("reset", "503", "429", "stall", "truncate") if kind in settings]
stall_seconds = float(settings.get("stall-seconds", "10"))
delay = float(settings.get("delay", "0"))
only = settings.get("only")
generator = random.Random(int(settings.get("seed", "7")))
lock = threading.Lock()
stats = {"requests": 0, "faults": {kind: 0 for kind, _ in rates}}

def choose(path):
    with lock:
        stats["requests"] += 1
        if only and "/%s/" % only not in path and not path.endswith("/" + only):
            return None
        draw = generator.random()
        for kind, rate in rates:
            if draw < rate:
                stats["faults"][kind] += 1
                return kind
            draw -= rate
    return None

class Handler(loopback.Handler):
    close_each = True

    def reset(self):
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def handle_any(self):
        if self.path == "/_stats":
            with lock: return self.answer(200, json.dumps(stats).encode(), {"Content-Type": "application/json"})
        fault = choose(self.path)
        if fault == "reset": return self.reset()
        if fault == "503": return self.answer(503, b'{"errors":[{"code":"UNAVAILABLE","message":"injected"}]}', {"Content-Type": "application/json"})
        if fault == "429": return self.answer(429, b'{"errors":[{"code":"TOOMANYREQUESTS","message":"injected"}]}', {"Retry-After": "1", "Content-Type": "application/json"})
        if fault == "stall":
            time.sleep(stall_seconds)
            return self.reset()
        if delay: time.sleep(delay)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        connection = http.client.HTTPConnection(upstream, timeout=60)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
        connection.request(self.command, self.path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        self.send_response(response.status)
        for k, v in response.getheaders():
            if k.lower() not in ("content-length", "connection", "transfer-encoding"): self.send_header(k, v)
        # A HEAD answer has no body: its Content-Length is the upstream's, the size of what GET would send.
        self.send_header("Content-Length", response.getheader("Content-Length", "0") if self.command == "HEAD" else str(len(data)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if self.command == "HEAD": return
        if fault == "truncate" and len(data) > 1:
            self.wfile.write(data[: len(data) // 2])
            self.wfile.flush()
            return self.reset()
        self.wfile.write(data)

    do_GET = do_HEAD = do_PUT = do_POST = do_PATCH = do_DELETE = handle_any

loopback.serve(Handler, port_file, 900)
