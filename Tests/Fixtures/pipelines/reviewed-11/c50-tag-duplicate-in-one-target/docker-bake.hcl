group "default" {
  targets = ["app"]
}
target "app" {
  platforms = ["linux/amd64", "linux/arm64"]
  tags = ["ghcr.io/example/app:latest", "ghcr.io/example/app:latest"]
  output = ["type=registry", "type=image,push=true"]
}
