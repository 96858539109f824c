group "default" {
  targets = ["app"]
}
target "app" {
  name = "app-${replace(plat, "/", "-")}"
  matrix = {
    plat = ["linux/amd64", "linux/arm64"]
  }
  platforms = [plat]
  tags = ["ghcr.io/example/app:latest-${replace(plat, "/", "-")}"]
  output = ["type=registry"]
}
