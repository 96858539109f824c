target "amd64" {
  inherits = ["app"]
  platforms = ["linux/amd64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "app" {
  inherits = ["amd64", "arm64", "missing"]
  tags = ["example/app:1.0"]
}
