// Every C call the command line makes goes through this file; everything above it is plain Swift.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read, in the words of the C library (`No such file or directory`).
struct SystemError: Error, CustomStringConvertible {
    let description: String

    static func lastError() -> SystemError {
        SystemError(description: String(cString: strerror(errno)))
    }
}

// Members named `open`, `read` and `write` below would shadow the C functions.
private func systemOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 { open(path, flags) }
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// An open file descriptor that reads in chunks; closes what it opened.
final class ByteStream {
    private let descriptor: Int32
    private let ownsDescriptor: Bool

    private init(descriptor: Int32, ownsDescriptor: Bool) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
    }

    deinit {
        if ownsDescriptor { _ = close(descriptor) }
    }

    static var standardInput: ByteStream { ByteStream(descriptor: 0, ownsDescriptor: false) }

    static func open(path: String) throws(SystemError) -> ByteStream {
        let descriptor = path.withCString { systemOpen($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .lastError() }
        return ByteStream(descriptor: descriptor, ownsDescriptor: true)
    }

    /// Up to `maximum` bytes: whatever one `read(2)` returns (for a pipe, what the writer has sent so far),
    /// or an empty array at the end of the file.
    func read(maximum: Int = 1 << 16) throws(SystemError) -> [UInt8] {
        var chunk = [UInt8](repeating: 0, count: maximum)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, maximum) }
            if count >= 0 {
                chunk.removeSubrange(count...)
                return chunk
            }
            if errno != EINTR { throw .lastError() }
        }
    }

    /// Everything up to the end of the file.
    func readAll() throws(SystemError) -> [UInt8] {
        var bytes: [UInt8] = []
        while true {
            let chunk = try read(maximum: 1 << 20)
            if chunk.isEmpty { return bytes }
            bytes.append(contentsOf: chunk)
        }
    }
}

/// Buffered writes to a file descriptor, flushed on demand: the caller decides when a reader should see
/// output (after every batch of inputs, so a program feeding `classify-sql` through a pipe gets its answers).
final class BufferedOutput {
    private let descriptor: Int32
    private var buffer: [UInt8] = []

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    nonisolated(unsafe) static let standardOutput = BufferedOutput(descriptor: 1)
    nonisolated(unsafe) static let standardError = BufferedOutput(descriptor: 2)

    var isTerminal: Bool { isatty(descriptor) == 1 }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let written = buffer[offset...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                break  // a closed pipe or a full disk: nothing useful left to do with the output
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

enum Environment {
    /// Processors online, the default for `--jobs`.
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static var isStandardInputTerminal: Bool { isatty(0) == 1 }
}

/// Ends the process after flushing both output streams.
func terminate(_ status: ExitStatus) -> Never {
    BufferedOutput.standardOutput.flush()
    BufferedOutput.standardError.flush()
    exit(status.rawValue)
}

extension Environment {
    static var unixTime: Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }

    /// Who runs this process, for a grant's `granted_by`: the password database's name for the real
    /// user id (not `$USER`, which any caller can set), else `uid N`.
    static var userName: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid \(getuid())"
    }
}

/// The controlling terminal, for questions that must reach the person at it rather than whatever feeds
/// standard input.
enum Terminal {
    /// Writes `prompt` to `/dev/tty` and reads one line from it; nil without a terminal or at end of input.
    static func ask(_ prompt: String) -> String? {
        let descriptor = systemOpen("/dev/tty", O_RDWR | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { _ = close(descriptor) }
        _ = prompt.utf8CString.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count - 1) }
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while line.count < 256 {
            let count = systemRead(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return line.isEmpty ? nil : String(decoding: line, as: UTF8.self) }
            if byte == 0x0A { break }
            line.append(byte)
        }
        return String(decoding: line, as: UTF8.self).trimmingSpaces
    }
}

private extension String {
    var trimmingSpaces: String { String(drop(while: { $0 == " " || $0 == "\r" }).reversed().drop(while: { $0 == " " || $0 == "\r" }).reversed()) }
}

/// What the file system says about paths given on the command line.
enum FileSystem {
    enum Kind { case directory, regularFile, other, missing }

    /// The kind of `path`, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard path.withCString({ stat($0, &info) }) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        default: return .other
        }
    }

    /// The names in a directory (without `.` and `..`), each with whether it is a directory; a
    /// symbolic link to a directory counts as a file kind `other`, so a search never loops.
    static func entries(of directory: String) throws(SystemError) -> [(name: String, kind: Kind)] {
        guard let handle = directory.withCString({ opendir($0) }) else { throw .lastError() }
        defer { closedir(handle) }
        var result: [(String, Kind)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_REG): kind = .regularFile
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // A link to a file is read; a link to a directory is not followed.
                let target = self.kind(of: directory + "/" + name)
                kind = target == .directory && Int32(entry.pointee.d_type) == Int32(DT_LNK) ? .other : target
            default: kind = .other
            }
            result.append((name, kind))
        }
        return result
    }

    /// The working directory, for paths relative to it.
    static var currentDirectory: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }
}
