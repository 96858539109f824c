#!/usr/bin/env python3
"""Writes COUNT OCI image configs into OUT/ (one per file) for the CEL pack benchmark (Benchmarks/run).

Each config is shaped like what buildx writes: a user (or none), environment variables (some credential-looking),
exposed ports, volumes, labels, a health check on some, a created date, history and rootfs.diff_ids, so that the
cis-image rules have real work and find something in some of them. Deterministic for a COUNT.
usage: Benchmarks/generate-configs.py OUT COUNT
"""
import hashlib
import json
import os
import sys

out, count = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
for i in range(count):
    digest = lambda n: "sha256:" + hashlib.sha256(f"{i}-{n}".encode()).hexdigest()
    layers = 3 + i % 12
    config = {
        "architecture": ["amd64", "arm64"][i % 2],
        "os": "linux",
        "created": f"20{20 + i % 7}-0{1 + i % 9}-1{i % 10}T08:{i % 60:02d}:00Z",
        "config": {
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", f"APP_VERSION=1.{i % 40}.0", "LANG=C.UTF-8"]
                   + ([f"API_TOKEN=t{i}"] if i % 17 == 0 else []),
            "ExposedPorts": {"8080/tcp": {}, **({"22/tcp": {}} if i % 13 == 0 else {})},
            "Volumes": {"/data": {}, **({"/proc/sys": {}} if i % 101 == 0 else {})},
            "WorkingDir": "/app",
            "Entrypoint": ["/app/server"],
            "Labels": {"org.opencontainers.image.source": f"https://github.com/example/app{i % 50}", "maintainer": "team@example.com"},
        },
        "rootfs": {"type": "layers", "diff_ids": [digest(n) for n in range(layers)]},
        "history": [{"created": "2024-01-01T00:00:00Z", "created_by": f"RUN step {n}"} for n in range(layers)],
    }
    if i % 3:
        config["config"]["User"] = "app" if i % 5 else "0"
    if i % 4 == 0:
        config["config"]["Healthcheck"] = {"Test": ["CMD", "/app/health"], "Interval": 30000000000}
    with open(os.path.join(out, f"config-{i:06d}.json"), "w") as f:
        json.dump(config, f, indent=2)
