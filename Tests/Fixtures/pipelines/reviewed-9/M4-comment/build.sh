# to build remotely, pass --builder cloud-org-x
docker buildx build --build-arg TARGETARCH=arm64 -t example/app:1.0-arm64 --push .
docker buildx build --build-arg TARGETARCH=amd64 -t example/app:1.0-amd64 --push .
