#!/usr/bin/env bash
set -euo pipefail
IMAGE=ghcr.io/o/app
SHA=$(git rev-parse --short HEAD)
docker buildx build --platform linux/amd64 --output "type=image,name=${IMAGE}:${GITHUB_SHA}-amd64,push=true" .
docker buildx build --platform linux/arm64 --output "type=image,name=${IMAGE}:${GITHUB_SHA}-arm64,push=true" .
docker buildx imagetools create -t "${IMAGE}:${GITHUB_SHA}" "${IMAGE}:${GITHUB_SHA}-amd64" "${IMAGE}:${GITHUB_SHA}-arm64"
