/// Line and column of any byte offset of a text, in time bounded by `spacing` however long the lines: the
/// position at every multiple of `spacing` is taken once, and a lookup counts forward from the nearest one.
/// Columns count UTF-16 code units, as GitHub, editors and SARIF's `utf16CodeUnits` do: one per character, two for a
/// character beyond the Basic Multilingual Plane (a 4-byte UTF-8 sequence); continuation bytes count nothing.
struct PositionIndex: Sendable {
    private let checkpoints: [SourcePosition]
    static let spacing = 1024

    init(_ bytes: [UInt8]) {
        var checkpoints: [SourcePosition] = []
        checkpoints.reserveCapacity(bytes.count / Self.spacing + 1)
        var line = 1, column = 1
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.spacing == 0 { checkpoints.append(SourcePosition(line: line, column: column)) }
            Self.advance(byte, &line, &column)
        }
        if bytes.count % Self.spacing == 0 { checkpoints.append(SourcePosition(line: line, column: column)) }
        self.checkpoints = checkpoints
    }

    func position(ofOffset offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let target = max(0, min(offset, bytes.count))
        let slot = target / Self.spacing
        var line = checkpoints[slot].line, column = checkpoints[slot].column
        for byte in bytes[(slot * Self.spacing)..<target] { Self.advance(byte, &line, &column) }
        return SourcePosition(line: line, column: column)
    }

    private static func advance(_ byte: UInt8, _ line: inout Int, _ column: inout Int) {
        if byte == 0x0A {
            line += 1
            column = 1
        } else if byte >= 0xF0 {
            column += 2
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }
}
