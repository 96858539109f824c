#!/usr/bin/env python3
"""The OCI image layouts of the supply-chain pack's examples and tests, built byte for byte (every blob named by
its sha256). `write KIND DIR` writes one; `yaml KIND` prints it as a rule example's `files:` block (how the
examples in Rules/packs/supply-chain were made); `push KIND HOST REPO` puts it into a registry over plain HTTP
(blobs, then manifests by digest, children first, then each tag of index.json), as docker-registry holds it.

Kinds:
  attested-signed  an index (tag 1.0) of linux/amd64 and linux/arm64 images, each with a BuildKit attestation
                   manifest (SPDX SBOM and SLSA provenance), and a Notary Project signature whose subject is the index
  bare             the same index with no attestations and no signature
  bare-swapped     bare, with the arm64 entry's image built for amd64
  single-sbom      one image manifest (tag 1.0) with an SPDX SBOM attached as an OCI 1.1 referrer (oras attach)
  fallback-signed  bare, plus the distribution spec's referrers tag fallback: the index tagged sha256-<hex>
                   listing a Notary Project signature of the tagged index
  cosign-signed    bare, plus a cosign signature the old way: a simple-signing manifest tagged sha256-<hex>.sig
  referred         bare, plus three OCI 1.1 referrers of the index: two SPDX SBOMs and a Notary Project signature
"""
import hashlib, json, sys

def dumps(v): return json.dumps(v, separators=(", ", ": "))

class Layout:
    def __init__(self): self.blobs = {}
    def blob(self, content, media):
        data = content if isinstance(content, str) else dumps(content)
        d = "sha256:" + hashlib.sha256(data.encode()).hexdigest()
        self.blobs[d] = data
        return {"mediaType": media, "digest": d, "size": len(data.encode())}
    def image(self, arch, config_arch=None):
        cfg = self.blob({"architecture": config_arch or arch, "os": "linux", "rootfs": {"type": "layers", "diff_ids": []}}, "application/vnd.oci.image.config.v1+json")
        layer = self.blob("app built for %s" % arch, "application/vnd.oci.image.layer.v1.tar")
        m = self.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": cfg, "layers": [layer]}, "application/vnd.oci.image.manifest.v1+json")
        return m
    def attestation(self, image, predicates):
        cfg = self.blob({"architecture": "unknown", "os": "unknown", "rootfs": {"type": "layers", "diff_ids": []}}, "application/vnd.oci.image.config.v1+json")
        layers = []
        for p in predicates:
            l = self.blob({"_type": "https://in-toto.io/Statement/v0.1", "predicateType": p, "subject": [], "predicate": {}}, "application/vnd.in-toto+json")
            l["annotations"] = {"in-toto.io/predicate-type": p}
            layers.append(l)
        m = self.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": cfg, "layers": layers}, "application/vnd.oci.image.manifest.v1+json")
        m["platform"] = {"architecture": "unknown", "os": "unknown"}
        m["annotations"] = {"vnd.docker.reference.digest": image["digest"], "vnd.docker.reference.type": "attestation-manifest"}
        return m
    def index(self, entries):
        return self.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": entries}, "application/vnd.oci.image.index.v1+json")
    def notation(self, subject):
        empty = self.blob("{}", "application/vnd.oci.empty.v1+json")
        sig = self.blob("eyJhbGciOiJQUzI1NiJ9.e30.c2lnbmF0dXJl", "application/jose+json")
        subj = {k: subject[k] for k in ("mediaType", "digest", "size")}
        m = self.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "artifactType": "application/vnd.cncf.notary.signature",
                       "config": empty, "layers": [sig], "subject": subj,
                       "annotations": {"io.cncf.notary.x509chain.thumbprint#S256": "[\"b1f4\"]"}}, "application/vnd.oci.image.manifest.v1+json")
        m["artifactType"] = "application/vnd.cncf.notary.signature"
        return m
    def files(self, roots):
        out = {"oci-layout": dumps({"imageLayoutVersion": "1.0.0"}), "index.json": dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": roots})}
        for d, data in self.blobs.items(): out["blobs/sha256/" + d[7:]] = data
        return out

def tagged(desc, tag):
    d = dict(desc); d["annotations"] = {"org.opencontainers.image.ref.name": tag}; return d
def plat(desc, arch):
    d = dict(desc); d["platform"] = {"architecture": arch, "os": "linux"}; return d

def attested_signed():
    L = Layout()
    a, b = L.image("amd64"), L.image("arm64")
    entries = [plat(a, "amd64"), plat(b, "arm64"),
               L.attestation(a, ["https://spdx.dev/Document", "https://slsa.dev/provenance/v0.2"]),
               L.attestation(b, ["https://spdx.dev/Document", "https://slsa.dev/provenance/v0.2"])]
    i = L.index(entries)
    s = L.notation(i)
    return L.files([tagged(i, "1.0"), s])

def bare(arm_config="arm64"):
    L = Layout()
    a, b = L.image("amd64"), L.image("arm64", arm_config)
    i = L.index([plat(a, "amd64"), plat(b, "arm64")])
    return L.files([tagged(i, "1.0")])

def single_sbom_only():
    # one image manifest tagged directly; BuildKit cannot attach to it, so an SBOM referrer (syft via oras attach)
    L = Layout()
    a = L.image("amd64")
    sbom_blob = L.blob(dumps({"spdxVersion": "SPDX-2.3", "name": "app"}), "application/spdx+json")
    empty = L.blob("{}", "application/vnd.oci.empty.v1+json")
    subj = {k: a[k] for k in ("mediaType", "digest", "size")}
    r = L.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "artifactType": "application/spdx+json",
                "config": empty, "layers": [sbom_blob], "subject": subj}, "application/vnd.oci.image.manifest.v1+json")
    r["artifactType"] = "application/spdx+json"
    return L.files([tagged(a, "1.0"), r])

