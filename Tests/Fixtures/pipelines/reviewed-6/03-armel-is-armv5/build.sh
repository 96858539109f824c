#!/bin/sh
set -e
docker manifest create example/app:1.0 example/app:1.0-amd64 example/app:1.0-arm64 example/app:1.0-armel
docker manifest annotate --arch arm --variant v5 example/app:1.0 example/app:1.0-armel
docker manifest push example/app:1.0
