target "_common" {
  dockerfile = "Dockerfile"
  platforms  = ["linux/amd64"]
}

target "_arm64" {
  platforms = ["linux/arm64"]
}

target "app-arm64" {
  inherits = ["_common", "_arm64"]
  tags     = ["docker.io/acme/app:arm64"]
}
