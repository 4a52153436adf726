/// `classify-sql hook install --host H [--scope user|project] [--dry-run] [--command CMD]`.
enum HookInstaller {
    struct Request {
        var host: HookHost
        var scope: HookSettings.Scope = .user
        var dryRun = false
        var command: String?
        var home: String
        var cwd: String
    }

    static func parse(_ arguments: [String]) -> (request: Request?, error: String?) {
        var host: HookHost?
        var scope = HookSettings.Scope.user
        var dryRun = false
        var command: String?
        var position = 0
        while position < arguments.count {
            let argument = arguments[position]
            let next = position + 1 < arguments.count ? arguments[position + 1] : nil
            switch argument {
            case "--host":
                guard let name = next, let value = HookHost(rawValue: name) else { return (nil, "--host needs one of claude, gemini, codex, cursor, copilot") }
                host = value; position += 1
            case "--scope":
                guard let name = next, let value = HookSettings.Scope(rawValue: name) else { return (nil, "--scope needs user or project") }
                scope = value; position += 1
            case "--command":
                guard let value = next else { return (nil, "--command needs the command line to install") }
                command = value; position += 1
            case "--dry-run": dryRun = true
            default: return (nil, "unknown argument \(argument)")
            }
            position += 1
        }
        guard let host else { return (nil, "--host is required") }
        guard let home = FileAccess.environment("HOME"), let cwd = FileWriting.currentDirectory() else { return (nil, "HOME or the working directory is not known") }
        return (Request(host: host, scope: scope, dryRun: dryRun, command: command, home: home, cwd: cwd), nil)
    }

    static func main(_ arguments: [String]) -> Int32 {
        let parsed = parse(arguments)
        guard let request = parsed.request else { return HookRunner.usageError(parsed.error ?? "bad arguments") }
        do {
            let result = try install(request)
            HookRunner.writeAll(1, result)
            return 0
        } catch {
            HookRunner.writeAll(2, "classify-sql hook install: \(error.description)\n")
            return 2
        }
    }

    static func defaultCommand(host: HookHost) -> String {
        let executable = FileWriting.currentExecutable().map(ShellSingleQuote.quote) ?? "classify-sql"
        return "\(executable) hook --host \(host.rawValue)"
    }

    /// Merges the hook into the host's settings; returns what it did (or, with `dryRun`, what it would write).
    static func install(_ request: Request) throws(HookInstallError) -> String {
        let path = HookSettings.path(host: request.host, scope: request.scope, home: request.home, cwd: request.cwd)
        var existing: String?
        if FileAccess.exists(path) {
            switch FileAccess.readText(path) {
            case .text(let text): existing = text
            case .failure(let reason): throw HookInstallError(reason)
            }
        }
        let command = request.command ?? defaultCommand(host: request.host)
        let merged = try HookSettings.merged(host: request.host, existing: existing, command: command)
        if merged == existing { return "\(path): the hook is already installed\n" }
        if request.dryRun { return LineDiff.render(old: existing ?? "", new: merged, path: path) }
        try FileWriting.writeAtomically(merged, to: path)
        return "\(path): installed `\(command)`\n" + (request.host == .gemini ? "Gemini CLI: hooks must be enabled in its settings (see Documentation/Agent-Hook.md)\n" : "")
    }
}

/// A minimal unified-style diff for `--dry-run`: removed lines with `-`, added with `+`, common prefix and suffix skipped.
enum LineDiff {
    static func render(old: String, new: String, path: String) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var lines = ["--- \(path)", "+++ \(path) (after install)", "@@ line \(prefix + 1) @@"]
        lines += a[prefix..<(a.count - suffix)].map { "-" + $0 }
        lines += b[prefix..<(b.count - suffix)].map { "+" + $0 }
        return lines.joined(separator: "\n") + "\n"
    }
}
