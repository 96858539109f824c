target "app" {
  tags      = ["o/app:arm64"] # pushed by CI
  platforms = ["linux/arm64"] /* arm only */
  output    = [{ type = "registry" }]
}
target "win" {
  tags = ["o/app:1.0-windowsservercore-ltsc2022"]
  platforms = ["windows/amd64"]
}
target "armhf" {
  tags = ["o/app:armhf"]
  platforms = ["linux/arm/v7"]
}
target "armv6" {
  tags = ["o/app:armhf-v6"]
  platforms = ["linux/arm/v6"]
}
