target "docker-platforms" {
    platforms = [
        "linux/amd64",
        "linux/arm64"
    ]
}