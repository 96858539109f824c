import Foundation
import Testing
@testable import ManifestLint

/// The CEL interpreter (cel-spec langdef semantics) and CEL in rule files.
@Suite("CEL expressions")
struct CELTests {
    private func eval(_ text: String, _ variables: [String: CELValue] = [:], budget: Int = CELEvaluator.defaultBudget) throws -> CELValue {
        var evaluator = CELEvaluator(variables: variables, budget: budget)
        return try evaluator.evaluate(try CELParser.parse(text))
    }

    private func value(_ text: String, _ variables: [String: CELValue] = [:]) -> String? {
        (try? eval(text, variables)).map { "\($0.typeName) \($0.rendered)" }
    }

    private func error(_ text: String) -> String? {
        do { _ = try eval(text); return nil } catch let error as CELError { return error.message } catch { return "\(error)" }
    }

    @Test(arguments: [
        ("1 + 2 * 3", "int 7"), ("7 / 2", "int 3"), ("-7 % 3", "int -1"), ("7u / 2u", "uint 3"), ("1.5 * 2.0", "double 3.0"),
        ("-9223372036854775808", "int -9223372036854775808"), ("0x1F", "int 31"), ("'a' + \"b\" + r'\\n'", "string ab\\n"),
        ("1 == 1.0 && 1u == 1 && 2 > 1.5 && [1, 2] == [1.0, 2u]", "bool true"), ("'a' == 1", "bool false"),
        ("size('héllo') + size(b'\\xff') + size([1, 2]) + size({'a': 1})", "int 9"),
        ("[1, 2, 3].map(x, x * x).filter(y, y > 1)", "list 4, 9"), ("[1, 2, 3].all(x, x > 0) && [1, 2].exists(x, x == 2)", "bool true"),
        ("[1, 2, 3].exists_one(x, x > 2)", "bool true"), ("{'a': 1, 'b': 2}.map(k, k)", "list a, b"),
        ("has({'a': 1}.a) && !has({'a': 1}.b)", "bool true"), ("'k8s.io/app'.startsWith('k8s') && 'x.json'.endsWith('.json')", "bool true"),
        ("'ABC'.lowerAscii() + 'a,b'.split(',').join('-')", "string abca-b"), ("'sha256:ab'.matches('^sha256:[a-f0-9]+$')", "bool true"),
        ("[3, 1, 2].max() + [3, 1, 2].min() + [1, 2, 3].sum()", "int 10"), ("'hello'.indexOf('l') + 'hello'.lastIndexOf('l')", "int 5"),
        ("string(timestamp('2024-01-01T00:00:00Z') + duration('36h'))", "string 2024-01-02T12:00:00Z"),
        ("timestamp('2024-03-01T00:00:00Z') - timestamp('2024-02-28T00:00:00Z')", "google.protobuf.Duration 172800s"),
        ("timestamp('2024-02-29T13:45:00+01:00').getHours()", "int 12"), ("timestamp('2024-02-29T00:00:00Z').getDayOfWeek()", "int 4"),
        ("int('42') + int(3.9) + int(-3.9)", "int 42"), ("string(1.5) + string(10u) + string(true)", "string 1.510true"),
        ("type(1) == int && type('a') == string && type([]) == list", "bool true"),
        ("false && 1 / 0 == 1", "bool false"), ("1 / 0 == 1 || true", "bool true"), ("true ? 'y' : 1 / 0", "string y"),
        ("2 in [1, 2] && 'a' in {'a': 1}", "bool true"),
    ])
    func evaluates(_ expression: String, _ expected: String) {
        #expect(value(expression) == expected, "\(expression): \(String(describing: try? eval(expression)))")
    }

