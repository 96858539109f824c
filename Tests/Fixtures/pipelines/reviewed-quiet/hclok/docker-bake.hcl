variable "VERSION" { default = "1.2.3" }

target "app" {
  tags = concat(
    ["acme/app:latest"],   // 1) the moving tag
    ["acme/app:${VERSION}"]
  )
  platforms = ["linux/amd64", "linux/arm64"]
}
