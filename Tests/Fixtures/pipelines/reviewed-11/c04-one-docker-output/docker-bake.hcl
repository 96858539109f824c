group "default" {
  targets = ["app", "app-local"]
}
target "app" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
target "app-local" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=docker"]
}
