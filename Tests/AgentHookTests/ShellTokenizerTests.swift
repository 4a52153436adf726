import Testing
@testable import ShellCommands

/// The words of every command, in order, for compact expectations.
private func commands(_ source: String) throws -> [[String]] {
    try ShellTokenizer.parse(source).commands.map(\.arguments)
}

@Suite struct ShellTokenizerTests {
    @Test(arguments: [
        ("psql -c 'DROP TABLE t'", [["psql", "-c", "DROP TABLE t"]]),
        ("psql -c \"drop table users\"", [["psql", "-c", "drop table users"]]),
        ("psql -c drop\\ table", [["psql", "-c", "drop table"]]),
        ("echo 'a'\"b\"c", [["echo", "abc"]]),
        ("echo \"a \\\"q\\\" \\$x \\n\"", [["echo", "a \"q\" $x \\n"]]),
        ("echo $'a\\nb\\x41\\101\\''", [["echo", "a\nbAA'"]]),
        ("echo $'\\u00e9'", [["echo", "é"]]),
        ("a; b && c || d | e & f", [["a"], ["b"], ["c"], ["d"], ["e"], ["f"]]),
        ("a\nb\n\nc", [["a"], ["b"], ["c"]]),
        ("a # comment ; b\nc", [["a"], ["c"]]),
        ("echo a#b", [["echo", "a#b"]]),
        ("psql \\\n  -c x", [["psql", "-c", "x"]]),
        ("if true; then psql -c x; fi", [["true"], ["psql", "-c", "x"]]),
        ("while read l; do psql -c x; done", [["read", "l"], ["psql", "-c", "x"]]),
        ("{ echo a; echo b; }", [["echo", "a"], ["echo", "b"]]),
        ("(cd db && psql -f x.sql)", [["cd", "db"], ["psql", "-f", "x.sql"]]),
        ("for f in *.sql; do psql -f \"$f\"; done", [["f", "in", "*.sql"], ["psql", "-f", "$f"]]),
        ("case $x in a) psql -c y;; esac", [["$x", "in", "a"], ["psql", "-c", "y"]]),
        ("echo '' \"\"", [["echo", "", ""]]),
        ("echo }", [["echo", "}"]]),
        ("echo if", [["echo", "if"]]),
    ] as [(String, [[String]])])
    func words(source: String, expected: [[String]]) throws {
        #expect(try commands(source) == expected)
    }

    @Test func assignmentsBeforeTheCommand() throws {
        let command = try #require(ShellTokenizer.parse("PGHOST=db.prod PGUSER=\"admin\" psql -c x").commands.first)
        #expect(command.assignments.map(\.name) == ["PGHOST", "PGUSER"])
        #expect(command.assignments.map(\.value.text) == ["db.prod", "admin"])
        #expect(command.arguments == ["psql", "-c", "x"])
        let notAssignment = try #require(ShellTokenizer.parse("psql A=1").commands.first)
        #expect(notAssignment.assignments.isEmpty && notAssignment.arguments == ["psql", "A=1"])
        let onlyAssignment = try #require(ShellTokenizer.parse("X=1").commands.first)
        #expect(onlyAssignment.words.isEmpty && onlyAssignment.assignments.count == 1)
    }

    @Test(arguments: ["$SQL", "${SQL}", "${SQL:-x}", "$(cat f)", "`cat f`", "$((1+2))", "$1", "$@", "x$HOME", "\"$SQL\""])
    func expansionsAreUnknown(word: String) throws {
        let parsed = try #require(ShellTokenizer.parse("psql -c \(word)").commands.first)
        #expect(parsed.words[2].hasUnknownExpansion)
        #expect(!parsed.words[0].hasUnknownExpansion)
    }

