#!/usr/bin/env python3
"""Writes N realistic multi-platform indexes (2-6 entries each) into a folder, deterministically.

Mix: 90% carry linux/amd64 and linux/arm64 (as buildx and docker-library images do), OCI indexes from buildx (with attestation entries and annotations), Docker manifest lists, Windows
entries with os.version, arm variants; about 2% carry a duplicate platform so the report is not empty."""
import hashlib, json, os, random, sys

PLATFORMS = [("linux", "amd64", ""), ("linux", "arm64", ""), ("linux", "arm", "v7"), ("linux", "arm", "v6"),
             ("linux", "ppc64le", ""), ("linux", "s390x", ""), ("linux", "386", ""), ("linux", "riscv64", ""),
             ("windows", "amd64", "")]
WINDOWS = ["10.0.17763.4377", "10.0.20348.1726", "10.0.19042.1889"]

def digest(rng):
    return "sha256:" + hashlib.sha256(rng.randbytes(16)).hexdigest()

def platform(os_, arch, variant, rng):
    p = {"architecture": arch, "os": os_}
    if variant: p["variant"] = variant
    if os_ == "windows": p["os.version"] = rng.choice(WINDOWS)
    return p

def index(i, rng):
    oci = rng.random() < 0.6
    count = rng.randint(2, 6)
    if rng.random() < 0.9:  # as buildx and docker-library images are: amd64 and arm64 first, then others
        chosen = PLATFORMS[:2] + rng.sample(PLATFORMS[2:8], k=count - 2)
    else:
        chosen = rng.sample(PLATFORMS[:8], k=min(count, 8))
    if rng.random() < 0.1: chosen[-1] = PLATFORMS[8]
    if rng.random() < 0.02: chosen.append(chosen[0])
    child = "application/vnd.oci.image.manifest.v1+json" if oci else "application/vnd.docker.distribution.manifest.v2+json"
    entries = []
    for os_, arch, variant in chosen:
        entries.append({"mediaType": child, "digest": digest(rng), "size": rng.randint(400, 3000),
                        "platform": platform(os_, arch, variant, rng)})
    doc = {"schemaVersion": 2}
    if oci:
        doc["mediaType"] = "application/vnd.oci.image.index.v1+json"
        if rng.random() < 0.5:
            for entry in list(entries)[: max(0, 6 - len(entries))]:
                entries.append({"mediaType": child, "digest": digest(rng), "size": rng.randint(500, 900),
                                "annotations": {"vnd.docker.reference.digest": entry["digest"],
                                                "vnd.docker.reference.type": "attestation-manifest"},
                                "platform": {"architecture": "unknown", "os": "unknown"}})
        doc["manifests"] = entries
        doc["annotations"] = {"org.opencontainers.image.source": f"https://github.com/example/app{i % 97}",
                              "org.opencontainers.image.created": "2026-11-20T10:00:00Z"}
    else:
        doc["mediaType"] = "application/vnd.docker.distribution.manifest.list.v2+json"
        doc["manifests"] = entries
    return doc

def main():
    folder, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    rng = random.Random(20261122)
    for shard in range(0, count, 1000):
        os.makedirs(os.path.join(folder, f"{shard // 1000:03d}"), exist_ok=True)
    for i in range(count):
        with open(os.path.join(folder, f"{i // 1000:03d}", f"index-{i:05d}.json"), "w") as out:
            json.dump(index(i, rng), out, indent=3 if i % 2 else None)
    print(f"wrote {count} indexes to {folder}")

main()
