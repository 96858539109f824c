extension String {
    /// Lower case for the ASCII names platforms and media types use; returns `self` untouched (no copy)
    /// when there is nothing to change, and falls back to Unicode lower-casing for non-ASCII text.
    var asciiLowercased: String {
        var needsWork = false
        for byte in utf8 {
            if byte >= 0x80 { return lowercased() }
            if byte >= 0x41 && byte <= 0x5A { needsWork = true }
        }
        guard needsWork else { return self }
        return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}

extension String {
    /// The part after the last `/` (the whole string when there is none), without splitting the path.
    var lastPathComponent: Substring {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self[...] }
        return self[index(after: slash)...]
    }
}
