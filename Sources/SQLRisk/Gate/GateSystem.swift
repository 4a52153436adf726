#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// Every C call of the approval store and the audit log goes through this file; above it, plain Swift.

/// A failed system call, in the words of the C library, with what was being done.
struct SystemCallError: Error, CustomStringConvertible {
    let description: String

    static func last(_ action: String, _ path: String) -> SystemCallError {
        SystemCallError(description: "cannot \(action) \(path): \(String(cString: strerror(errno)))")
    }
}

// Members named `open`, `read`, `write` and `close` would shadow the C functions.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemClose(_ fd: Int32) { _ = close(fd) }

/// An open file, closed (and so unlocked) when the value goes away.
final class OpenFile {
    let descriptor: Int32
    let path: String
    private let owned: Bool

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        self.owned = true
    }

    init(unowned descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        self.owned = false
    }

    deinit { if owned { systemClose(descriptor) } }

    /// Opens for reading and writing, creating the file (mode 0600) if needed.
    static func readWrite(_ path: String, append: Bool = false) throws(SystemCallError) -> OpenFile {
        let flags = O_RDWR | O_CREAT | O_CLOEXEC | (append ? O_APPEND : 0)
        let fd = path.withCString { systemOpen($0, flags, 0o600) }
        guard fd >= 0 else { throw .last("open", path) }
        return OpenFile(descriptor: fd, path: path)
    }

    /// Opens an existing file for reading; nil when it does not exist.
    static func readOnly(_ path: String) throws(SystemCallError) -> OpenFile? {
        let fd = path.withCString { systemOpen($0, O_RDONLY | O_CLOEXEC, 0) }
        if fd < 0, errno == ENOENT { return nil }
        guard fd >= 0 else { throw .last("open", path) }
        return OpenFile(descriptor: fd, path: path)
    }

    /// Waits for an advisory lock on the whole file (`flock`), held until `unlock` or close.
    func lock(exclusive: Bool) throws(SystemCallError) {
        while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw .last("lock", path) }
        }
    }

    func unlock() { _ = flock(descriptor, LOCK_UN) }

    var size: Int {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Up to `count` bytes from `offset` (fewer at the end of the file).
    func read(at offset: Int, count: Int) throws(SystemCallError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0, errno == EINTR { continue }
            guard got >= 0 else { throw .last("read", path) }
            if got == 0 { break }
            done += got
        }
        bytes.removeSubrange(done...)
        return bytes
    }

    func readAll() throws(SystemCallError) -> [UInt8] {
        var bytes: [UInt8] = []
        var offset = 0
        while true {
            let chunk = try read(at: offset, count: 1 << 20)
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
            offset += chunk.count
        }
    }

    /// Writes `bytes` with one `write(2)`: with `O_APPEND` the record lands whole after every other
    /// writer's. A short write (a full disk) is an error, never retried as a second, interleavable write.
    func writeOnce(_ bytes: [UInt8]) throws(SystemCallError) {
        while true {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written >= 0 else { throw .last("write", path) }
            guard written == bytes.count else {
                throw SystemCallError(description: "short write to \(path): \(written) of \(bytes.count) bytes")
            }
            return
        }
    }

    func sync() throws(SystemCallError) {
        guard fsync(descriptor) == 0 else { throw .last("sync", path) }
    }
}

enum GateSystem {
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    /// The home directory: `$HOME`, else the password database's entry.
    static var homeDirectory: String? {
        if let home = environment("HOME") { return home }
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }

    static var hostName: String? {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return nil }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// Creates `path` and its missing parents with mode 0700 (state holds SQL and approvals).
    static func makeDirectories(_ path: String) throws(SystemCallError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if prefix.withCString({ mkdir($0, 0o700) }) != 0, errno != EEXIST { throw .last("create directory", prefix) }
        }
    }

    /// Replaces `path` by `bytes` atomically: a reader sees the old file or the new one, never half of one.
    static func replaceAtomically(_ path: String, with bytes: [UInt8]) throws(SystemCallError) {
        let temporary = path + ".tmp.\(getpid())"
        _ = temporary.withCString { unlink($0) }
        do {
            let file = try OpenFile.readWrite(temporary)
            try file.writeOnce(bytes)
            try file.sync()
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemCallError.last("rename", temporary)
            _ = temporary.withCString { unlink($0) }
            throw error
        }
    }

    /// Unpredictable bytes from the kernel: the standard library's generator is `getrandom(2)` on
    /// Linux (Glibc's module does not export the function itself).
    static func randomBytes(_ count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in generator.next() }
    }

    /// Wall-clock time as Unix seconds and nanoseconds.
    static func now() -> (seconds: Int64, nanoseconds: Int) {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return (Int64(time.tv_sec), Int(time.tv_nsec))
    }

    static var processID: Int { Int(getpid()) }
}

extension OpenFile {
    /// Standard error, not owned: writes only.
    static var standardError: OpenFile { OpenFile(unowned: 2, path: "standard error") }
}
