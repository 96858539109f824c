for arch in amd64 arm64; do
  docker buildx build --platform "linux/$arch" -t "example/app:${GITHUB_SHA}-$arch" --push .
done
docker buildx imagetools create -t "example/app:${GITHUB_SHA}" "example/app:${GITHUB_SHA}-amd64" "example/app:${GITHUB_SHA}-arm46"
