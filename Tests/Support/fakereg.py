#!/usr/bin/env python3
# From ../shared/reports/repro/fakereg.py (security review 2, the reproductions of N3, N4, N6, N15-N17, N19).
"""A tiny hostile OCI registry on 127.0.0.1 for the reproductions.
usage: fakereg.py MODE PORTFILE [LOGFILE] [ARG]
Writes the port it listens on to PORTFILE. Modes:
  auth      401 Basic until an Authorization header comes; logs "scheme Authorization" lines to LOGFILE
  deep      tag app:1 is the top of a chain of ARG nested image indexes
  drip      tag app:1 is an image whose only layer declares 10 GiB; its GET drips 1 byte every 0.5 s
  slow      every request is answered after 60 s
  badheader every request is answered with a malformed response header line
  429       every request is answered 429 with Retry-After: 30
"""
import hashlib, json, socket, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

mode, portfile = sys.argv[1], sys.argv[2]
logfile = sys.argv[3] if len(sys.argv) > 3 else None
arg = sys.argv[4] if len(sys.argv) > 4 else None
IDX = "application/vnd.oci.image.index.v1+json"
MAN = "application/vnd.oci.image.manifest.v1+json"
CFG = "application/vnd.oci.image.config.v1+json"
LAY = "application/vnd.oci.image.layer.v1.tar+gzip"
blobs, manifests = {}, {}

def d(b): return "sha256:" + hashlib.sha256(b).hexdigest()
def add(store, doc, mt=None):
    b = json.dumps(doc, separators=(",", ":")).encode() if not isinstance(doc, bytes) else doc
    store[d(b)] = (b, mt)
    return d(b), len(b)

if mode == "deep":
    n = int(arg or 3000)
    dg, sz = add(manifests, {"schemaVersion": 2, "mediaType": IDX, "manifests": []}, IDX)
    for _ in range(n):
        dg, sz = add(manifests, {"schemaVersion": 2, "mediaType": IDX,
                                  "manifests": [{"mediaType": IDX, "digest": dg, "size": sz}]}, IDX)
    manifests["1"] = manifests[dg]
elif mode == "drip":
    cfg = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": ["sha256:" + "a" * 64]}}).encode()
    cd, cs = add(blobs, cfg)
    layer_digest = "sha256:" + "b" * 64
    mdg, _ = add(manifests, {"schemaVersion": 2, "mediaType": MAN, "config": {"mediaType": CFG, "digest": cd, "size": cs},
                             "layers": [{"mediaType": LAY, "digest": layer_digest, "size": 10 << 30}]}, MAN)
    manifests["1"] = manifests[mdg]

class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    def log_message(self, *a): pass
    def send(self, code, body=b"", headers=(), head=False):
        self.send_response(code)
        for k, v in headers: self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head: self.wfile.write(body)
    def handle_any(self, head):
        p = self.path.split("?")[0]
        if mode == "auth":
            a = self.headers.get("Authorization")
            if logfile and a:
                with open(logfile, "a") as f: f.write("http " + a + "\n")
            if not a:
                return self.send(401, b'{"errors":[{"code":"UNAUTHORIZED"}]}', [("WWW-Authenticate", 'Basic realm="r"')], head)
            return self.send(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN"}]}', [], head)
        if mode == "slow":
            time.sleep(60); return self.send(404, b"", [], head)
        if mode == "429":
            return self.send(429, b'{"errors":[{"code":"TOOMANYREQUESTS"}]}', [("Retry-After", "30")], head)
        if mode == "badheader":
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-Broken header without colon\r\n\r\n"); return
        if p == "/v2/" or p == "/v2":
            return self.send(200, b"{}", [], head)
        parts = p.split("/")
        if len(parts) >= 5 and parts[3] == "manifests":
            ref = parts[4]
            if ref in manifests:
                b, mt = manifests[ref]
                return self.send(200, b, [("Content-Type", mt), ("Docker-Content-Digest", d(b))], head)
            return self.send(404, b"{}", [], head)
        if len(parts) >= 5 and parts[3] == "blobs":
            ref = parts[4]
            if ref in blobs:
                return self.send(200, blobs[ref][0], [("Content-Type", "application/octet-stream")], head)
            if mode == "drip" and ref == "sha256:" + "b" * 64:
                self.send_response(200)
                self.send_header("Content-Length", str(10 << 30)); self.end_headers()
                if head: return
                try:
                    while True:
                        self.wfile.write(b"x"); self.wfile.flush(); time.sleep(0.5)
                except Exception:
                    return
            return self.send(404, b"{}", [], head)
        return self.send(404, b"{}", [], head)
    def do_GET(self): self.handle_any(False)
    def do_HEAD(self): self.handle_any(True)
    def do_POST(self): self.handle_any(False)

class S(ThreadingHTTPServer):
    daemon_threads = True
srv = S(("127.0.0.1", 0), H)
open(portfile + ".tmp", "w").write(str(srv.server_address[1]))
import os; os.rename(portfile + ".tmp", portfile)
srv.serve_forever()
