/// Positions in a text file: byte offsets to line and column (columns count characters, as in JSON findings).
struct TextIndex {
    let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let lineStarts: [Int]

    /// The line and column at every multiple of `checkpointSpacing`, so that a position costs at most that many
    /// bytes of counting however long its line is (thousands of pushes on one line were quadratic).
    private let checkpoints: [SourcePosition]
    private static let checkpointSpacing = 1024

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var checkpoints: [SourcePosition] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointSpacing + 1)
        var line = 1, column = 1
        for (offset, byte) in bytes.enumerated() {
            if offset % Self.checkpointSpacing == 0 { checkpoints.append(SourcePosition(line: line, column: column)) }
            if byte == 0x0A {
                starts.append(offset + 1)
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        if bytes.count % Self.checkpointSpacing == 0 { checkpoints.append(SourcePosition(line: line, column: column)) }
        lineStarts = starts
        self.checkpoints = checkpoints
    }

    func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = max(0, min(offset, bytes.count))
        let slot = clamped / Self.checkpointSpacing
        var line = checkpoints[slot].line, column = checkpoints[slot].column
        for byte in bytes[(slot * Self.checkpointSpacing)..<clamped] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    /// The byte offset of a 1-based line and column (as Yams reports them; its columns count characters).
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var offset = lineStarts[line - 1]
        var remaining = column - 1
        while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The first offset at or after `start` where `needle` occurs.
    func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        var offset = max(0, start)
        while offset + needle.count <= bytes.count {
            if bytes[offset] == needle[0], bytes[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset += 1
        }
        return nil
    }

    /// The first offset inside `range` where `needle` occurs entirely within it.
    func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard !needle.isEmpty else { return nil }
        let end = min(range.upperBound, bytes.count)
        var offset = max(0, range.lowerBound)
        while offset + needle.count <= end {
            if bytes[offset] == needle[0], bytes[offset..<(offset + needle.count)].elementsEqual(needle) { return offset }
            offset += 1
        }
        return nil
    }

    func region(from start: Int, length: Int) -> SourceRegion {
        SourceRegion(start: position(ofOffset: start), end: position(ofOffset: start + length))
    }
}
