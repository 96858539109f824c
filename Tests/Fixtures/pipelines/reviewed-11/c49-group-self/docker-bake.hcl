group "default" {
  targets = ["default"]
}
target "default" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
