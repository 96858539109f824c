#!/bin/bash
# Called once per runner: ./build.sh amd64 on the x86 runner, ./build.sh arm64 on the arm runner.
set -eu
case "${1:-}" in
  amd64)
    docker build -t ghcr.io/o/app:latest-amd64 .
    docker push ghcr.io/o/app:latest-amd64
    ;;
  arm64)
    docker build -t ghcr.io/o/app:latest-arm64 .
    docker push ghcr.io/o/app:latest-arm64
    ;;
  *)
    echo "usage: $0 amd64|arm64" >&2; exit 2 ;;
esac
