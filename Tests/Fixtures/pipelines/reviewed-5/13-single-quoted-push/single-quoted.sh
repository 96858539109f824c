for arch in amd64 arm64; do
  docker push 'example/app:v1-$arch'
done
docker manifest create example/app:v1 example/app:v1-amd64 example/app:v1-arm46
