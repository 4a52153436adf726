/// Directory arguments: every `*.sql` file below the directory, recursively, in sorted path order
/// (byte order of the whole path, so the order never depends on the file system). Symbolic links to
/// files are read; links to directories are not followed, so a search always ends.
enum SQLFileSearch {
    /// The sources of one command-line path: the file itself, or the `*.sql` files under a directory.
    /// A directory that cannot be listed is one unreadable source, reported like an unreadable file.
    static func sources(forPath path: String) -> [InputSource] {
        guard FileSystem.kind(of: path) == .directory else { return [.file(path: path)] }
        var files: [String] = []
        var failures: [InputSource] = []
        var pending = [path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path]
        while let directory = pending.popLast() {
            do throws(SystemError) {
                for entry in try FileSystem.entries(of: directory) {
                    let child = directory + "/" + entry.name
                    switch entry.kind {
                    case .directory: pending.append(child)
                    case .regularFile where entry.name.hasSuffix(".sql"): files.append(child)
                    default: break
                    }
                }
            } catch {
                failures.append(.unlisted(path: directory, reason: error.description))
            }
        }
        let sorted = files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { InputSource.file(path: $0) }
        return failures + sorted
    }
}
