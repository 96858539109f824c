import Foundation

/// Returning freed heap pages to the system between the linting and the report.
public enum FreedMemory {
    /// glibc keeps the pages of freed blocks in each thread's arena; `malloc_trim` hands them back. Looked up at
    /// run time (Swift's Glibc module does not declare it); nothing happens where it does not exist.
    public static func release() {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        // The program's own handle: dlsym searches it and every library it loaded (libc among them).
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}
