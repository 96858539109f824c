target "app" {
  tags = ["acme/app:latest"
}
