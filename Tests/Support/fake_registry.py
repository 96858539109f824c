#!/usr/bin/env python3
"""A fake OCI distribution registry for manifestlint's tests, with planted faults. Binds 127.0.0.1 only,
writes its port to the file named by its first argument, and exits by itself after ten minutes in case the
test that started it died without stopping it.

Repository `app`, bearer-token auth (token service /token accepts alice:wonderland with GET, and the identity
token refresh-me with the OAuth2 refresh-token POST):
  tags/list   paginated with Link headers: [broken, flaky] then [good, huge, latest, lying, orphan]
  good        an OCI manifest (latest is the same manifest); its config blob is served by a redirect to another host name (localhost),
              where the server records any Authorization header that followed the redirect (a leak)
  flaky       429 with Retry-After: 1 on the first request, then a manifest
  broken      500 every time
  orphan      a manifest whose config blob the repository does not have
  huge        a 5 MiB manifest (registries cap manifests at 4 MiB)
  lying       an OCI manifest served with a Docker-Content-Digest that is not its hash (also under that digest)
              and a Docker Content-Type
Repository `mirror` has tag `shared`, a manifest `app` also has (HEAD app/manifests/denied announces it) but
refuses to serve (403): a failure in one repository must not be blamed on another.
GET /_leaks returns the leaked Authorization headers seen (should be []); GET /_gets the number of GET
requests per path, to prove each digest is fetched once."""
import hashlib, json, signal, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

TOKEN = "good-token"
CREDENTIAL = "Basic " + __import__("base64").b64encode(b"alice:wonderland").decode()
state = {"flaky": 0, "leaks": [], "gets": {}}
lock = threading.Lock()

def digest(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()

layer = b"layer bytes"
config = json.dumps({"architecture": "amd64", "os": "linux", "rootfs": {"type": "layers", "diff_ids": [digest(layer)]}}).encode()
def manifest(note, config=config):
    return json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(config), "size": len(config)},
        "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": digest(layer), "size": len(layer)}],
        "annotations": {"note": note}}).encode()
manifests = {"good": manifest("good"), "flaky": manifest("flaky")}
manifests["latest"] = manifests["good"]
LIE = "sha256:" + "0" * 64
manifests["lying"] = manifest("lying")
manifests["huge"] = manifest("x" * (5 << 20))
SHARED = manifest("shared")
manifests["orphan"] = manifest("orphan", config=b'{"architecture": "arm64", "os": "linux"}')
blobs = {digest(config): config, digest(layer): layer}

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

    def authorized(self):
        if self.headers.get("Authorization") == "Bearer " + TOKEN:
            return True
        port = self.server.server_address[1]
        self.send(401, b'{"errors":[{"code":"UNAUTHORIZED"}]}', {
            "WWW-Authenticate": f'Bearer realm="http://127.0.0.1:{port}/token",service="fake",scope="repository:app:pull"',
            "Content-Type": "application/json"})
        return False

    def do_POST(self):
        form = parse_qs(self.rfile.read(int(self.headers.get("Content-Length", 0))).decode())
        if urlparse(self.path).path == "/token" and form.get("grant_type") == ["refresh_token"] \
                and form.get("refresh_token") == ["refresh-me"] and form.get("client_id") and form.get("scope"):
            return self.send(200, json.dumps({"access_token": TOKEN}).encode(), {"Content-Type": "application/json"})
        return self.send(401, b'{"details":"bad refresh token"}')

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        if self.command == "GET" and self.headers.get("Authorization"):
            with lock:
                state["gets"][url.path] = state["gets"].get(url.path, 0) + 1
        port = self.server.server_address[1]
        if url.path == "/token":
            if self.headers.get("Authorization") == CREDENTIAL:
                return self.send(200, json.dumps({"token": TOKEN}).encode(), {"Content-Type": "application/json"})
            return self.send(401, b'{"details":"bad credentials"}')
        if url.path == "/_leaks":
            return self.send(200, json.dumps(state["leaks"]).encode())
        if url.path == "/_gets":
            return self.send(200, json.dumps(state["gets"]).encode())
        if url.path.startswith("/storage/"):
            if self.headers.get("Authorization"):
                with lock:
                    state["leaks"].append(self.headers.get("Authorization")[:6] + "...")
            blob = blobs.get(url.path[len("/storage/"):])
            return self.send(200, blob) if blob else self.send(404)
        if not self.authorized():
            return
        if url.path == "/v2/":
            return self.send(200, b"{}")
        if url.path == "/v2/app/tags/list":
            if parse_qs(url.query).get("last") == ["flaky"]:
                return self.send(200, json.dumps({"name": "app", "tags": ["good", "huge", "latest", "lying", "orphan"]}).encode())
            return self.send(200, json.dumps({"name": "app", "tags": ["broken", "flaky"]}).encode(),
                             {"Link": '</v2/app/tags/list?last=flaky&n=100>; rel="next"'})
        if url.path.startswith("/v2/mirror/manifests/"):
            if url.path.rsplit("/", 1)[1] not in ("shared", digest(SHARED)):
                return self.send(404)
            return self.send(200, SHARED, {"Content-Type": "application/vnd.oci.image.manifest.v1+json", "Docker-Content-Digest": digest(SHARED)})
        if url.path.startswith("/v2/app/manifests/"):
            reference = url.path.rsplit("/", 1)[1]
            if reference == "denied" and self.command == "HEAD":
                return self.send(200, SHARED, {"Content-Type": "application/vnd.oci.image.manifest.v1+json", "Docker-Content-Digest": digest(SHARED)})
            if reference == digest(SHARED):
                return self.send(403, b'{"errors":[{"code":"DENIED"}]}')
            if reference == "broken":
                return self.send(500, b"internal error")
            if reference == "flaky":
                with lock:
                    state["flaky"] += 1
                    first = state["flaky"] == 1
                if first:
                    return self.send(429, b"slow down", {"Retry-After": "1"})
            if reference in ("lying", LIE):
                return self.send(200, manifests["lying"], {"Content-Type": "application/vnd.docker.distribution.manifest.v2+json", "Docker-Content-Digest": LIE})
            body = manifests.get(reference) or next((m for m in manifests.values() if digest(m) == reference), None)
            if body is None:
                return self.send(404)
            return self.send(200, body, {"Content-Type": "application/vnd.oci.image.manifest.v1+json", "Docker-Content-Digest": digest(body)})
        if url.path.startswith(("/v2/app/blobs/", "/v2/mirror/blobs/")):
            blob_digest = url.path.rsplit("/", 1)[1]
            if blob_digest not in blobs:
                return self.send(404)
            if self.command == "GET":
                return self.send(307, b"", {"Location": f"http://localhost:{port}/storage/{blob_digest}"})
            return self._head(blobs[blob_digest])
        return self.send(404)

    def _head(self, blob):
        self.send_response(200)
        self.send_header("Content-Length", str(len(blob)))
        self.end_headers()

# The test runner's threads block signals and a spawned child inherits that mask: unblock, so SIGTERM stops us.
signal.pthread_sigmask(signal.SIG_UNBLOCK, set(signal.Signals))
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Timer(600, lambda: __import__("os")._exit(0)).start()
with open(sys.argv[1] + ".tmp", "w") as port_file:
    port_file.write(str(server.server_address[1]))
__import__("os").rename(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
