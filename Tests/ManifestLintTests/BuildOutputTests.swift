import Testing
@testable import ManifestLint

/// buildx exports as buildx's `ExportEntry.UnmarshalText` and BuildKit's image exporter read them.
@Suite("buildx outputs")
struct BuildOutputTests {
    private func output(_ text: String) -> BuildOutput {
        BuildOutput(ShellWord(text: text, range: 0..<text.utf8.count))
    }

    @Test func pushIsAGoBooleanAndRegistryAlwaysPushes() {
        #expect(output("type=image,name=example/app:1,push=true").pushes)
        #expect(output("type=image,name=example/app:1,push=1").pushes)
        #expect(output("type=image,name=example/app:1,push=TRUE").pushes)
        #expect(output("type=image,name=example/app:1,push=").pushes)
        #expect(!output("type=image,name=example/app:1,push=false").pushes)
        #expect(!output("type=image,name=example/app:1,push=0").pushes)
        #expect(!output("type=image,name=example/app:1").pushes)
        // An expression is not known to be true.
        #expect(!output("type=image,push=${{ github.event_name != 'pull_request' }}").pushes)
        // buildx turns `registry` into `image` with `push=true`, whatever the field said.
        #expect(output("type=registry").pushes)
        #expect(output("type=registry,push=false").pushes)
        // Keys match without case or surrounding spaces, as buildx lowercases and trims them.
        #expect(output("TYPE=image, Push=1").pushes)
        // No type is an error for buildx, not a push.
        #expect(!output("push=true").pushes)
    }

    @Test func pushByDigestNamesAndFiles() {
        #expect(output("type=image,name=example/app,push-by-digest=true,name-canonical=true,push=true").mayPushByDigest)
        #expect(output("type=image,name=example/app,push-by-digest=1,push=true").mayPushByDigest)
        #expect(!output("type=image,name=example/app,push-by-digest=false,push=true").mayPushByDigest)
        #expect(!output("type=image,name=example/app,push=true").mayPushByDigest)
        // An expression may be true (tier4/scenario_simulator_v2's Docker.yaml): the names are not known tags.
        #expect(output("type=image,name=example/app,push-by-digest=${{ github.event_name == 'push' }},push=true").mayPushByDigest)
        #expect(output("type=image,name=example/app:1,push=true").names.map(\.text) == ["example/app:1"])
        // A quoted field keeps its commas: two names. `name-canonical` is not a name.
        #expect(output("type=image,\"name=example/app:1,example/app:latest\",name-canonical=true,push=true").names.map(\.text) == ["example/app:1", "example/app:latest"])
        #expect(output("./out").writesFiles)
        #expect(output("-").type == "tar")
        #expect(output("type=local,dest=out").writesFiles)
        #expect(output("type=cacheonly").writesFiles)
        #expect(!output("type=docker").writesFiles)
    }

    @Test func namesKeepTheirPlaceInTheFile() {
        let text = "type=image,name=example/app:1,push=1"
        let names = output(text).names
        #expect(names.count == 1)
        #expect(names.first?.range == 16..<29)
    }
}
