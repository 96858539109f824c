job "bakery" {
  datacenters = ["dc1"]
  group "web" {
    count = 2
    task "server" {
      driver = "docker"
      config {
        image = "example/bakery:1.0"
      }
    }
  }
}
