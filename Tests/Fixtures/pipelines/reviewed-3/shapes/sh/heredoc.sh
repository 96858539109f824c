#!/bin/bash
usage() {
  cat <<USAGE
Usage: $0 ARCH
  Example:
    docker build -t example/app:arm64 .
    docker build -t example/app:amd64 .
USAGE
}
[ $# -eq 1 ] || { usage; exit 1; }
docker buildx build --platform "linux/$1" -t "example/app:$1" --push .
