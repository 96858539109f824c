target "image" {
  tags      = ["ghcr.io/acme/tool:latest"]
  platforms = ["linux/amd64", "linux/arm64"]
}

target "artifacts" {
  inherits  = ["image"]
  target    = "artifacts"
  output    = ["./dist"]
  platforms = ["linux/amd64", "darwin/arm64", "windows/amd64"]
}
