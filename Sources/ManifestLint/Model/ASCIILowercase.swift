extension String {
    /// Lower case for the ASCII names platforms and media types use; returns `self` untouched (no copy)
    /// when there is nothing to change, and falls back to Unicode lower-casing for non-ASCII text.
    var asciiLowercased: String {
        // 0: nothing to change, 1: ASCII upper case letters, 2: non-ASCII.
        let work = withUTF8Bytes(Self.caseWork)
        if work == 0 { return self }
        if work == 2 { return lowercased() }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func caseWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var work = 0
        for byte in bytes {
            if byte >= 0x80 { return 2 }
            if byte >= 0x41 && byte <= 0x5A { work = 1 }
        }
        return work
    }
}

extension String {
    /// The part after the last `/` (the whole string when there is none), without splitting the path.
    var lastPathComponent: Substring {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self[...] }
        return self[index(after: slash)...]
    }
}

extension String {
    /// Runs `body` over the string's UTF-8 bytes: in place for a native string, on a copy otherwise (a bridged
    /// or foreign string). For byte-level checks on hot paths, where iterating `utf8` costs a call per byte.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }
}
