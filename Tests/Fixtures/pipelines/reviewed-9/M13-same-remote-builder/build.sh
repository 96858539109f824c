docker buildx build --builder cloud-myorg-default --build-arg TARGETARCH=arm64 -t example/app:1.0-arm64 --push .
docker buildx build --builder cloud-myorg-default --build-arg TARGETARCH=amd64 -t example/app:1.0-amd64 --push .
