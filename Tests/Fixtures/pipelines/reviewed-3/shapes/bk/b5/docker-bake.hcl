# Base definitions
target "app-arm64" {
  dockerfile = "Dockerfile"
  tags       = ["ghcr.io/o/app:arm64"]
  platforms  = ["linux/amd64"]
}

# Per-architecture settings (buildx merges blocks of the same target; the later attribute wins)
target "app-arm64" {
  platforms = ["linux/arm64"]
}
