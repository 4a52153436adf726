#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writing settings files for `hook install`: parent directories made, then an atomic rename.
enum FileWriting {
    static func makeDirectories(_ path: String) -> Bool {
        var current = ""
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    static func writeAtomically(_ text: String, to path: String) throws(HookInstallError) {
        let directory = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard directory.isEmpty || makeDirectories(directory) else {
            throw HookInstallError("cannot create \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = path + ".sqlrisk-\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw HookInstallError("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let complete = FileAccess.writeAll(descriptor, Array(text.utf8))
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard complete, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw HookInstallError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The running executable, so the installed command does not depend on `PATH`.
    static func currentExecutable() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func currentDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }
}

/// Runs `/bin/sh -c COMMAND` with `input` on its standard input, for `hook doctor`: the command exactly as
/// the host would run it.
enum ShellRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    static func run(_ command: String, input: [UInt8], cwd: String?) -> Result? {
        var stdinPipe: [Int32] = [0, 0], stdoutPipe: [Int32] = [0, 0], stderrPipe: [Int32] = [0, 0]
        guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else { return nil }
        let child = fork()
        if child < 0 { return nil }
        if child == 0 {
            dup2(stdinPipe[0], 0); dup2(stdoutPipe[1], 1); dup2(stderrPipe[1], 2)
            for fd in stdinPipe + stdoutPipe + stderrPipe { close(fd) }
            if let cwd { _ = chdir(cwd) }
            let words: [String] = ["/bin/sh", "-c", command]
            let arguments: [UnsafeMutablePointer<CChar>?] = words.map { word in word.withCString { strdup($0) } } + [nil]
            execv("/bin/sh", arguments)
            _exit(127)
        }
        close(stdinPipe[0]); close(stdoutPipe[1]); close(stderrPipe[1])
        FileAccess.writeAll(stdinPipe[1], input)
        close(stdinPipe[1])
        let output = drain(stdoutPipe[0])
        let error = drain(stderrPipe[0])
        var status: Int32 = 0
        waitpid(child, &status, 0)
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exit, output: output, error: error)
    }

    static func drain(_ descriptor: Int32) -> String {
        defer { close(descriptor) }
        return String(decoding: FileAccess.readAll(descriptor), as: UTF8.self)
    }
}
