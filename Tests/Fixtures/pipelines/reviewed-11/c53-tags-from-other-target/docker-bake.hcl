group "default" {
  targets = ["app", "app-debug"]
}
target "app" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
target "app-debug" {
  inherits = ["app"]
  target = "debug"
  tags = [for t in target.app.tags : "${t}-debug"]
}
