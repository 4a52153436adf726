import ShellCommands

/// Commands that run another command somewhere else: in a container, a pod or over SSH. Files named there
/// are not the hook's to read (`remote`), but standard input still flows through (`docker exec -i`).
enum ContainerCommands {
    static let execValueOptions: Set<String> = ["-e", "--env", "--env-file", "-u", "--user", "-w", "--workdir", "--detach-keys", "--index"]
    static let runValueOptions: Set<String> = execValueOptions.union([
        "-v", "--volume", "-p", "--publish", "--name", "--network", "--net", "--entrypoint", "-l", "--label", "--mount",
        "--add-host", "-h", "--hostname", "--link", "--platform", "--pull", "--restart", "--cpus", "-m", "--memory",
        "--cap-add", "--cap-drop", "--device", "--dns", "--group-add", "--ipc", "--pid", "--security-opt", "--tmpfs",
        "--ulimit", "--log-driver", "--log-opt", "--stop-signal", "--user", "--runtime", "--shm-size",
    ])

    static func environment(from options: [(String, ShellWord?)]) -> [String: ShellWord] {
        var environment: [String: ShellWord] = [:]
        for (name, value) in options where name == "-e" || name == "--env" {
            if let value, let assignment = CommandUnwrapper.assignment(value) { environment[assignment.name] = assignment.value }
        }
        return environment
    }

    /// `docker exec [opts] CONTAINER cmd…`, `docker run [opts] IMAGE cmd…`, `docker compose …`.
    static func unwrapDocker(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        let global = OptionScanner(valueOptions: ["-H", "--host", "-c", "--context", "--config", "-l", "--log-level"]).commandStart(in: arguments)
        guard let subcommand = global.rest.first?.text else { return .nothing }
        let rest = global.rest.dropFirst()
        switch subcommand {
        case "exec", "run", "create":
            let scan = OptionScanner(valueOptions: subcommand == "exec" ? execValueOptions : runValueOptions).commandStart(in: rest)
            guard !scan.rest.isEmpty else { return .nothing }
            return .command(scan.rest.dropFirst(), environment: environment(from: scan.options), remote: true, argumentsFromStandardInput: false)
        case "container":
            return unwrapDocker(rest)
        case "compose":
            return unwrapCompose(rest)
        default:
            return .nothing
        }
    }

    /// `docker compose [opts] exec|run [opts] SERVICE cmd…`.
    static func unwrapCompose(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        let global = OptionScanner(valueOptions: ["-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory"])
            .commandStart(in: arguments)
        guard let subcommand = global.rest.first?.text, subcommand == "exec" || subcommand == "run" else { return .nothing }
        let scan = OptionScanner(valueOptions: subcommand == "exec" ? execValueOptions : runValueOptions).commandStart(in: global.rest.dropFirst())
        guard !scan.rest.isEmpty else { return .nothing }
        return .command(scan.rest.dropFirst(), environment: environment(from: scan.options), remote: true, argumentsFromStandardInput: false)
    }

    /// `kubectl exec [opts] POD -- cmd…`.
    static func unwrapKubectl(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        guard arguments.contains(where: { $0.text == "exec" }) else { return .nothing }
        guard let dashes = arguments.firstIndex(where: { $0.text == "--" }) else { return .nothing }
        return .command(arguments[(dashes + 1)...], environment: [:], remote: true, argumentsFromStandardInput: false)
    }

    /// `ssh [opts] HOST cmd…`: the remote shell reads the words joined by spaces as one command line.
    static func unwrapSSH(_ arguments: ArraySlice<ShellWord>) -> Unwrapped {
        let scan = OptionScanner(valueOptions: ["-b", "-c", "-D", "-E", "-e", "-F", "-I", "-i", "-J", "-L", "-l", "-m", "-O",
                                                "-o", "-p", "-Q", "-R", "-S", "-W", "-w", "-B"]).commandStart(in: arguments)
        let command = scan.rest.dropFirst()
        guard !command.isEmpty else { return .nothing }
        let script = ShellWord(text: command.map(\.text).joined(separator: " "),
                               hasUnknownExpansion: command.contains(where: \.hasUnknownExpansion))
        return .script(script, remote: true)
    }
}
