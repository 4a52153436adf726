/// A POSIX shell tokenizer (placeholder until the hook issue lands).
public enum ShellTokenizer {}
