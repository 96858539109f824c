BUILDER=local-builder
docker buildx create --name "$BUILDER" --driver docker-container
docker buildx use "${BUILDER}"
docker buildx build --build-arg TARGETARCH=arm64 -t example/app:1.0-arm64 --push .
docker buildx build --build-arg TARGETARCH=amd64 -t example/app:1.0-amd64 --push .
