target "amd64" {
  output = ["type=image,push-by-digest=true,name-canonical=true,push=true"]
}
target "arm64" {
  output = ["type=image,push-by-digest=true,name-canonical=true,push=true"]
}
