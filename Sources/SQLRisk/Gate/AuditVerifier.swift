/// Checks an audit log's hash chain (`classify-sql audit verify`) and names the first line that breaks
/// it, with what most likely happened to it: edited, inserted, or lines deleted before it.
public enum AuditVerifier {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// 1-based line number.
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public struct Result: Sendable, Equatable {
        /// Lines whose chain was checked and found whole (all of them when `problem` is nil).
        public var validEvents: Int
        public var problem: Problem?
        public var isValid: Bool { problem == nil }
    }

    /// One line as the chain sees it: the hash it claims, the hash it links to, and whether its bytes
    /// still give the hash it claims.
    private struct Link {
        var hash: String
        var prev: String
        var intact: Bool
    }

    public static func verify(_ bytes: [UInt8]) -> Result {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let complete = lines.last?.isEmpty ?? true
        if complete { lines.removeLast() }
        var links: [Link] = []
        links.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            if index == lines.count - 1, !complete {
                return Result(validEvents: 0, problem: Problem(line: index + 1, message: "incomplete line (no newline at the end): a write was cut short or the file was truncated"))
            }
            switch link(of: line) {
            case .success(let link): links.append(link)
            case .failure(let problem): return finish(links, upTo: index, orProblem: Problem(line: index + 1, message: problem))
            }
        }
        return finish(links, upTo: links.count, orProblem: nil)
    }

    /// Walks the links before `end`; the first break wins over a later unreadable line.
    private static func finish(_ links: [Link], upTo end: Int, orProblem unreadable: Problem?) -> Result {
        var lineOfHash: [String: Int] = [:]
        var previous = AuditLog.genesisHash
        for index in 0..<end {
            let link = links[index]
            let next = index + 1 < links.count ? links[index + 1] : nil
            if !link.intact {
                let inserted = next?.prev == previous && next?.prev != link.hash
                return Result(validEvents: index, problem: Problem(line: index + 1, message: inserted
                    ? "inserted: this line is not part of the chain (the next line continues from line \(index))"
                    : "edited: the line's content no longer gives its hash"))
            }
            if link.prev != previous {
                return Result(validEvents: index, problem: Problem(line: index + 1, message: brokenLink(at: index, link, next, previous, lineOfHash)))
            }
            lineOfHash[link.hash] = index + 1
            previous = link.hash
        }
        return Result(validEvents: end, problem: unreadable)
    }

    private static func brokenLink(at index: Int, _ link: Link, _ next: Link?, _ previous: String, _ lineOfHash: [String: Int]) -> String {
        let line = index + 1
        if next?.prev == previous {
            return "inserted: this line is not part of the chain (line \(line + 1) continues from line \(index))"
        }
        if let earlier = lineOfHash[link.prev] {
            return earlier == index - 1
                ? "line \(index) was inserted: this line continues the chain from line \(earlier)"
                : "lines \(earlier + 1)-\(index) were inserted: this line continues the chain from line \(earlier)"
        }
        if index == 0 { return "the log does not start at the beginning of its chain: lines before this one were deleted" }
        return "prev does not match line \(index)'s hash: one or more lines were deleted before this line, or line \(index) was replaced"
    }

    private enum LinkReading {
        case success(Link)
        case failure(String)
    }

    private static func link(of line: ArraySlice<UInt8>) -> LinkReading {
        if line.isEmpty { return .failure("empty line") }
        guard let hash = AuditLog.hash(fromSuffix: line) else {
            return .failure("not an audit event: the line does not end with its \"hash\" member")
        }
        var canonical = Array(line.dropLast(AuditLog.hashSuffixLength))
        canonical.append(0x7D)
        let event: JSONValue
        do { event = try JSONReader.parse(canonical) } catch { return .failure("not valid JSON: \(error)") }
        guard let prev = event["prev"]?.string, prev.utf8.count == 64 else { return .failure("no \"prev\" hash") }
        var hasher = SHA256()
        hasher.update(prev.utf8)
        hasher.update(canonical)
        return .success(Link(hash: hash, prev: prev, intact: hasher.finalizeHex() == hash))
    }
}