def fallback_signed():
    L = Layout()
    a, b = L.image("amd64"), L.image("arm64")
    i = L.index([plat(a, "amd64"), plat(b, "arm64")])
    s = L.notation(i)
    referrers = L.index([s])
    return L.files([tagged(i, "1.0"), tagged(referrers, i["digest"].replace(":", "-"))])

def referred():
    L = Layout()
    a, b = L.image("amd64"), L.image("arm64")
    i = L.index([plat(a, "amd64"), plat(b, "arm64")])
    subj = {k: i[k] for k in ("mediaType", "digest", "size")}
    empty = L.blob("{}", "application/vnd.oci.empty.v1+json")
    sboms = []
    for name in ("app", "app-base"):
        sbom = L.blob(dumps({"spdxVersion": "SPDX-2.3", "name": name}), "application/spdx+json")
        r = L.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "artifactType": "application/spdx+json",
                    "config": empty, "layers": [sbom], "subject": subj}, "application/vnd.oci.image.manifest.v1+json")
        r["artifactType"] = "application/spdx+json"
        sboms.append(r)
    return L.files([tagged(i, "1.0")] + sboms + [L.notation(i)])

def cosign_signed():
    L = Layout()
    a, b = L.image("amd64"), L.image("arm64")
    i = L.index([plat(a, "amd64"), plat(b, "arm64")])
    payload = L.blob({"critical": {"identity": {"docker-reference": "example.com/app"}, "image": {"docker-manifest-digest": i["digest"]}, "type": "cosign container image signature"}, "optional": None}, "application/vnd.dev.cosign.simplesigning.v1+json")
    payload["annotations"] = {"dev.cosignproject.cosign/signature": "MEUCIQDexample"}
    cfg = L.blob({"architecture": "", "os": "", "rootfs": {"type": "layers", "diff_ids": []}, "config": {}}, "application/vnd.oci.image.config.v1+json")
    sig = L.blob({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json", "config": cfg, "layers": [payload]}, "application/vnd.oci.image.manifest.v1+json")
    return L.files([tagged(i, "1.0"), tagged(sig, i["digest"].replace(":", "-") + ".sig")])

KINDS = {"attested-signed": attested_signed, "bare": bare, "bare-swapped": lambda: bare("amd64"), "single-sbom": single_sbom_only,
         "fallback-signed": fallback_signed, "cosign-signed": cosign_signed, "referred": referred}

def emit(files, indent=6):
    pad = " " * indent
    print(pad + "files:")
    for path, data in files.items():
        print(pad + "  " + path + ": |-")
        print(pad + "    " + data)

def write(files, root):
    import os
    for path, data in files.items():
        target = os.path.join(root, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w") as out:
            out.write(data)

def push(files, host, repo):
    import urllib.request
    base = "http://%s/v2/%s" % (host, repo)
    def send(method, url, data=None, headers=None):
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers or {})) as response:
            return response
    blobs = {"sha256:" + path[len("blobs/sha256/"):]: data.encode() for path, data in files.items() if path.startswith("blobs/")}
    manifests = {}
    for d, data in blobs.items():
        try: doc = json.loads(data)
        except ValueError: doc = None
        if isinstance(doc, dict) and doc.get("schemaVersion") == 2 and "mediaType" in doc: manifests[d] = doc
        else:
            location = send("POST", base + "/blobs/uploads/").headers["Location"]
            send("PUT", location + ("&" if "?" in location else "?") + "digest=" + d, data, {"Content-Type": "application/octet-stream"})
    pushed = set()
    def put(d, reference):
        doc = manifests[d]
        for child in doc.get("manifests", []):
            if child["digest"] not in pushed: put(child["digest"], child["digest"])
        if d not in pushed or reference != d:
            send("PUT", base + "/manifests/" + reference, blobs[d], {"Content-Type": doc["mediaType"]})
        pushed.add(d)
    for d in manifests: put(d, d)
    for entry in json.loads(files["index.json"])["manifests"]:
        tag = entry.get("annotations", {}).get("org.opencontainers.image.ref.name")
        if tag: put(entry["digest"], tag)

if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "write":
        write(KINDS[sys.argv[2]](), sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "push":
        push(KINDS[sys.argv[2]](), sys.argv[3], sys.argv[4])
    elif len(sys.argv) == 3 and sys.argv[1] == "yaml":
        emit(KINDS[sys.argv[2]]())
    else:
        sys.exit("usage: supply_chain_layouts.py write KIND DIR | yaml KIND | push KIND HOST REPO")
