group "default" {
  targets = ["arm64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
