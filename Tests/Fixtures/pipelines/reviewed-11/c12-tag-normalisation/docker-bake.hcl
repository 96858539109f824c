group "default" {
  targets = ["amd64", "arm64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = ["example/app"]
  output = ["type=registry"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["docker.io/example/app:latest"]
  output = ["type=registry"]
}
