#!/bin/sh
docker build -t myorg/app:$GITHUB_SHA .
docker push docker.io/myorg/app:$GITHUB_SHA
