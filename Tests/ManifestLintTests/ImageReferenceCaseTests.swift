import Testing
@testable import ManifestLint

/// Capitals in image names as distribution's reference grammar reads them (`ParseNormalizedNamed`).
@Suite("image names with capitals")
struct ImageReferenceCaseTests {
    private func uppercase(_ text: String) -> String? {
        ImageReference(text).uppercase.map { "\($0.component)\($0.readAsHost ? " (host)" : "")" }
    }

    @Test func pathsMustBeLowercaseHostsAndTagsMayNot() {
        #expect(uppercase("ghcr.io/S7evinK/dendrite:latest") == "S7evinK")
        #expect(uppercase("MyApp:1.0") == "MyApp")
        #expect(uppercase("example/MyApp") == "MyApp")
        #expect(uppercase("localhost:5000/team/App") == "App")
        // A capitalised first part with no dot or colon is a registry host.
        #expect(uppercase("MyOrg/app:1") == "MyOrg (host)")
        #expect(uppercase("MyOrg/App:1") == "App")
        #expect(uppercase("Registry.Example.com/team/app:1") == nil)
        #expect(uppercase("example/app:Release-1") == nil)
        #expect(uppercase("ghcr.io/JIGLE/proman:${TAG}") == "JIGLE")
    }

    @Test func expansionsAndPlaceholdersAreNotNames() {
        #expect(uppercase("$REGISTRY/$IMAGE_NAME:latest") == nil)
        #expect(uppercase("ghcr.io/${{ github.repository }}:1") == nil)
        #expect(uppercase("{{ .Env.REGISTRY }}/app:{{ .Version }}") == nil)
        #expect(uppercase("$(Build.Repository.Name):1") == nil)
        // A component an expansion also writes may be anything.
        #expect(uppercase("ghcr.io/${OWNER}App/x") == nil)
        #expect(uppercase("__DOCKER_HUB_USERNAME__/__CONTAINER__:latest") == nil)
        #expect(uppercase("ghcr.io/OWNER/app") == nil)
        #expect(uppercase("%ORG%/app") == nil)
        #expect(uppercase("IMAGE:latest") == nil)
        #expect(uppercase("localhost:5000/newTag") == nil)
        #expect(uppercase("myImage:1") == nil)
    }

    @Test func lowercasingKeepsExpansions() {
        #expect(ImageReference.lowercasingLiterals("ghcr.io/Example/${{ env.IMAGE_NAME }}") == "ghcr.io/example/${{ env.IMAGE_NAME }}")
        #expect(ImageReference.lowercasingLiterals("$(Registry)/MyApp") == "$(Registry)/myapp")
    }
}
