#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place the hook touches the file system: reading the files a command names, bounded, and never
/// blocking on a FIFO or a device.
public enum FileAccess {
    public static let maxFileBytes = 8 << 20

    public enum ReadResult: Equatable {
        case text(String)
        case failure(String)
    }

    /// A regular file's text; a missing, unreadable, oversized or binary file is a failure with the reason.
    public static func readText(_ path: String) -> ReadResult {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure("\(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure("\(path): \(String(cString: strerror(errno)))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure("\(path) is not a regular file") }
        guard Int(info.st_size) <= maxFileBytes else { return .failure("\(path) is larger than \(maxFileBytes) bytes") }
        let bytes = readAll(descriptor, limit: Int(info.st_size))
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return .failure("\(path) is a binary file")
        }
        return .text(text)
    }

    /// Reads until the end or `limit` bytes, retrying interrupted reads.
    static func readAll(_ descriptor: Int32, limit: Int = .max) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count < limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, min($0.count, limit - bytes.count)) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// Writes every byte, retrying interrupted and short writes; false when the descriptor refuses.
    @discardableResult
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            written += count
        }
        return true
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    public static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// `path` made absolute against `cwd`, with `~` expanded; nil when it cannot be (relative with no cwd).
    public static func resolve(_ path: String, cwd: String?, home: String?) -> String? {
        var path = path
        if path == "~" || path.hasPrefix("~/") {
            guard let home else { return nil }
            path = home + path.dropFirst()
        }
        if path.hasPrefix("/") { return normalize(path) }
        guard let cwd, cwd.hasPrefix("/") else { return nil }
        return normalize(cwd + "/" + path)
    }

    /// Removes `.`, `..` and repeated slashes, textually.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }
}
