import Testing
@testable import SQLRisk

@Suite("TOML parser")
struct TOMLParserTests {
    private func value(_ document: String, _ path: String...) throws -> TOMLValue? {
        var table = try TOMLParser.parse(document)
        for (index, key) in path.enumerated() {
            guard let entry = table[key] else { return nil }
            if index == path.count - 1 { return entry.node.value }
            guard case .table(let inner) = entry.node.value else { return nil }
            table = inner
        }
        return nil
    }

    @Test("strings: basic, literal, multi-line, escapes")
    func strings() throws {
        #expect(try value(#"a = "tab\there \u00E9 \U0001F600 \"q\" \\""#, "a") == .string("tab\there é 😀 \"q\" \\"))
        #expect(try value(#"a = 'C:\no\escape'"#, "a") == .string(#"C:\no\escape"#))
        #expect(try value("a = \"\"\"\nline1\nline2\"\"\"", "a") == .string("line1\nline2"))
        #expect(try value("a = \"\"\"one \\\n     two\"\"\"", "a") == .string("one two"))
        #expect(try value("a = '''\nraw \\n ''quoted'''''", "a") == .string("raw \\n ''quoted''"))
        #expect(try value("a = \"\"\"x\"\"\"\"\"", "a") == .string("x\"\""))
        #expect(try value("a = \"\"", "a") == .string(""))
    }

    @Test("numbers and booleans")
    func numbers() throws {
        #expect(try value("a = 1_000", "a") == .integer(1000))
        #expect(try value("a = -17", "a") == .integer(-17))
        #expect(try value("a = +0", "a") == .integer(0))
        #expect(try value("a = 0xDEAD_beef", "a") == .integer(0xDEADBEEF))
        #expect(try value("a = 0o755", "a") == .integer(0o755))
        #expect(try value("a = 0b1101", "a") == .integer(13))
        #expect(try value("a = -9223372036854775808", "a") == .integer(.min))
        #expect(try value("a = 3.5e-2", "a") == .float(0.035))
        #expect(try value("a = 1e6", "a") == .float(1_000_000))
        #expect(try value("a = -inf", "a") == .float(-.infinity))
        #expect(try value("a = true", "a") == .boolean(true))
        #expect(try value("a = false", "a") == .boolean(false))
    }

    @Test("dates and times of all four kinds")
    func dates() throws {
        #expect(try value("a = 2027-06-30", "a").map { "\($0)" } == "\(TOMLValue.dateTime(TOMLDateTime(date: .init(year: 2027, month: 6, day: 30))))")
        guard case .dateTime(let offset)? = try value("a = 1979-05-27T00:32:00.999999-07:00", "a") else { Issue.record("no date"); return }
        #expect(offset.description == "1979-05-27T00:32:00.999999-07:00")
        guard case .dateTime(let spaced)? = try value("a = 1979-05-27 07:32:00Z", "a") else { Issue.record("no date"); return }
        #expect(spaced.description == "1979-05-27T07:32:00Z")
        guard case .dateTime(let local)? = try value("a = 07:32:00", "a") else { Issue.record("no time"); return }
        #expect(local.date == nil && local.time?.hour == 7)
        guard case .dateTime(let leap)? = try value("a = 2024-02-29", "a") else { Issue.record("no date"); return }
        #expect(leap.date?.day == 29)
    }

    @Test("tables, dotted keys, inline tables, arrays of tables")
    func structure() throws {
        let document = """
        # comment
        version = 1
        [profile.dev]   # trailing comment
        ask = "destructive"
        limits.max = 3
        [profile."prod env"]
        protected = [ "a",  # inside
          "b", ]
        [[allow]]
        rule = "x"
        [[allow]]
        rule = "y"
        point = { x = 1, y.z = 2 }
        """
        let table = try TOMLParser.parse(document)
        #expect(table.entries.map(\.key) == ["version", "profile", "allow"])
        #expect(try value(document, "profile", "dev", "limits", "max") == .integer(3))
        #expect(try value(document, "profile", "prod env", "protected").map { "\($0)" }?.contains("\"b\"") == true)
        guard case .array(let allows)? = table["allow"]?.node.value else { Issue.record("no array"); return }
        #expect(allows.count == 2)
        #expect(allows[1].position == TOMLPosition(line: 11, column: 1))
        guard case .table(let second) = allows[1].value, case .table(let point)? = second["point"]?.node.value else { Issue.record("no table"); return }
        #expect(point["x"]?.node.value == .integer(1))
        #expect(second["point"]?.keyPosition == TOMLPosition(line: 13, column: 1))
    }

