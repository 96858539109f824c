group "default" {
  targets = ["validate", "image"]
}
target "image" {
  tags = ["ghcr.io/example/app:latest"]
  output = ["type=registry"]
}
target "validate" {
  inherits = ["image"]
  call = "check"
}
