import SQLRisk
import ShellCommands

/// `classify-sql hook`: one pre-tool-use event in, the host's answer out (placeholder until the hook issue lands).
public enum HookRunner {}