    @Test("positions of keys and values count Unicode scalars")
    func positions() throws {
        let table = try TOMLParser.parse("\n[t]\n\"é\" = \"ü\"   \n  key   = 42\r\n")
        guard case .table(let t)? = table["t"]?.node.value else { Issue.record("no table"); return }
        #expect(t["é"]?.keyPosition == TOMLPosition(line: 3, column: 1))
        #expect(t["é"]?.node.position == TOMLPosition(line: 3, column: 7))
        #expect(t["key"]?.keyPosition == TOMLPosition(line: 4, column: 3))
        #expect(t["key"]?.node.position == TOMLPosition(line: 4, column: 11))
    }

    @Test("implicit tables may be defined once later; sub-tables of dotted tables by header")
    func allowedRedefinitions() throws {
        _ = try TOMLParser.parse("[a.b]\nx = 1\n[a]\ny = 2\n")
        _ = try TOMLParser.parse("[fruit]\napple.color = 'red'\n[fruit.apple.texture]\nsmooth = true\n")
        _ = try TOMLParser.parse("[[a]]\n[a.b]\n[[a]]\n[a.b]\n")
    }

    static let invalid: [(document: String, message: String, line: Int, column: Int)] = [
        ("a = 1\na = 2", "duplicate key 'a'", 2, 1),
        ("[t]\n[t]", "table [t] is defined twice", 2, 2),
        ("a = {x = 1}\n[a]", "table [a] is defined twice", 2, 2),
        ("[a]\nb.c = 1\n[a.b]", "table [a.b] is defined twice", 3, 4),
        ("a = [1]\n[[a]]", "'a' is already defined and is not an array of tables", 2, 3),
        ("a = {x = 1}\na.y = 2", "'a' is already defined; dotted keys cannot extend it", 2, 1),
        ("a = \"open", "unterminated string", 1, 10),
        ("a = \"bad \\q\"", "unknown escape sequence \\q", 1, 10),
        ("a = 01", "'01': an integer cannot have leading zeros", 1, 5),
        ("a = 1__0", "'1__0' is not a valid number", 1, 5),
        ("a = 2027-02-30", "'2027-02-30' is not a valid date or time", 1, 5),
        ("a = 2027-06-30T25:00:00", "'2027-06-30T25:00:00' is not a valid date or time", 1, 5),
        ("a = yes", "expected a value (string, number, boolean, date, array or inline table), found 'yes'; strings need quotes", 1, 5),
        ("a =", "expected a value after '='", 1, 4),
        ("a = 1 b = 2", "expected the end of the line, found 'b'", 1, 7),
        ("a = {x = 1,}", "an inline table cannot end with a trailing comma", 1, 12),
        ("a = {x = 1\n}", "expected ',' or '}' in an inline table, found the end of the line; inline tables stay on one line", 1, 11),
        ("a = [1 2]", "expected ',' or ']' in an array, found '2'", 1, 8),
        ("[t\nx = 1", "expected ']' to close the table header, found the end of the line", 1, 3),
        ("= 1", "expected a key, found '='", 1, 1),
        ("key", "expected '=' after the key 'key', found the end of the document", 1, 4),
        ("a = 0x-1", "'0x-1' is not a valid number", 1, 5),
        ("a = 99999999999999999999", "'99999999999999999999' does not fit in a 64-bit integer", 1, 5),
        ("a = \"\u{01}\"", "control character in a string; write it as an escape such as \\u001F", 1, 6),
        ("a = '''x''''''", "too many quotes at the end of a multi-line literal string", 1, 9),
    ]

    @Test("invalid documents are errors with line and column", arguments: invalid)
    func invalidDocuments(_ example: (document: String, message: String, line: Int, column: Int)) {
        #expect(throws: TOMLError(example.message, at: TOMLPosition(line: example.line, column: example.column))) {
            _ = try TOMLParser.parse(example.document)
        }
    }
}
