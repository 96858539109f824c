variable "REGISTRY" {
  default = "ghcr.io/nimbusguard"
}

variable "TAG" {
  default = "latest"
}

group "default" {
  targets = ["consumer"]
}

group "base" {
  targets = ["nimbusguard-base"]
}

group "all" {
  targets = ["nimbusguard-base", "consumer", "generator", "learner", "dqn-adapter"]
}

target "_common" {
  platforms = ["linux/amd64", "linux/arm64"]
  annotations = [
    "org.opencontainers.image.authors=NimbusGuard Team",
    "org.opencontainers.image.source=https://github.com/nimbusguard/nimbusguard",
    "org.opencontainers.image.description=NimbusGuard - Intelligent Kubernetes Resource Management"
  ]
  attest = [
    "type=provenance,mode=max",
    "type=sbom"
  ]
}

target "nimbusguard-base" {
  inherits = ["_common"]
  context = "docker"
  dockerfile = "base.Dockerfile"
  tags = [
    "${REGISTRY}/nimbusguard-base:${TAG}",
    "${REGISTRY}/nimbusguard-base:latest"
  ]
}

target "consumer" {
  inherits = ["_common"]
  context = "src/consumer"
  dockerfile = "Dockerfile"
  tags = [
    "${REGISTRY}/nimbusguard-consumer:${TAG}",
    "${REGISTRY}/nimbusguard-consumer:latest"
  ]
  contexts = {
    nimbusguard-base = "target:nimbusguard-base"
  }
}

target "generator" {
  inherits = ["_common"]
  context = "src/generator"
  dockerfile = "Dockerfile"
  tags = [
    "${REGISTRY}/nimbusguard-generator:${TAG}",
    "${REGISTRY}/nimbusguard-generator:latest"
  ]
  contexts = {
    nimbusguard-base = "target:nimbusguard-base"
  }
}

target "learner" {
  inherits = ["_common"]
  context = "src/learner"
  dockerfile = "Dockerfile"
  tags = [
    "${REGISTRY}/nimbusguard-learner:${TAG}",
    "${REGISTRY}/nimbusguard-learner:latest"
  ]
  contexts = {
    nimbusguard-base = "target:nimbusguard-base"
  }
}

target "dqn-adapter" {
  inherits = ["_common"]
  context = "src/dqn-adapter"
  dockerfile = "Dockerfile"
  tags = [
    "${REGISTRY}/nimbusguard-dqn-adapter:${TAG}",
    "${REGISTRY}/nimbusguard-dqn-adapter:latest"
  ]
  contexts = {
    nimbusguard-base = "target:nimbusguard-base"
  }
} 