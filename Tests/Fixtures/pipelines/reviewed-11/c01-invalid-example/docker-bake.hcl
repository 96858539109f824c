variable "REPO" {
  default = "ghcr.io/example/app"
}
group "default" {
  targets = ["amd64", "arm64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = ["${REPO}:latest"]
  output = ["type=image,push=true"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = ["${REPO}:latest"]
  output = ["type=image,push=true"]
}
