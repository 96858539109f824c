variable "PLATFORMS" {
  default = "linux/amd64,linux/arm64"
}
target "app" {
  tags = ["o/app:latest"]
  platforms = split(",", PLATFORMS)
}
target "cross" {
  tags = ["o/app:cross"]
  platforms = [
    "linux/amd64",
    "linux/arm64",   # trailing comma is legal
  ]
}
target "heredoc" {
  dockerfile-inline = <<EOT
FROM alpine
RUN echo "}]" 
EOT
  tags = ["o/app:inline"]
  platforms = ["linux/amd64", "linux/arm64"]
}
