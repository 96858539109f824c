#!/usr/bin/env python3
"""Pushes COUNT multi-platform tags (1.0.0 ... 1.0.<COUNT-1>) into HOST/REPO over plain HTTP: each an OCI index of a
linux/amd64 and a linux/arm64 image with its own config and one layer every image shares. The tags numbered in
MISMATCHED (comma-separated) have an arm64 entry whose config says amd64: one `platform-mismatch` each.

Usage: populate_registry.py HOST REPO COUNT [MISMATCHED] [ARCHITECTURES]   (ARCHITECTURES: default amd64,arm64)"""
import hashlib, json, sys, urllib.request
from concurrent.futures import ThreadPoolExecutor

host, repo, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
mismatched = {int(n) for n in sys.argv[4].split(",")} if len(sys.argv) > 4 and sys.argv[4] else set()
architectures = sys.argv[5].split(",") if len(sys.argv) > 5 else ["amd64", "arm64"]
base = "http://%s/v2/%s" % (host, repo)

def digest(data): return "sha256:" + hashlib.sha256(data).hexdigest()
def request(method, url, data=None, headers=None):
    with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers or {})) as response:
        return response
def put_blob(data):
    location = request("POST", base + "/blobs/uploads/").headers["Location"]
    separator = "&" if "?" in location else "?"
    request("PUT", "%s%sdigest=%s" % (location, separator, digest(data)), data, {"Content-Type": "application/octet-stream"})
    return {"digest": digest(data), "size": len(data)}
def put_manifest(reference, data, media_type):
    request("PUT", "%s/manifests/%s" % (base, reference), data, {"Content-Type": media_type})
    return {"mediaType": media_type, "digest": digest(data), "size": len(data)}

layer = put_blob(b"a layer every image of the test shares\n" * 8)
def push(number):
    entries = []
    for arch in architectures:
        said = "amd64" if arch == "arm64" and number in mismatched else arch
        config = json.dumps({"architecture": said, "os": "linux", "created": "2026-01-01T00:00:00Z",
                             "config": {"Labels": {"build": str(number), "arch": arch}},
                             "rootfs": {"type": "layers", "diff_ids": [layer["digest"]]}}).encode()
        manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", **put_blob(config)},
            "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar", **layer}]}).encode()
        entry = put_manifest(digest(manifest), manifest, "application/vnd.oci.image.manifest.v1+json")
        entries.append({**entry, "platform": {"architecture": arch, "os": "linux"}})
    index = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries}).encode()
    put_manifest("1.0.%d" % number, index, "application/vnd.oci.image.index.v1+json")
with ThreadPoolExecutor(8) as pool:
    list(pool.map(push, range(count)))
print("pushed %d tags to %s/%s" % (count, host, repo))
