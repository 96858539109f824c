#!/bin/sh
docker manifest create example/app:1.0 example/app:1.0-windows-ltsc2019-amd64 example/app:1.0-windows-ltsc2022-amd64 example/app:1.0-linux-amd64 example/app:1.0-linux-arm64
docker manifest annotate --os windows --arch amd64 --os-version "10.0.17763.5329" example/app:1.0 example/app:1.0-windows-ltsc2019-amd64
docker manifest annotate --os windows --arch amd64 --os-version "10.0.20348.2227" example/app:1.0 example/app:1.0-windows-ltsc2022-amd64
docker manifest push example/app:1.0
