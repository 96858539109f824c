import Foundation
import Testing
@testable import ManifestLint

/// Inputs under the 4 MiB limit whose cost grew quadratically in 0.1.0 (security review D8 and a mutation-fuzzing
/// run): each must finish before a generous watchdog (150 s, for slow sanitizer builds), where 0.1.0 needed two
/// minutes or more (its measured growth, extrapolated). This guards against hangs, not speed: `Benchmarks/growth`
/// measures how the cost grows.
@Suite("Hostile shapes")
struct HostileShapeTests {
    struct Shape: Sendable {
        let name: String
        let file: String
        let text: @Sendable () -> String

        init(_ name: String, _ file: String, _ text: @escaping @Sendable () -> String) {
            self.name = name
            self.file = file
            self.text = text
        }
    }

    static let shapes: [Shape] = [
        Shape("70,000 findings in one index", "x.json", {
            let entry = #"{"mediaType":"application/vnd.oci.image.manifest.v1+json","size":1,"digest":"x"}"#
            return #"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["#
                + Array(repeating: entry, count: 35_000).joined(separator: ",") + "]}"
        }),
        Shape("36,000 duplicate index entries", "x.json", {
            let entry = #"{"size":100,"digest":"sha256:\#(String(repeating: "a", count: 64))","platform":{"os":"linux","architecture":"amd64"}}"#
            return #"{"schemaVersion":2,"mediaType":"application/vnd.oci.image.index.v1+json","manifests":["# + Array(repeating: entry, count: 36_000).joined(separator: ",") + "]}"
        }),
        Shape("64,000 pushes on one line", "x.sh", {
            "#!/bin/sh\n" + (0..<64_000).map { "docker push registry.example.com/team/app\($0):1.0" }.joined(separator: "; ") + "\n"
        }),
        Shape("12,000 repository names with near twins", "x.sh", {
            "#!/bin/sh\n" + (0..<12_000).map {
                "docker build -t registry.example.com/team/service\($0)-api:1.0 .\ndocker push registry.example.com/team/service\($0)-api:1.0\n"
                    + "docker tag x registry.example.com/team/service\($0)-aip:1.0"
            }.joined(separator: "\n") + "\n"
        }),
        Shape("one build with 90,000 tags", "x.sh", {
            "docker build " + (0..<90_000).map { "-t registry.example.com/team/app:\($0)-amd64" }.joined(separator: " ") + " .\n"
        }),
        Shape("one list with 90,000 members", "x.sh", {
            "docker manifest create registry.example.com/team/app:1 " + (0..<90_000).map { "registry.example.com/team/app:\($0)-arm64" }.joined(separator: " ") + "\n"
        }),
        // Security review 2, N7: one `docker push` word of 3.5 MiB of `${{ a }}` (quadratic: 38.6 s at 4 MiB).
        Shape("a word of 458,752 spaced ${{ a }} expressions", "ci.yml", {
            "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          docker push app:"
                + String(repeating: "${{ a }}", count: 458_752) + "\n"
        }),
        // Security review 2, A4: `${{` at a line's end closed on the next, 3.5 MiB (228 s at 4 MiB).
        Shape("81,000 expressions split across lines", "ci.yml", {
            "on: push\njobs:\n  b:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
                + String(repeating: "          docker push app:${{\n          a }}\n", count: 81_000)
        }),
        Shape("a run of 1,000,000 unclosed {{", "ci.yml", {
            "jobs:\n  b:\n    steps:\n      - run: echo " + String(repeating: "{{", count: 1_000_000) + "\n"
        }),
    ]

    @Test(arguments: shapes.indices)
    func finishesBeforeTheWatchdog(index: Int) throws {
        let shape = Self.shapes[index]
        let folder = try makeScratch("shape")
        defer { removeScratch(folder) }
        try shape.text().write(toFile: folder + "/" + shape.file, atomically: false, encoding: .utf8)
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "--output", "/dev/null", shape.file], in: folder, timeout: 150)
        // 3: a check stopped at its budget and said so (the typo search over tens of thousands of pushes).
        #expect([ExitStatus.passed, ExitStatus.findings, ExitStatus.incomplete].contains(outcome.status),
                "\(shape.name): exit \(outcome.status) (9: stopped by the watchdog)")
    }
}
