import Foundation
import ManifestLint

/// The audit's progress on standard error: tags done of all, the rate, the time left at that rate, failures and
/// cache hits. On a terminal one line rewritten in place (at most 10 times a second); elsewhere (`--progress` into
/// a CI log) a line at each 5% and at the end.
/// `@unchecked Sendable`: its state is only touched under `lock`.
final class ProgressLine: @unchecked Sendable {
    private let terminal: Bool
    private let started = Date()
    private let lock = NSLock()
    private var shown = Date.distantPast
    private var lastStep = -1

    init(terminal: Bool) { self.terminal = terminal }

    func show(_ progress: RegistryAudit.Progress) {
        lock.withLock {
            let now = Date()
            let finished = progress.done == progress.total
            if terminal {
                guard finished || now.timeIntervalSince(shown) >= 0.1 else { return }
            } else {
                let step = progress.total == 0 ? 20 : progress.done * 20 / progress.total
                guard step != lastStep || finished else { return }
                lastStep = step
            }
            shown = now
            let elapsed = max(now.timeIntervalSince(started), 0.001)
            let rate = Double(progress.done) / elapsed
            let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
            var text = "manifestlint: audited \(progress.done)/\(progress.total) tags, \(String(format: "%.0f", rate))/s"
            if !finished { text += ", about \(Self.duration(left)) left" }
            if progress.reused > 0 { text += ", \(progress.reused) from the cache" }
            if progress.failed > 0 { text += ", \(progress.failed) not checked" }
            try? FileHandle.standardError.write(contentsOf: Data((terminal ? "\r\u{1B}[K" + text : text + "\n").utf8))
        }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole) s" }
        if whole < 3600 { return "\(whole / 60) min \(whole % 60) s" }
        return "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
