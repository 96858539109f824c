group "default" {
  targets = ["app", "release"]
}
group "release" {
  targets = ["app"]
}
target "app" {
  platforms = ["linux/amd64", "linux/arm64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
