target "app" {
  tags = ["example/app:1.0"
  output = ["type=registry"]
}
