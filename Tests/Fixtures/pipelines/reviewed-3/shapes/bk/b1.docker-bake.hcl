variable "TAG" { default = "latest" }
variable "REPO" { default = "ghcr.io/o/app" }
target "_common" {
  dockerfile = "Dockerfile"
  args = { GO_VERSION = "1.22" }
}
target "_platforms" {
  platforms = ["linux/amd64", "linux/arm64"]
}
target "app" {
  inherits = ["_common", "_platforms"]
  tags = ["${REPO}:${TAG}", "${REPO}:%{ if TAG != "latest" }stable%{ else }edge%{ endif }"]
}
target "app-arm64" {
  inherits = ["app"]
  platforms = ["linux/arm64"]
  tags = ["${REPO}:${TAG}-arm64"]
}
target "app-amd64" {
  inherits = ["app"]
  platforms = ["linux/amd64"]
  tags = ["${REPO}:${TAG}-amd64"]
}
