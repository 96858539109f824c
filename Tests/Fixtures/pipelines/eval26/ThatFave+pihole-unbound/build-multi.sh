docker buildx build --platform linux/386,linux/amd64,linux/arm/v6,linux/arm/v7,linux/arm64 --tag thatfave/pihole-unbound:2023.03.1 .
