#!/usr/bin/env python3
"""Writes one OCI image index with N entries (default 10,000, about 4 MiB), deterministically, for the
benchmark's linear-time check. linux/amd64 and linux/arm64 first, then Windows entries whose builds all
differ (no duplicate platforms), each with the annotations buildx and registries add, so the index is clean
under the default pack and the time measured is the checks', not the report's. Usage: OUT [N]"""
import hashlib, json, sys

out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000

def digest(i):
    return "sha256:" + hashlib.sha256(str(i).encode()).hexdigest()

entries = []
for i in range(count):
    if i < 2:
        platform = {"architecture": ("amd64", "arm64")[i], "os": "linux"}
    else:
        platform = {"architecture": "amd64", "os": "windows", "os.version": f"10.0.{20000 + i}.1"}
    entries.append({
        "mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest(i), "size": 1000 + i % 977,
        "platform": platform,
        "annotations": {"org.opencontainers.image.ref.name": f"1.{i // 100}.{i % 100}",
                        "org.opencontainers.image.source": "https://github.com/example/large-index"},
    })
index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries}
with open(out, "w") as handle:
    json.dump(index, handle)