    /// Overflow is an error, not a wrap; so are division by zero, a missing key and a type mismatch.
    @Test(arguments: [
        ("9223372036854775807 + 1", "overflow"), ("-9223372036854775808 - 1", "overflow"), ("-9223372036854775808 / -1", "overflow"),
        ("0u - 1u", "overflow"), ("1 / 0", "division by zero"), ("1 % 0", "modulus by zero"), ("{'a': 1}.b", "no such key"),
        ("[1][3]", "index out of bounds"), ("'a' < 1", "no such overload"), ("1 + 'a'", "no such overload"),
        ("timestamp('yesterday')", "invalid timestamp"), ("duration('9999999999999s')", "out of range"), ("int(1e19)", "range"),
        ("[1, 2].all(x, x / 0 == 1)", "division by zero"), ("{'a': 1, 'a': 2}", "repeated key"),
    ])
    func fails(_ expression: String, _ message: String) {
        #expect(error(expression)?.contains(message) == true, "\(expression): \(String(describing: error(expression)))")
    }

    @Test func parseErrorsGiveTheirPosition() {
        for (text, offset) in [("1 +", 3), ("a.b(", 4), ("'unterminated", 0), ("[1, 2", 5), ("in", 0)] {
            do {
                _ = try CELParser.parse(text)
                Issue.record("\(text) parsed")
            } catch {
                #expect(error.offset == offset, "\(text): \(error.message) at \(error.offset)")
            }
        }
        #expect(throws: CELParseError.self) { try CELParser.parse(String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)) }
        #expect(throws: CELParseError.self) { try CELParser.parse(String(repeating: "-", count: 500) + "1") }
        // Long chains make deep trees too: they are held to the same limit, so evaluation cannot overflow the stack.
        #expect(throws: CELParseError.self) { try CELParser.parse(Array(repeating: "1", count: 4_000).joined(separator: " + ")) }
        #expect(throws: CELParseError.self) { try CELParser.parse("a" + String(repeating: ".b", count: 4_000)) }
        #expect(throws: CELParseError.self) { try CELParser.parse(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)) }
        #expect(value(Array(repeating: "1", count: 50).joined(separator: " + ")) == "int 50")
    }

    /// Nested macros that would do 10^6 iterations stop at the budget with an error, not a hang.
    @Test func aCostBudgetStopsRunawayExpressions() {
        let ten = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"
        let text = "\(ten).all(a, \(ten).all(b, \(ten).all(c, \(ten).all(d, \(ten).all(e, \(ten).all(f, true))))))"
        let started = Date()
        #expect(throws: CELError.self) { try eval(text, budget: 50_000) }
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(value("\(ten).all(a, \(ten).all(b, true))") == "bool true")
    }

    /// Rule files with expressions: numbers and sums, object keys, and time; their examples pass through the same
    /// runner as every rule's, and a finding points below the selected value when the expression says where.
    @Test func ruleFilesWithExpressions() throws {
        let rules = try RuleLoader.loadFolder(Repository.root.appendingPathComponent("docs/examples/cel-policy").path)
        #expect(Set(rules.map(\.id)) == ["layer-size-limits", "allowed-exposed-ports", "image-age-limit"])
        for rule in rules {
            let failures = RuleExampleRunner.run(rule)
            #expect(failures.isEmpty, "\(failures.map(\.description))")
        }
        let ports = try #require(rules.first { $0.id == "allowed-exposed-ports" })
        let finding = try #require(try RuleExampleRunner.findings(of: ports, in: ports.invalidExamples[0]).first)
        #expect(finding.pointer.description == "/config/ExposedPorts/22~1tcp" && finding.message.hasPrefix("port 22/tcp is exposed"))
    }

    /// An expression is parsed and checked when its rule loads: syntax, undeclared names and unknown functions are
    /// rule-file errors with the line of the expression and the place inside it.
    @Test func expressionsAreCheckedWhenTheRuleLoads() {
        func load(_ expression: String) -> String? {
            let text = "id: x\ntitle: t\nseverity: error\napplies-to: [index]\ncheck:\n  expression: \"\(expression)\"\nmessage: m\n"
                + "examples: {valid: [{document: '{}'}], invalid: [{document: '{}'}]}\n"
            do { _ = try RuleLoader.load(text: text, path: "x.yaml"); return nil } catch { return "\(error.line): \(error.message)" }
        }
        #expect(load("subject.manifests.all(m, m.size >)")?.hasPrefix("6: in the expression at line 1, column 34") == true)
        #expect(load("subject.manifests.all(m, m.size > limit)")?.contains("undeclared reference") == true)
        #expect(load("subject.frobnicate()")?.contains("unknown function") == true)
        #expect(load("size(subject.manifests) > 0") == nil)
    }

