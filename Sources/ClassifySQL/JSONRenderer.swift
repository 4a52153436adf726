import SQLRisk

/// `--format json` and `--format jsonl`: the report of SPEC §2 with the input named in front of it:
/// `"input"` (the source), `"line"` (for `lines` and `jsonl` input) and `"id"` (a `jsonl` record's id,
/// as written).
struct JSONRenderer: ReportRenderer {
    enum Layout {
        /// One pretty-printed object: the invocation has exactly one input.
        case object
        /// A pretty-printed array, written element by element as reports arrive.
        case array
        /// One compact object per line.
        case lines
    }

    let output: BufferedOutput
    let layout: Layout
    private var written = 0

    init(output: BufferedOutput, layout: Layout) {
        self.output = output
        self.layout = layout
    }

    mutating func begin() {
        if layout == .array { output.write("[") }
    }

    mutating func render(_ report: Report, for input: Input) {
        write(Self.taggedJSON(report, for: input))
    }

    /// `{"input": ..., "line": ..., "error": "..."}` in place of the report an input could not have.
    mutating func renderUnreadable(_ failure: UnreadableInput) {
        let out = JSONWriter()
        out.object {
            out.member("input") { out.string(failure.name) }
            if let line = failure.line { out.member("line") { out.number(line) } }
            out.member("error") { out.string(failure.reason) }
        }
        write(out.text)
    }

    private mutating func write(_ json: String) {
        switch layout {
        case .object:
            output.write(PrettyJSON.format(json) + "\n")
        case .array:
            output.write(written == 0 ? "\n  " : ",\n  ")
            output.write(PrettyJSON.format(json, indentLevel: 1))
        case .lines:
            output.write(json + "\n")
        }
        written += 1
    }

    mutating func finish(_ tally: Tally) {
        if layout == .array { output.write(written == 0 ? "]\n" : "\n]\n") }
    }

    /// `{"input":...,"line":...,"id":...,"version":1,...}`: the input's fields spliced in front of the
    /// library's own report JSON, so the report part stays byte for byte what the library writes.
    static func taggedJSON(_ report: Report, for input: Input) -> String {
        let head = JSONWriter()
        head.object {
            head.member("input") { head.string(input.name) }
            if let line = input.line { head.member("line") { head.number(line) } }
            if let id = input.id { head.member("id") { head.raw(id) } }
        }
        return String(head.text.dropLast()) + "," + report.json.dropFirst()
    }
}
