docker build -t example/app:1.0-amd64 --platform linux/amd64 .
docker build -t example/app:1.0-arm64 --platform linux/arm64 .
docker push example/app:1.0-amd64
docker push "example/app:$TAG"
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64
