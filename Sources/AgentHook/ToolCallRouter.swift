/// Sends each kind of tool call to the analysis it needs: shell commands, file edits, MCP tools.
public struct ToolCallRouter: Sendable {
    public var protectedPaths: ProtectedPaths
    public var mcpTools: [HookMCPTool]
    public var home: String?

    public init(protectedPaths: ProtectedPaths, mcpTools: [HookMCPTool] = [], home: String?) {
        self.protectedPaths = protectedPaths
        self.mcpTools = mcpTools
        self.home = home
    }

    static let shellTools: Set<String> = ["Bash", "PowerShell", "run_shell_command", "shell", "bash", "powershell",
                                          "local_shell", "exec_command", "container.exec", "unified_exec", "terminal"]
    static let editTools: Set<String> = ["Edit", "Write", "MultiEdit", "NotebookEdit", "write_file", "replace", "edit",
                                         "create", "str_replace_editor", "str_replace_based_edit_tool", "apply_patch", "ApplyPatch"]

    public func analyze(_ event: HookEvent) -> ToolCallAnalysis {
        if Self.shellTools.contains(event.toolName) {
            return analyzeShell(event)
        }
        if Self.editTools.contains(event.toolName) || event.toolName.hasPrefix("mcp__") && event.toolName.lowercased().contains("write_file") {
            var analysis = ToolCallAnalysis()
            for path in editedPaths(event) {
                if let protected = protectedPaths.protects(path, cwd: event.cwd) {
                    analysis.protectedWrites.append("\(event.toolName) on \(protected)")
                }
            }
            return analysis
        }
        if let found = MCPTools.sql(tool: event.toolName, input: event.toolInput, configured: mcpTools) {
            var analysis = ToolCallAnalysis()
            let inputs: [SQLInput] = found.texts.isEmpty
                ? [.opaqueProgram(reason: "\(event.toolName) looks like a database tool but its SQL argument was not found")]
                : found.texts.map { .sql($0, origin: event.toolName) }
            analysis.actions.append(DatabaseAction(client: event.toolName, inputs: inputs))
            return analysis
        }
        return ToolCallAnalysis()
    }

    func analyzeShell(_ event: HookEvent) -> ToolCallAnalysis {
        let cwd = event.toolInput["dir_path"]?.string.flatMap { FileAccess.resolve($0, cwd: event.cwd, home: home) }
            ?? event.toolInput["workdir"]?.string ?? event.toolInput["cwd"]?.string ?? event.cwd
        switch event.toolInput["command"] {
        case .string(let command)?:
            return ShellAnalyzer.analyze(command, cwd: cwd, home: home, protectedPaths: protectedPaths)
        case .array(let words)?:
            return ShellAnalyzer.analyze(argv: words.compactMap(\.string), cwd: cwd, home: home, protectedPaths: protectedPaths)
        default:
            var analysis = ToolCallAnalysis()
            analysis.failure = "the shell tool call has no command"
            analysis.mayReachDatabase = DatabaseMention.mentionsDatabase(JSONWriter.write(event.toolInput))
            return analysis
        }
    }

    /// File paths an edit tool writes: `file_path`, `path`, `notebook_path`, or the files an `apply_patch` names.
    func editedPaths(_ event: HookEvent) -> [String] {
        var paths: [String] = []
        for key in ["file_path", "path", "notebook_path", "filePath", "target_file"] {
            if let path = event.toolInput[key]?.string { paths.append(path) }
        }
        if let edits = event.toolInput["edits"]?.array {
            paths += edits.compactMap { $0["file_path"]?.string ?? $0["path"]?.string }
        }
        let patch = event.toolInput["patch"]?.string ?? event.toolInput["input"]?.string ?? event.toolInput["command"]?.string
            ?? event.toolInput["command"]?.array?.compactMap(\.string).joined(separator: "\n")
        if let patch {
            for line in patch.split(separator: "\n") {
                for marker in ["*** Update File: ", "*** Add File: ", "*** Delete File: ", "*** Move to: ", "+++ b/", "--- a/", "+++ "] {
                    if line.hasPrefix(marker) { paths.append(String(line.dropFirst(marker.count)).trimmingSpaces) }
                }
            }
        }
        return paths
    }
}
