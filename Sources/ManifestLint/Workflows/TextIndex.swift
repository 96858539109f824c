/// Positions in a text file: byte offsets to line and column (columns count characters, as in JSON findings).
struct TextIndex {
    let bytes: [UInt8]
    /// Byte offset where each line starts.
    private let lineStarts: [Int]

    /// Positions in time bounded by 1 KiB of counting however long the line (thousands of pushes on one line
    /// were quadratic).
    private let positions: PositionIndex

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
        positions = PositionIndex(bytes)
    }

    func position(ofOffset offset: Int) -> SourcePosition {
        positions.position(ofOffset: offset, in: bytes)
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