    @Test(arguments: ["'$SQL'", "\\$SQL", "\"\\$SQL\"", "$", "'`x`'", "a$", "~/x"])
    func quotedDollarIsLiteral(word: String) throws {
        let parsed = try #require(ShellTokenizer.parse("psql -c \(word)").commands.first)
        #expect(!parsed.words[2].hasUnknownExpansion)
    }

    @Test func substitutionsAreParsed() throws {
        let word = try #require(ShellTokenizer.parse("echo $(psql -c 'DROP TABLE t' | tee x)").commands.first?.words[1])
        #expect(word.substitutions.first?.commands.map(\.arguments) == [["psql", "-c", "DROP TABLE t"], ["tee", "x"]])
        let backticks = try #require(ShellTokenizer.parse("echo `psql -c \\`y\\``").commands.first?.words[1])
        #expect(backticks.substitutions.first?.commands.first?.arguments.first == "psql")
        let nested = try #require(ShellTokenizer.parse("echo \"$(echo \"$(psql -c x)\")\"").commands.first?.words[1])
        #expect(nested.substitutions.first?.commands.first?.words[1].substitutions.first?.commands.first?.arguments == ["psql", "-c", "x"])
        let process = try #require(ShellTokenizer.parse("diff <(psql -c a) b").commands.first)
        #expect(process.words[1].substitutions.first?.commands.first?.arguments == ["psql", "-c", "a"])
        let inParens = try ShellTokenizer.parse("x=$( (psql -c a) )").commands.first
        #expect(inParens?.assignments.first?.value.substitutions.first?.commands.first?.arguments == ["psql", "-c", "a"])
    }

    @Test func pipelines() throws {
        let list = try ShellTokenizer.parse("echo 'DROP TABLE t' | psql; cat x |& psql -q")
        #expect(list.pipelines.count == 2)
        #expect(list.pipelines[0].commands.map(\.arguments) == [["echo", "DROP TABLE t"], ["psql"]])
        #expect(list.pipelines[1].commands.count == 2)
        let group = try ShellTokenizer.parse("{ echo a; } | psql")
        let last = try #require(group.pipelines.last)
        #expect(last.commands.count == 2 && last.commands[0].isEmpty && last.commands[1].arguments == ["psql"])
        let subshell = try #require(ShellTokenizer.parse("(echo a) | psql").pipelines.last)
        #expect(subshell.commands.count == 3 && subshell.commands[1].isEmpty)
    }

    @Test(arguments: [
        ("cmd > out", RedirectionOperator.output, nil as Int?, "out"),
        ("cmd >> out", .append, nil, "out"),
        ("cmd 2>&1", .duplicateOutput, 2, "1"),
        ("cmd 2> err", .output, 2, "err"),
        ("cmd < in.sql", .input, nil, "in.sql"),
        ("cmd <in.sql", .input, nil, "in.sql"),
        ("cmd &> all", .outputAndError, nil, "all"),
        ("cmd &>> all", .appendOutputAndError, nil, "all"),
        ("cmd >| f", .clobber, nil, "f"),
        ("cmd <> f", .readWrite, nil, "f"),
        ("cmd <<< 'DROP TABLE t'", .hereString, nil, "DROP TABLE t"),
        ("cmd 0<&3", .duplicateInput, 0, "3"),
    ] as [(String, RedirectionOperator, Int?, String)])
    func redirections(source: String, op: RedirectionOperator, descriptor: Int?, target: String) throws {
        let command = try #require(ShellTokenizer.parse(source).commands.first)
        #expect(command.arguments == ["cmd"])
        let redirection = try #require(command.redirections.first)
        #expect(redirection.op == op && redirection.descriptor == descriptor && redirection.target.text == target)
    }

