# deploy targets for our in-house rollout tool
target "staging" {
  host    = "staging.example.internal"
  port    = 22
  user    = "deploy"
}

target "production" {
  host    = "prod.example.internal"
  port    = 22
  user    = "deploy"
}
