group "default" {
  targets = ["app", "app-test"]
}
target "app" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
target "app-test" {
  inherits = ["app"]
  target = "test"
  output = ["type=cacheonly"]
}