    @Test func hereDocuments() throws {
        let quoted = try #require(ShellTokenizer.parse("psql <<'EOF'\nDROP TABLE $t;\nEOF\necho done").pipelines.first)
        let document = try #require(quoted.commands[0].redirections.first?.hereDocument)
        #expect(document.body == "DROP TABLE $t;\n" && !document.hasUnknownExpansion && document.terminated)
        let unquoted = try ShellTokenizer.parse("psql <<EOF\nDELETE FROM $t;\nEOF")
        #expect(unquoted.commands[0].redirections[0].hereDocument?.hasUnknownExpansion == true)
        let plain = try ShellTokenizer.parse("psql <<EOF\nSELECT 1;\nEOF")
        #expect(plain.commands[0].redirections[0].hereDocument?.hasUnknownExpansion == false)
        let tabs = try ShellTokenizer.parse("psql <<-END\n\tSELECT 1;\n\tEND\nls")
        #expect(tabs.commands[0].redirections[0].hereDocument?.body == "SELECT 1;\n")
        #expect(tabs.commands.map(\.arguments) == [["psql"], ["ls"]])
        let two = try ShellTokenizer.parse("cat <<A | psql <<B\na\nA\nb\nB")
        #expect(two.commands[0].redirections[0].hereDocument?.body == "a\n")
        #expect(two.commands[1].redirections[0].hereDocument?.body == "b\n")
        let never = try ShellTokenizer.parse("psql <<EOF\nDROP TABLE t;\n")
        #expect(never.commands[0].redirections[0].hereDocument?.terminated == false)
        #expect(never.commands[0].redirections[0].hereDocument?.body == "DROP TABLE t;\n")
        let inSubstitution = try ShellTokenizer.parse("x=$(psql <<EOF\nSELECT 1;\nEOF\n)")
        let inner = try #require(inSubstitution.commands.first?.assignments.first?.value.substitutions.first)
        #expect(inner.commands.first?.redirections.first?.hereDocument?.body == "SELECT 1;\n")
    }

    @Test(arguments: ["echo 'x", "echo \"x", "echo $(x", "echo `x", "echo ${x", "echo $((1", "cat >", "echo $'x"])
    func unterminatedIsAnError(source: String) {
        #expect(throws: ShellSyntaxError.self) { try ShellTokenizer.parse(source) }
    }

    @Test func boundedNesting() {
        let bomb = String(repeating: "$(", count: 5_000)
        #expect(throws: ShellSyntaxError.tooDeep(limit: 32)) { try ShellTokenizer.parse(bomb) }
        let arithmetic = "$" + String(repeating: "(", count: 100_000)
        #expect(throws: ShellSyntaxError.self) { try ShellTokenizer.parse(arithmetic) }
        let quotes = "echo " + String(repeating: "\"$(echo ", count: 10_000)
        #expect(throws: ShellSyntaxError.tooDeep(limit: 32)) { try ShellTokenizer.parse(quotes) }
        let backticks = "echo " + String(repeating: "`", count: 10_000)
        _ = try? ShellTokenizer.parse(backticks)
        let alternating = "echo " + String(repeating: "'\"'\"'\"", count: 10_000)
        #expect((try? ShellTokenizer.parse(alternating)) != nil)
    }

    @Test func sizeLimits() throws {
        let big = String(repeating: "a", count: 10 << 20)
        #expect(throws: ShellSyntaxError.tooLarge(bytes: 10 << 20, limit: 1 << 20)) { try ShellTokenizer.parse(big) }
        let manyWords = String(repeating: "a ", count: 200_000)
        #expect(throws: ShellSyntaxError.tooManyWords(limit: 100_000)) { try ShellTokenizer.parse(manyWords) }
        let almost = String(repeating: "x", count: (1 << 20) - 10)
        #expect(try ShellTokenizer.parse(almost).commands.count == 1)
    }

    @Test func invalidUTF8DoesNotCrash() throws {
        let list = try ShellTokenizer.parse(utf8: [0x70, 0x73, 0x71, 0x6C, 0x20, 0xFF, 0xFE, 0x00, 0x27, 0xC3, 0x27])
        #expect(list.commands.count == 1)
    }
}
