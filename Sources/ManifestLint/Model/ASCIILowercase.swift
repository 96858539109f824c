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
