# Built per runner: `docker buildx bake app-amd64` on ubuntu-24.04, `app-arm64` on ubuntu-24.04-arm
target "_common" {
  dockerfile = "Dockerfile"
}
target "app-amd64" {
  inherits = ["_common"]
  tags     = ["ghcr.io/acme/app:amd64"]
}
target "app-arm64" {
  inherits = ["_common"]
  tags     = ["ghcr.io/acme/app:arm64"]
}
