// Build everything
group "default" {
  targets = ["app"]
}
target "app" {
  tags = ["o/app:latest"]
}
target "app" {
  platforms = ["linux/amd64", "linux/arm64"]
}
