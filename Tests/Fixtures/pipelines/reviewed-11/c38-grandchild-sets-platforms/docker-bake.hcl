target "amd64" {
  platforms = ["linux/amd64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "_multi" {
  inherits = ["amd64", "arm64"]
}
target "app" {
  inherits = ["_multi"]
  platforms = ["linux/amd64", "linux/arm64"]
  tags = ["example/app:1.0"]
}
