#!/usr/bin/env bash
# buildx with --platform: the tags say the opposite architecture.
docker buildx build --platform linux/amd64 -t registry.example.com/app:1.4-arm64 --push .
docker buildx build --platform linux/arm64 -t registry.example.com/app:1.4-amd64 --push .
docker buildx imagetools create -t registry.example.com/app:1.4 \
  registry.example.com/app:1.4-amd64 registry.example.com/app:1.4-arm64
