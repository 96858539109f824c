variable "ARCH" {
  default = "amd64"
}
target "native" {
  platforms = ["linux/${ARCH}"]
}
target "arm64" {
  platforms = ["linux/arm64"]
}
target "app" {
  inherits = ["native", "arm64"]
  tags = ["example/app:1.0"]
}
