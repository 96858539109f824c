#!/bin/bash
# Docker multi-platform build script
# Usage: ./scripts/build-multiplatform.sh [app|worker|all]
# Requires: docker buildx with multiplatform support enabled

set -e

PLATFORMS="${PLATFORMS:-linux/amd64,linux/arm64}"
REGISTRY="${REGISTRY:-ghcr.io}"
REPO_OWNER="${REPO_OWNER:-$(git remote get-url origin | sed 's|.*/||; s|\.git||')}"
TARGET="${1:-all}"
PUSH="${PUSH:-false}"  # Set PUSH=true to push to registry
BUILD_TAG="${BUILD_TAG:-$(git rev-parse --short HEAD)}"

echo "🐳 Docker Multi-Platform Build"
echo "  Platforms: $PLATFORMS"
echo "  Registry: $REGISTRY"
echo "  Target: $TARGET"
echo "  Push: $PUSH"
echo "  Tag: $BUILD_TAG"
echo ""

# Ensure buildx is available
if ! docker buildx version &>/dev/null; then
    echo "❌ docker buildx not found. Install Docker with buildx support."
    exit 1
fi

# Build app tier
build_app() {
    echo "🏗️  Building app tier (PsychSift)..."
    docker buildx build \
        --platform "$PLATFORMS" \
        --file Dockerfile \
        --cache-from "type=registry,ref=$REGISTRY/$REPO_OWNER/psychsift-app:buildcache" \
        --cache-to "type=registry,ref=$REGISTRY/$REPO_OWNER/psychsift-app:buildcache,mode=max" \
        --tag "$REGISTRY/$REPO_OWNER/psychsift-app:$BUILD_TAG" \
        --tag "$REGISTRY/$REPO_OWNER/psychsift-app:latest" \
        --build-arg "ALLOW_LOW_RAM_BUILD=1" \
        $([ "$PUSH" = "true" ] && echo "--push" || echo "--load") \
        .
    echo "✅ App tier build complete"
}

# Build worker tier
build_worker() {
    echo "🏗️  Building worker tier..."
    docker buildx build \
        --platform "$PLATFORMS" \
        --file Dockerfile.worker \
        --cache-from "type=registry,ref=$REGISTRY/$REPO_OWNER/psychsift-worker:buildcache" \
        --cache-to "type=registry,ref=$REGISTRY/$REPO_OWNER/psychsift-worker:buildcache,mode=max" \
        --tag "$REGISTRY/$REPO_OWNER/psychsift-worker:$BUILD_TAG" \
        --tag "$REGISTRY/$REPO_OWNER/psychsift-worker:latest" \
        --build-arg "ALLOW_LOW_RAM_BUILD=1" \
        $([ "$PUSH" = "true" ] && echo "--push" || echo "--load") \
        .
    echo "✅ Worker tier build complete"
}

case "$TARGET" in
    app)
        build_app
        ;;
    worker)
        build_worker
        ;;
    all)
        build_app
        build_worker
        ;;
    *)
        echo "❌ Unknown target: $TARGET"
        echo "Usage: $0 [app|worker|all]"
        exit 1
        ;;
esac

echo ""
echo "🎉 Build complete!"
echo "Images tagged: $BUILD_TAG"
if [ "$PUSH" = "true" ]; then
    echo "📤 Pushed to $REGISTRY/$REPO_OWNER"
else
    echo "💾 Loaded locally (use PUSH=true to push to registry)"
fi
