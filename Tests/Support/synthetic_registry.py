#!/usr/bin/env python3
"""A registry that makes its tags up: repository `synthetic/app` has TAGS tags (1.0.0 ... 1.0.<TAGS-1>), listed with
`Link` pagination, each an OCI index of linux/amd64 and linux/arm64 made on the fly (its annotation names the tag,
so every tag has its own digest) over two image manifests, two configs and one layer that all tags share. Nothing
is stored, so it holds any number of tags, which docker-registry cannot cheaply (200,000 tags would be 200,000
pushes). For Benchmarks/registry-memory and the tests: binds 127.0.0.1, writes its port to PORT_FILE, exits after an hour.

Usage: synthetic_registry.py PORT_FILE TAGS"""
import hashlib, json, os, re, signal, sys
import loopback
from urllib.parse import urlparse, parse_qs

port_file, count = sys.argv[1], int(sys.argv[2])
def digest(data): return "sha256:" + hashlib.sha256(data).hexdigest()
def dumps(value): return json.dumps(value, separators=(",", ":")).encode()

blobs, manifests = {}, {}
layer = b"a layer every synthetic image shares\n"
blobs[digest(layer)] = layer
entries = []
for arch in ("amd64", "arm64"):
    config = dumps({"architecture": arch, "os": "linux", "rootfs": {"type": "layers", "diff_ids": [digest(layer)]}})
    blobs[digest(config)] = config
    manifest = dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                      "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": digest(config), "size": len(config)},
                      "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": digest(layer), "size": len(layer)}]})
    manifests[digest(manifest)] = (manifest, "application/vnd.oci.image.manifest.v1+json")
    entries.append({"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(manifest), "size": len(manifest),
                    "platform": {"architecture": arch, "os": "linux"}})
INDEX = "application/vnd.oci.image.index.v1+json"
def index(number):
    return dumps({"schemaVersion": 2, "mediaType": INDEX, "manifests": entries,
                  "annotations": {"org.opencontainers.image.version": "1.0.%d" % number}})
# A tag's index digest is only known by making it: computed when first asked, kept as digest -> number (small).
by_digest = {}
TAG = re.compile(r"^1\.0\.(\d+)$")

class Handler(loopback.Handler):

    def do_HEAD(self): self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/v2/": return self.answer(200, b"{}")
        if url.path == "/v2/synthetic/app/tags/list":
            query = parse_qs(url.query)
            size = min(int(query.get("n", ["100"])[0]), 1000)
            last = query.get("last", [None])[0]
            start = 0 if last is None else int(TAG.match(last).group(1)) + 1
            tags = ["1.0.%d" % n for n in range(start, min(start + size, count))]
            headers = {"Content-Type": "application/json"}
            if start + size < count:
                headers["Link"] = '</v2/synthetic/app/tags/list?n=%d&last=%s>; rel="next"' % (size, tags[-1])
            return self.answer(200, dumps({"name": "synthetic/app", "tags": tags}), headers)
        match = re.match(r"^/v2/synthetic/app/(manifests|blobs)/(.+)$", url.path)
        if not match: return self.answer(404, b'{"errors":[{"code":"NAME_UNKNOWN"}]}')
        kind, reference = match.groups()
        if kind == "blobs":
            if reference not in blobs: return self.answer(404, b'{"errors":[{"code":"BLOB_UNKNOWN"}]}')
            return self.answer(200, blobs[reference], {"Content-Type": "application/octet-stream", "Docker-Content-Digest": reference})
        if reference in manifests:
            body, media = manifests[reference]
            return self.answer(200, body, {"Content-Type": media, "Docker-Content-Digest": reference})
        tag = TAG.match(reference)
        number = int(tag.group(1)) if tag else by_digest.get(reference)
        if number is None or number >= count: return self.answer(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
        body = index(number)
        by_digest[digest(body)] = number
        return self.answer(200, body, {"Content-Type": INDEX, "Docker-Content-Digest": digest(body), "ETag": '"%s"' % digest(body)})

loopback.serve(Handler, port_file, 3600)
