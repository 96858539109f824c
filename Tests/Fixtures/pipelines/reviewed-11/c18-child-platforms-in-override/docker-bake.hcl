target "amd64" {
  platforms = ["linux/amd64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "app" {
  inherits = ["amd64", "arm64"]
  tags = ["example/app:1.0"]
}
