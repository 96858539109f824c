target "app" {
  args = {
    /* the base image's tag (see docs) */
    BASE = "alpine:3.20"
  }
  labels = merge(
    { "org.opencontainers.image.title" = "app" },
    /* note: keep in sync with ( release.yml */
    {}
  )
  tags = ["acme/app:latest"]
}
