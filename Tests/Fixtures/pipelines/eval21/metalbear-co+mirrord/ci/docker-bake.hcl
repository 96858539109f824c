variable "REGISTRY" {
  default = "ghcr.io/metalbear-co"
}

# Commit SHA, used to tag CI images alongside :latest.
variable "SHA" {
  default = ""
}

# Comma-separated tags for the agent image.
# Override in CI: AGENT_TAGS="ghcr.io/metalbear-co/mirrord:1.2.3,ghcr.io/metalbear-co/mirrord:latest"
variable "AGENT_TAGS" {
  default = "${REGISTRY}/mirrord:dev"
}

# Comma-separated tags for the CLI image.
variable "CLI_TAGS" {
  default = "${REGISTRY}/mirrord-cli:dev"
}

# Comma-separated tags for the SQS printer test image.
variable "SQS_PRINTER_TAGS" {
  default = "${REGISTRY}/test-sqs-printer:dev"
}

# Platforms for product images. Override to target a single platform (e.g. linux/amd64 for local test builds).
variable "PLATFORMS" {
  default = "linux/amd64,linux/arm64"
}

# Shared buildx cache settings for product images. Empty by default; each caller opts in with a
# backend it can reach. Not `type=gha`: `mode=max` there crowds the repository out of its 10 GB
# Actions cache quota and evicts the Rust cache records.
variable "PRODUCT_CACHE_FROM" {
  default = ""
}

variable "PRODUCT_CACHE_TO" {
  default = ""
}

# Product images built from this repo.
group "default" {
  targets = ["agent", "cli"]
}

# Test helper images.
group "test-images" {
  targets = ["sqs-printer"]
}

# CI base images used by build and test jobs.
group "ci-images" {
  targets = [
    "ci-agent-builder",
    "ci-agent-runtime",
    "ci-layer-build-x86_64",
    "ci-layer-build-aarch64",
    "ci-rust-build",
  ]
}

target "agent" {
  context    = "."
  dockerfile = "mirrord/agent/Dockerfile"
  platforms  = split(",", PLATFORMS)
  tags       = split(",", AGENT_TAGS)
  cache-from = compact([PRODUCT_CACHE_FROM])
  cache-to   = compact([PRODUCT_CACHE_TO])
  contexts = {
    "ghcr.io/metalbear-co/ci-agent-build:54901618bd7bdc9b4975fb7e5439e519f6469ac0"  = "target:ci-agent-builder"
    "ghcr.io/metalbear-co/ci-agent-runtime:54901618bd7bdc9b4975fb7e5439e519f6469ac0" = "target:ci-agent-runtime"
  }
}

target "cli" {
  context    = "."
  dockerfile = "mirrord/cli/Dockerfile"
  platforms  = split(",", PLATFORMS)
  tags       = split(",", CLI_TAGS)
  cache-from = compact([PRODUCT_CACHE_FROM])
  cache-to   = compact([PRODUCT_CACHE_TO])
  contexts = {
    "ghcr.io/metalbear-co/ci-agent-build:54901618bd7bdc9b4975fb7e5439e519f6469ac0" = "target:ci-agent-builder"
  }
}

# Test utility that prints SQS messages; used for manual SQS integration testing.
target "sqs-printer" {
  context    = "./tests/rust-sqs-printer"
  dockerfile = "Dockerfile"
  platforms  = split(",", PLATFORMS)
  tags       = split(",", SQS_PRINTER_TAGS)
  cache-from = compact([PRODUCT_CACHE_FROM])
  cache-to   = compact([PRODUCT_CACHE_TO])
  contexts = {
    "ghcr.io/metalbear-co/ci-agent-build:54901618bd7bdc9b4975fb7e5439e519f6469ac0" = "target:ci-agent-builder"
  }
}

# Builder image: Rust toolchain + cross-compilation tools for building the agent.
target "ci-agent-builder" {
  context    = "./ci"
  dockerfile = "agent-build/builder.Dockerfile"
  platforms  = split(",", PLATFORMS)
  tags = compact([
    "${REGISTRY}/ci-agent-build:latest",
    SHA != "" ? "${REGISTRY}/ci-agent-build:${SHA}" : "",
  ])
}

# Runtime image: minimal scratch-based image with networking tools for the agent container.
target "ci-agent-runtime" {
  context    = "./ci"
  dockerfile = "agent-build/runtime.Dockerfile"
  platforms  = split(",", PLATFORMS)
  tags = compact([
    "${REGISTRY}/ci-agent-runtime:latest",
    SHA != "" ? "${REGISTRY}/ci-agent-runtime:${SHA}" : "",
  ])
}

# Cross-compilation image for mirrord-layer targeting x86_64 with old glibc (CentOS 7 / Amazon Linux 2).
target "ci-layer-build-x86_64" {
  context    = "./ci"
  dockerfile = "layer-build/x86_64.Dockerfile"
  platforms  = ["linux/amd64"]
  tags = compact([
    "${REGISTRY}/ci-layer-build:latest",
    SHA != "" ? "${REGISTRY}/ci-layer-build:${SHA}" : "",
  ])
}

# Cross-compilation image for mirrord-layer targeting aarch64 with old glibc (CentOS 7 / Amazon Linux 2).
target "ci-layer-build-aarch64" {
  context    = "./ci"
  dockerfile = "layer-build/aarch64.Dockerfile"
  platforms  = ["linux/amd64"]
  tags = compact([
    "${REGISTRY}/ci-layer-build-aarch64:latest",
    SHA != "" ? "${REGISTRY}/ci-layer-build-aarch64:${SHA}" : "",
  ])
}

# Base Rust build image with nightly toolchain and protobuf compiler.
target "ci-rust-build" {
  context    = "./ci"
  dockerfile = "rust-build/Dockerfile"
  platforms  = ["linux/amd64"]
  tags = compact([
    "${REGISTRY}/ci-rust-build:latest",
    SHA != "" ? "${REGISTRY}/ci-rust-build:${SHA}" : "",
  ])
}
