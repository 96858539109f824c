#!/bin/sh
set -e
for p in amd64 arm64; do
  docker buildx build --platform linux/$p --output type=image,name=example/app,push-by-digest=true,name-canonical=true,push=true --metadata-file $p.json .
done
docker buildx imagetools create -t example/app:latest "example/app@$(jq -r '."containerimage.digest"' amd64.json)" "example/app@$(jq -r '."containerimage.digest"' arm64.json)"
