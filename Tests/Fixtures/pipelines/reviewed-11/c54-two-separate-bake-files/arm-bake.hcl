# used on the arm runner: docker buildx bake -f arm-bake.hcl
group "default" {
  targets = ["arm64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
