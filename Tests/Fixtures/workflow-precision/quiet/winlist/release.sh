#!/bin/sh
set -e
docker manifest create myorg/agent:1.0 myorg/agent:1.0-windows-amd64-ltsc2019 myorg/agent:1.0-windows-amd64-ltsc2022
docker manifest annotate --os windows --arch amd64 --os-version 10.0.17763.1 myorg/agent:1.0 myorg/agent:1.0-windows-amd64-ltsc2019
docker manifest annotate --os windows --arch amd64 --os-version 10.0.20348.1 myorg/agent:1.0 myorg/agent:1.0-windows-amd64-ltsc2022
docker manifest push myorg/agent:1.0
