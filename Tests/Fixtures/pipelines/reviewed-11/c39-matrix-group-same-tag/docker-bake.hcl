group "default" {
  targets = ["app"]
}
target "app" {
  name = "app-${arch}"
  matrix = {
    arch = ["amd64", "arm64"]
  }
  platforms = ["linux/${arch}"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
