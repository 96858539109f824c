target "amd64" {
  platforms = ["linux/amd64"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "_multi" {
  platforms = ["linux/amd64", "linux/arm64"]
}
target "app" {
  inherits = ["amd64", "arm64", "_multi"]
  tags = ["example/app:1.0"]
}
