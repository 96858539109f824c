#!/usr/bin/env python3
"""A small OCI distribution registry with the referrers API (distribution-spec 1.1), which Debian's
docker-registry (distribution 2.8) lacks. Serves each OCI layout folder named after the port file as repository
`app` (the first) or `app2`, ... (the next): tags from index.json's `org.opencontainers.image.ref.name`,
manifests by tag or digest, blobs, and GET /v2/<name>/referrers/<digest> computed by scanning the `subject` of
every manifest in the layout (with the `artifactType` filter and `OCI-Filters-Applied`).

Modes (first argument, optional): `paged` answers referrers one descriptor per page with Link headers;
`no-api` answers 404 to the referrers API (the client must fall back to the `sha256-<hex>` tag).
GET /_requests returns the request lines seen, in order. Binds 127.0.0.1 only, writes its port to the port file,
and exits by itself after ten minutes."""
import hashlib, json, os, signal, sys, threading
import loopback
from urllib.parse import urlparse, parse_qs

args = sys.argv[1:]
mode = args.pop(0) if args and args[0] in ("paged", "no-api") else "api"
port_file, layouts = args[0], args[1:]
requests, lock = [], threading.Lock()

def load(folder):
    """tags -> digest, digest -> (bytes, mediaType) for manifests, digest -> bytes for every blob."""
    blobs = {}
    root = os.path.join(folder, "blobs", "sha256")
    for name in os.listdir(root):
        with open(os.path.join(root, name), "rb") as f:
            blobs["sha256:" + name] = f.read()
    with open(os.path.join(folder, "index.json"), "rb") as f:
        index = json.load(f)
    tags, manifests = {}, {}
    pending = list(index["manifests"])
    while pending:
        entry = pending.pop()
        digest = entry["digest"]
        name = entry.get("annotations", {}).get("org.opencontainers.image.ref.name")
        if name: tags[name] = digest
        if digest in manifests: continue
        document = json.loads(blobs[digest])
        manifests[digest] = entry["mediaType"]
        pending += document.get("manifests", [])
    # Manifests no entry lists (referrers in a layout are listed in index.json; scan every blob to be sure).
    for digest, data in blobs.items():
        try: document = json.loads(data)
        except ValueError: continue
        if isinstance(document, dict) and document.get("schemaVersion") == 2 and "mediaType" in document:
            manifests.setdefault(digest, document["mediaType"])
    return {"tags": tags, "manifests": manifests, "blobs": blobs}

repositories = {("app" if i == 0 else "app%d" % (i + 1)): load(folder) for i, folder in enumerate(layouts)}

def referrers(repo, subject, artifact_type):
    found = []
    for digest, media in sorted(repo["manifests"].items()):
        document = json.loads(repo["blobs"][digest])
        if document.get("subject", {}).get("digest") != subject: continue
        kind = document.get("artifactType") or document.get("config", {}).get("mediaType")
        if artifact_type and kind != artifact_type: continue
        descriptor = {"mediaType": media, "digest": digest, "size": len(repo["blobs"][digest]), "artifactType": kind}
        if "annotations" in document: descriptor["annotations"] = document["annotations"]
        found.append(descriptor)
    return found

class Handler(loopback.Handler):

    def do_HEAD(self): self.do_GET()

    def do_GET(self):
        url = urlparse(self.path)
        with lock: requests.append(self.command + " " + self.path)
        parts = url.path.split("/")
        if url.path == "/_requests": return self.answer(200, json.dumps(requests).encode())
        if url.path == "/v2/": return self.answer(200, b"{}", {"Docker-Distribution-API-Version": "registry/2.0"})
        if len(parts) != 5 or parts[1] != "v2" or parts[2] not in repositories:
            return self.answer(404, b'{"errors":[{"code":"NAME_UNKNOWN"}]}')
        repo, kind, reference = repositories[parts[2]], parts[3], parts[4]
        if kind == "tags" and reference == "list":
            return self.answer(200, json.dumps({"name": parts[2], "tags": sorted(repo["tags"])}).encode(), {"Content-Type": "application/json"})
        if kind == "manifests":
            digest = repo["tags"].get(reference, reference)
            if digest not in repo["manifests"]: return self.answer(404, b'{"errors":[{"code":"MANIFEST_UNKNOWN"}]}')
            return self.answer(200, repo["blobs"][digest], {"Content-Type": repo["manifests"][digest], "Docker-Content-Digest": digest})
        if kind == "blobs":
            if reference not in repo["blobs"]: return self.answer(404, b'{"errors":[{"code":"BLOB_UNKNOWN"}]}')
            return self.answer(200, repo["blobs"][reference], {"Content-Type": "application/octet-stream", "Docker-Content-Digest": reference})
        if kind == "referrers":
            if mode == "no-api": return self.answer(404, b"404 page not found\n")
            artifact_type = parse_qs(url.query).get("artifactType", [None])[0]
            found = referrers(repo, reference, artifact_type)
            headers = {"Content-Type": "application/vnd.oci.image.index.v1+json"}
            if artifact_type: headers["OCI-Filters-Applied"] = "artifactType"
            if mode == "paged":
                page = int(parse_qs(url.query).get("page", ["0"])[0])
                if page + 1 < len(found):
                    headers["Link"] = '</v2/%s/referrers/%s?page=%d>; rel="next"' % (parts[2], reference, page + 1)
                found = found[page:page + 1]
            body = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": found}
            return self.answer(200, json.dumps(body).encode(), headers)
        self.answer(404, b"{}")

loopback.serve(Handler, port_file, 600)
