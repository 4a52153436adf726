import SQLRisk

/// Builds the Gate the hook decides with. A policy file that exists but cannot be read is an error, and
/// the hook then denies every database action with the reason (SPEC §6: never fall back to allowing).
///
/// The policy issue's TOML reader, approval store and audit log plug in here, in this one function.
public enum HookPolicyLoader {
    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func layeredPaths(cwd: String?, home: String?, configHome: String?) -> [String] {
        var paths = ["/etc/sqlrisk/policy.toml"]
        if let config = configHome ?? home.map({ $0 + "/.config" }) { paths.append(config + "/sqlrisk/policy.toml") }
        if let cwd, cwd.hasPrefix("/") {
            // The project file, searched upward from the working directory.
            var directory = FileAccess.normalize(cwd)
            while true {
                let candidate = (directory == "/" ? "" : directory) + "/.sqlrisk.toml"
                if FileAccess.exists(candidate) { paths.append(candidate); break }
                if directory == "/" { break }
                directory = String(directory[..<(directory.lastIndex(of: "/") ?? directory.startIndex)])
                if directory.isEmpty { directory = "/" }
            }
        }
        return paths
    }

    public static func load(policyPath: String?, cwd: String?, home: String?, configHome: String?) throws(LoadError) -> Gate {
        var files = layeredPaths(cwd: cwd, home: home, configHome: configHome).filter(FileAccess.exists)
        if let policyPath {
            guard let resolved = FileAccess.resolve(policyPath, cwd: cwd, home: home) else {
                throw LoadError(description: "policy \(policyPath) is relative and the working directory is not known")
            }
            files.append(resolved)
        }
        for file in files {
            if case .failure(let reason) = FileAccess.readText(file) {
                throw LoadError(description: "policy file cannot be read: \(reason)")
            }
        }
        return Gate(policy: .builtInDefault)
    }
}
