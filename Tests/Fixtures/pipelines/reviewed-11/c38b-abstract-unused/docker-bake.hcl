target "amd64" {
  platforms = ["linux/amd64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "_multi" {
  inherits = ["amd64", "arm64"]
}
