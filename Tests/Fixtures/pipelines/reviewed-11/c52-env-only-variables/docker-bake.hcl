variable "AMD64_TAG" {
  default = ""
}
variable "ARM64_TAG" {
  default = ""
}
group "default" {
  targets = ["amd64", "arm64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = ["ghcr.io/example/app:${AMD64_TAG}"]
  output = ["type=registry"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["ghcr.io/example/app:${ARM64_TAG}"]
  output = ["type=registry"]
}
