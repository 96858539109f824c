/// Go's architecture names, in one place for the readers that need them.
enum GoArchitectures {
    /// Every GOARCH value Go knows by name (`go/build`'s `syslist.go`), ports Go no longer builds included: what a
    /// value naming an architecture may be.
    static let known: Set<String> = [
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le",
        "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
    ]

    /// The architectures Go builds for (`go tool dist list`): a GoReleaser `goarch` outside them (`armv7`, a template)
    /// names no binary GoReleaser builds.
    static let buildable: Set<String> = [
        "386", "amd64", "arm", "arm64", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "wasm",
    ]
}
