import Foundation
import Testing

/// The benchmark's corpus gives the report it gave before the performance work (issue 15), byte for byte.
@Suite("Benchmark corpus")
struct BenchmarkCorpusTests {
    @Test func reportIsUnchanged() throws {
        let scratch = try makeScratch("benchmark-corpus")
        defer { removeScratch(scratch) }
        let corpus = scratch + "/corpus"
        let generated = try runTool("python3", [Repository.root.appendingPathComponent("Benchmarks/generate-indexes.py").path, corpus, "1000"], in: scratch)
        try #require(generated.status == 0, Comment(rawValue: generated.output))
        let outcome = try runManifestLint(["lint", "--no-config", "--format", "json", "--root", corpus, corpus], in: scratch)
        #expect(outcome.status == 1)
        let expected = try Data(contentsOf: Repository.root.appendingPathComponent("Tests/Fixtures/benchmark-corpus/report-1000.json"))
        #expect(outcome.stdout == expected, "the JSON report of the benchmark corpus changed")
        #expect(outcome.findings.count > 50)
    }
}
