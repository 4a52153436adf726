import Glibc

/// Finds and reads the policy files (SPEC §6): system, user, the nearest project `.sqlrisk.toml`,
/// or only the file given with `--policy`.
extension Policy {
    /// A policy from one document (as `--policy` would read it), on top of the built-in default.
    public static func parse(_ text: String, file: String = "<policy>") throws(PolicyErrors) -> Policy {
        try PolicyLayering.merge([PolicyLayer.read(text, file: file, kind: .explicit)])
    }

    /// The layered policy. With `file` (`--policy FILE`), that file alone sits on the built-in default;
    /// otherwise `/etc/sqlrisk/policy.toml`, `$XDG_CONFIG_HOME/sqlrisk/policy.toml` (default
    /// `~/.config`), and the first `.sqlrisk.toml` found from `workingDirectory` upward, where they exist.
    /// A file that exists but cannot be read is an error, never skipped.
    public static func load(file: String? = nil, workingDirectory: String? = nil,
                            environment: [String: String]? = nil) throws(PolicyErrors) -> Policy {
        let candidates = file.map { [($0, PolicyLayer.Kind.explicit)] }
            ?? layerFiles(workingDirectory: workingDirectory ?? PolicyFiles.currentDirectory(), environment: environment)
        var layers: [PolicyLayer] = []
        var errors: [PolicyError] = []
        for (path, kind) in candidates {
            do {
                guard let text = try PolicyFiles.read(path, required: kind == .explicit) else { continue }
                layers.append(try PolicyLayer.read(text, file: path, kind: kind))
            } catch {
                errors += error.errors
            }
        }
        guard errors.isEmpty else { throw PolicyErrors(errors: errors) }
        return try PolicyLayering.merge(layers)
    }

    /// The files that would be layered, lowest first, whether or not they exist.
    public static func layerPaths(workingDirectory: String? = nil, environment: [String: String]? = nil) -> [String] {
        layerFiles(workingDirectory: workingDirectory ?? PolicyFiles.currentDirectory(), environment: environment).map(\.0)
    }

    static func layerFiles(workingDirectory: String, environment: [String: String]?) -> [(String, PolicyLayer.Kind)] {
        func variable(_ name: String) -> String? {
            let value = environment.map { $0[name] } ?? getenv(name).map { String(cString: $0) }
            return value.flatMap { $0.isEmpty ? nil : $0 }
        }
        var files: [(String, PolicyLayer.Kind)] = [("/etc/sqlrisk/policy.toml", .system)]
        if let config = variable("XDG_CONFIG_HOME") ?? variable("HOME").map({ $0 + "/.config" }) {
            files.append((config + "/sqlrisk/policy.toml", .user))
        }
        if let project = PolicyFiles.nearest(".sqlrisk.toml", from: workingDirectory) {
            files.append((project, .project))
        }
        return files
    }
}

/// File access for the loader, through Glibc (the library has no Foundation).
enum PolicyFiles {
    static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(cString: buffer)
    }

    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// The first `name` in `directory` or one of its parents.
    static func nearest(_ name: String, from directory: String) -> String? {
        var current = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + name
            if exists(candidate) { return candidate }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }

    /// The file's text; nil when it does not exist and is not `required`.
    static func read(_ path: String, required: Bool) throws(PolicyErrors) -> String? {
        func failure(_ what: String) -> PolicyErrors {
            PolicyErrors(errors: [PolicyError(source: PolicySource(file: path), keyPath: "", message: what)])
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT && !required { return nil }
            throw failure("cannot read the policy file: \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = Glibc.read(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure("cannot read the policy file: \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
            if bytes.count > 4 << 20 { throw failure("the policy file is larger than 4 MiB") }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw failure("the policy file is not valid UTF-8") }
        return text
    }
}
