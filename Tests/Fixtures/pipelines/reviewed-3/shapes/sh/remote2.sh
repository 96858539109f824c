#!/bin/sh
set -e
docker build -t example/app:amd64 .
DOCKER_HOST=ssh://builder@arm64.example.com docker build -t example/app:arm64 .
