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
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var total = 0
        while total < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + total, $0.count - total) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            total += count
        }
        bytes.removeSubrange(total...)
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return .failure("\(path) is a binary file")
        }
        return .text(text)
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
