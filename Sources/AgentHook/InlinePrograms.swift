import ShellCommands

/// Interpreters given a program inline (`python -c`, `node -e` …) or as a short script: the hook cannot
/// read what that program sends, so one that names a PostgreSQL driver or `DATABASE_URL` is `ask`.
enum InlinePrograms {
    /// The option that carries inline code, per interpreter.
    static func inlineOptions(_ program: String) -> Set<String>? {
        if program.hasPrefix("python") || program == "pypy" || program == "pypy3" || program == "uv" { return ["-c"] }
        switch program {
        case "node", "nodejs", "bun": return ["-e", "--eval", "-p", "--print"]
        case "ruby", "perl", "jruby": return ["-e", "-E"]
        case "php": return ["-r"]
        case "deno": return ["eval"]
        case "irb", "rails", "tsx", "ts-node": return ["-e", "runner"]
        default: return nil
        }
    }

    static let driverMarkers = ["psycopg", "asyncpg", "pg8000", "sqlalchemy", "create_engine", "django.db", "peewee",
                                "require('pg')", "require(\"pg\")", "from 'pg'", "from \"pg\"", "pg-promise", "postgres(",
                                "pg.pool", "pg.client", "new client(", "knex", "prisma", "sequelize", "typeorm", "drizzle",
                                "sequel.connect", "pg.connect", "activerecord", "dbi->connect", "dbd::pg", "database_url",
                                "postgres://", "postgresql://", "libpq", "pgx", "jdbc:postgresql"]

    static func mentionsDriver(_ code: String) -> Bool {
        let lowered = code.lowercased()
        return driverMarkers.contains { lowered.contains($0) }
    }

    static func action(program: String, arguments: ArraySlice<ShellWord>, analyzer: ShellAnalyzer, context: ShellContext) -> DatabaseAction? {
        guard let options = inlineOptions(program) else { return nil }
        var code: [String] = []
        var position = arguments.startIndex
        var script: ShellWord?
        while position < arguments.endIndex {
            let word = arguments[position]
            if options.contains(word.text), position + 1 < arguments.endIndex {
                code.append(arguments[position + 1].text)
                position += 2
                continue
            }
            if let option = options.first(where: { $0.hasPrefix("-") && $0.count == 2 && word.text.hasPrefix($0) && word.text.count > 2 }) {
                code.append(String(word.text.dropFirst(option.count)))
            } else if script == nil, !word.text.hasPrefix("-"), code.isEmpty {
                script = word
            }
            position += 1
        }
        if code.isEmpty, let script, script.text.contains(".") {
            // `python migrate.py`: a short local script is read for the same markers.
            if case .text(let text, _) = analyzer.read(file: script, context: context) { code.append(text) }
        }
        if code.isEmpty, script == nil || script?.text == "-", case .text(let text, _) = context.inheritedInput {
            code.append(text)  // `python3 - <<'EOF' … EOF`
        }
        guard code.contains(where: mentionsDriver) else { return nil }
        return DatabaseAction(client: "\(program) (inline program)", inputs: [
            .opaqueProgram(reason: "\(program) runs a program that talks to PostgreSQL; the hook cannot see which SQL it sends"),
        ])
    }
}
