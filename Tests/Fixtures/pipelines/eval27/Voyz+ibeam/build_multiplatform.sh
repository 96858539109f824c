docker buildx build --platform linux/amd64,linux/arm64,linux/arm/v7 -t voyz/ibeam:0.4.0-rc4 --push .
