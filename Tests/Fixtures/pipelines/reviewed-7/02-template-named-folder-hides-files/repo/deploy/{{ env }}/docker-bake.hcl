target "app" {
  tags = ["example/app:latest"]
  platforms = ["linux/amd64", "linux/arm64", "linux/amd64"]
}