    /// cel-spec's conformance cases (scripts/cel-conformance-import): every supported case of the core files passes;
    /// of the extension files, at least what passes today (string_ext lacks format() and quote(), math_ext the
    /// math.* functions).
    @Test(arguments: ["basic", "comparisons", "conversions", "fp_math", "integer_math", "lists", "logic", "macros", "parse", "string",
                      "timestamps", "string_ext", "math_ext"])
    func celSpecConformance(_ file: String) throws {
        let outcome = try CELConformance.run(fileAt: Repository.fixture("cel-spec/\(file).json"))
        let floors = ["string_ext": 113, "math_ext": 17]
        if let floor = floors[file] {
            #expect(outcome.passed >= floor, "\(file): \(outcome.passed)/\(outcome.total)")
        } else {
            #expect(outcome.failed.isEmpty, "\(file): \(outcome.failed.prefix(10).joined(separator: "\n"))")
            #expect(outcome.passed + outcome.unsupported == outcome.total)
        }
    }

    /// The opt-in `cis-image` pack: off by default; `packs:` in a config or `--pack` turns on all its rules, and the
    /// config's `rules:` still leaves one out; an unknown pack is a configuration error.
    @Test func theCISPackIsOptIn() throws {
        let folder = try makeScratch("cis-pack")
        defer { removeScratch(folder) }
        let config = #"{"architecture": "amd64", "os": "linux", "config": {"Env": ["DB_PASSWORD=hunter2"], "Volumes": {"/proc": {}}}, "rootfs": {"type": "layers", "diff_ids": []}}"#
        try write(config, to: folder + "/config.json")
        let plain = try runManifestLint(["lint", "--no-config", "--format", "json", "config.json"], in: folder)
        #expect(plain.rules.filter { $0.hasPrefix("cis-") }.isEmpty)
        let packed = try runManifestLint(["lint", "--no-config", "--pack", "cis-image", "--format", "json", "config.json"], in: folder)
        #expect(Set(packed.rules) == ["cis-non-root-user", "cis-healthcheck", "cis-no-credentials-in-env", "cis-no-system-volumes"], "\(packed.rules)")
        #expect(packed.status == 1)
        let secret = try #require(packed.findings.first { $0["rule"] as? String == "cis-no-credentials-in-env" })
        #expect(secret["pointer"] as? String == "/config/Env/0" && !(secret["message"] as? String ?? "").contains("hunter2"))
        try write("packs: [cis-image]\nrules:\n  cis-healthcheck: off\n", to: folder + "/.manifestlint.yaml")
        let configured = try runManifestLint(["lint", "--format", "json", "config.json"], in: folder)
        #expect(configured.rules.contains("cis-non-root-user") && !configured.rules.contains("cis-healthcheck"), "\(configured.rules)")
        try write("packs: [cis-imag]\n", to: folder + "/.manifestlint.yaml")
        let unknown = try runManifestLint(["lint", "config.json"], in: folder)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown pack \"cis-imag\""), Comment(rawValue: unknown.stderr))
    }

    /// An expression that fails on a document (a date that is not RFC 3339) is not a pass: the run is incomplete.
    @Test func anExpressionErrorIsNotChecked() throws {
        let rules = try RuleLoader.loadFolder(Repository.root.appendingPathComponent("docs/examples/cel-policy").path)
        let age = try #require(rules.first { $0.id == "image-age-limit" })
        let policy = LintPolicy(catalog: RuleCatalog(rules: [age]), settings: [:])
        let config = #"{"architecture": "amd64", "os": "linux", "created": "last week", "rootfs": {"type": "layers", "diff_ids": []}}"#
        let result = Linter(policy: policy).lint(bytes: Array(config.utf8), path: "config.json")
        #expect(result.findings.contains { $0.rule == "not-checked" && $0.message.contains("image-age-limit: its expression failed") })
        #expect(result.incomplete)
    }
}
