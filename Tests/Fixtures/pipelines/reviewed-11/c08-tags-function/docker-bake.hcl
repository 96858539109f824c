function "tag" {
  params = [suffix]
  result = ["ghcr.io/example/app:latest-${suffix}"]
}
group "default" {
  targets = ["amd64", "arm64"]
}
target "amd64" {
  platforms = ["linux/amd64"]
  tags = tag("amd64")
  output = ["type=registry"]
}
target "arm64" {
  platforms = ["linux/arm64"]
  tags = tag("arm64")
  output = ["type=registry"]
}
