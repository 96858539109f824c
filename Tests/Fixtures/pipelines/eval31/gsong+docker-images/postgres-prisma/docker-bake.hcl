target "db" {
  platforms = ["linux/amd64", "linux/arm64"]
}
