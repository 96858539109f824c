variable "TAG" {
  default = "latest"
}
variable "DEBUG_TAG" {
  default = "latest-debug"
}
group "default" {
  targets = ["app", "app-debug"]
}
target "app" {
  tags = ["ghcr.io/example/app:${TAG}"]
  output = ["type=registry"]
}
target "app-debug" {
  tags = ["ghcr.io/example/app:${DEBUG_TAG}"]
  output = ["type=registry"]
}
