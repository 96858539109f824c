#!/bin/sh
set -e
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64 example/app:1.0-armhf example/app:1.0-arm
docker manifest push example/app:1.0
