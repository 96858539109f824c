#!/bin/sh
set -e
docker buildx build --platform linux/amd64 --output type=image,name=example/app,push-by-digest=true,name-canonical=true,push=true --metadata-file amd64.json .
docker buildx build --platform linux/arm64 --output type=image,name=example/app,push-by-digest=true,name-canonical=true,push=true --metadata-file arm64.json .
docker buildx imagetools create -t example/app:latest "example/app@$(jq -r '."containerimage.digest"' amd64.json)" "example/app@$(jq -r '."containerimage.digest"' arm64.json)"
