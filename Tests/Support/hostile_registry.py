#!/usr/bin/env python3
"""A hostile OCI distribution registry for manifestlint's robustness tests (security review defects D3, D6, D12,
D14, D21, D26). Binds 127.0.0.1 only: a registry on one port and a "sink" on another, which stands for another
host and records every Authorization header it is sent. Writes "REGISTRY_PORT SINK_PORT" to the file named by its
first argument and exits by itself after ten minutes.

Every registry path needs Basic alice:wonderland (or a bearer token from /token), like a private registry:
  linkother/tags/list  page 1 has a Link to the sink (another host); credentials must not follow it
  linkloop/tags/list   1,000 tags and a Link to itself, forever
  badtags/tags/list    tags "ok", one with a newline and a workflow command, one with ESC sequences
  endless              manifest whose layer says 11 bytes; the layer streams without end
  crlf                 bearer challenge whose token service answers a token containing CR LF
  plain                a good manifest (for the credential helper tests)
GET /_sink on the sink returns the Authorization headers it saw (should be [])."""
import hashlib, json, signal, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

CREDENTIAL = "Basic " + __import__("base64").b64encode(b"alice:wonderland").decode()
seen_by_sink = []

def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()

layer = b"layer bytes"
config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": [digest(layer)]}}).encode()
manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
    "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(config), "size": len(config)},
    "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": digest(layer), "size": len(layer)}]}).encode()
blobs = {digest(config): config, digest(layer): layer}
ports = {}

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        path = url.path
        if self.server.server_address[1] == ports["sink"]:
            if path == "/_sink":
                return self.send(200, json.dumps(seen_by_sink).encode())
            seen_by_sink.append(self.headers.get("Authorization") or "")
            return self.send(200, json.dumps({"name": "linkother", "tags": ["b"]}).encode())
        if path == "/crlftoken":
            return self.send(200, json.dumps({"token": "CRLF-TOKEN-SECRET\r\nX-Injected: yes"}).encode(), {"Content-Type": "application/json"})
        if path.startswith("/v2/crlf/"):
            if self.headers.get("Authorization", "").startswith("Bearer"):
                return self.send(200, b"{}")
            return self.send(401, b"{}", {"WWW-Authenticate": f'Bearer realm="http://127.0.0.1:{ports["registry"]}/crlftoken",service="x"'})
        if self.headers.get("Authorization") != CREDENTIAL:
            return self.send(401, b"{}", {"WWW-Authenticate": 'Basic realm="hostile"'})
        if path == "/v2/linkother/tags/list":
            return self.send(200, json.dumps({"name": "linkother", "tags": ["a"]}).encode(),
                             {"Link": f'<http://127.0.0.1:{ports["sink"]}/v2/linkother/tags/list?last=a&n=100>; rel="next"'})
        if path == "/v2/linkloop/tags/list":
            return self.send(200, json.dumps({"name": "linkloop", "tags": [f"t{i}" for i in range(1000)]}).encode(),
                             {"Link": '</v2/linkloop/tags/list?n=1000>; rel="next"'})
        if path == "/v2/badtags/tags/list":
            return self.send(200, json.dumps({"name": "badtags", "tags": ["ok", "x\n::error title=pwned::injected from a tag name\n",
                                                                            "esc\x1b]0;pwned\x07"]}).encode())
        if path.startswith("/v2/endless/blobs/" + digest(layer)):
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"x" * (1 << 16)
            try:
                while True:
                    self.wfile.write(chunk)
            except Exception:
                return
        if "/manifests/" in path:
            if self.command == "HEAD":
                return self.send(200, manifest, {"Content-Type": "application/vnd.oci.image.manifest.v1+json", "Docker-Content-Digest": digest(manifest)})
            return self.send(200, manifest, {"Content-Type": "application/vnd.oci.image.manifest.v1+json", "Docker-Content-Digest": digest(manifest)})
        if "/blobs/" in path:
            blob = blobs.get(path.rsplit("/", 1)[1])
            return self.send(200, blob) if blob else self.send(404)
        return self.send(404)

signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
registry = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
sink = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
registry.daemon_threads = sink.daemon_threads = True
ports["registry"], ports["sink"] = registry.server_address[1], sink.server_address[1]
threading.Thread(target=sink.serve_forever, daemon=True).start()
threading.Timer(600, lambda: __import__("os")._exit(0)).start()
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(f'{ports["registry"]} {ports["sink"]}')
__import__("os").rename(sys.argv[1] + ".tmp", sys.argv[1])
registry.serve_forever()
