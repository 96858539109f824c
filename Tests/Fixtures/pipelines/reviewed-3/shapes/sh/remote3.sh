#!/bin/sh
set -e
docker buildx create --name native --node amd64 --platform linux/amd64 unix:///var/run/docker.sock
docker buildx create --name native --append --node arm64 --platform linux/arm64 ssh://builder@arm64.example.com
docker build -t example/app:amd64 .
docker -H ssh://builder@arm64.example.com build -t example/app:arm64 .
