group "default" {
  targets = ["amd64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
