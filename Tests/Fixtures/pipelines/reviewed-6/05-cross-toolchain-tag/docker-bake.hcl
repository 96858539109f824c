group "default" {
  targets = ["armv7-musleabihf", "aarch64-musl"]
}

target "armv7-musleabihf" {
  context = "."
  dockerfile = "Dockerfile"
  platforms = ["linux/amd64", "linux/arm64"]
  args = {
    TARGET = "armv7-unknown-linux-musleabihf"
  }
  tags = ["example/rust-musl-cross:armv7-musleabihf"]
}

target "aarch64-musl" {
  context = "."
  dockerfile = "Dockerfile"
  platforms = ["linux/amd64"]
  args = {
    TARGET = "aarch64-unknown-linux-musl"
  }
  tags = ["example/rust-musl-cross:aarch64-musl"]
}
