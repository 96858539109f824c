group "default" {
  targets = ["release"]
}
group "release" {
  targets = ["default", "amd64", "arm64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
