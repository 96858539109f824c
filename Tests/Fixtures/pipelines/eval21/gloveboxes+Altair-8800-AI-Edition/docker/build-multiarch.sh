#!/bin/sh

set -eu

SCRIPT_DIR=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
REPO_ROOT=$(CDPATH= cd -- "$SCRIPT_DIR/.." && pwd)

# The browser terminal needs the wsServer submodule in the build context.
# Without it the build still succeeds but `--web` is stubbed out, producing an
# image that does nothing useful when run detached. Fail early instead.
if [ ! -f "$REPO_ROOT/altair_local/external/wsServer/src/ws.c" ]; then
    echo "wsServer submodule missing; run:" >&2
    echo "  git submodule update --init altair_local/external/wsServer" >&2
    exit 1
fi

PLATFORMS=${PLATFORMS:-linux/arm64,linux/arm/v7,linux/arm/v6,linux/amd64}
BUILD_CONTEXT=${BUILD_CONTEXT:-$REPO_ROOT}
DOCKERFILE=${DOCKERFILE:-$SCRIPT_DIR/Dockerfile}
BUILDER_NAME=${BUILDER_NAME:-altair8800v2-multiarch}
IMAGE_NAME=${IMAGE_NAME:-altair8800v2}
DOCKER_TAG=${DOCKER_TAG:-latest}

if [ -z "${DOCKER_IMAGE:-}" ]; then
    if [ -z "${DOCKER_USER:-}" ]; then
        printf 'Docker Hub username: '
        IFS= read -r DOCKER_USER
    fi

    : "${DOCKER_USER:?Set DOCKER_USER to your Docker Hub username, or set DOCKER_IMAGE directly}"
    DOCKER_IMAGE=${DOCKER_USER}/${IMAGE_NAME}:${DOCKER_TAG}
fi

if ! docker buildx inspect "$BUILDER_NAME" >/dev/null 2>&1; then
    docker buildx create --name "$BUILDER_NAME" --use >/dev/null
else
    docker buildx use "$BUILDER_NAME" >/dev/null
fi

docker buildx inspect --bootstrap >/dev/null

docker buildx build \
    --no-cache \
    --platform "$PLATFORMS" \
    -f "$DOCKERFILE" \
    -t "$DOCKER_IMAGE" \
    --push \
    "$BUILD_CONTEXT"