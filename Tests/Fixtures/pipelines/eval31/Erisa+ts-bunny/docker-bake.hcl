variable "TS_VERSION" {
    default = "v1.98.9"
}

variable "LATEST" {
    default = true
}

target "default" {
    args = {
        TS_VERSION = TS_VERSION
    }

    platforms = ["linux/amd64", "linux/arm64"]

    tags = [
        "ghcr.io/erisa/ts-bunny:${TS_VERSION}",
        LATEST ? "ghcr.io/erisa/ts-bunny:latest" : ""
    ]
}
