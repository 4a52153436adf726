import Testing
@testable import SQLRisk

/// `JSONWriter.string` copies runs of plain bytes in one append; every escape must still come out
/// exactly as RFC 8259 spells it, at the start, middle and end of a string and next to multi-byte UTF-8.
@Suite struct JSONWriterEscapeTests {
    /// The escape written out one scalar at a time, independently of the writer.
    private func expected(_ text: String) -> String {
        var out = "\""
        for byte in text.utf8 {
            switch byte {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0..<0x20:
                let digits = Array("0123456789abcdef")
                out += "\\u00" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
            default: out += String(UnicodeScalar(byte))  // ASCII only reaches here in these inputs
            }
        }
        return out + "\""
    }

    private func written(_ text: String) -> String {
        let writer = JSONWriter()
        writer.string(text)
        return writer.text
    }

    @Test func everyControlByteAndQuoteIsEscaped() {
        for byte in UInt8(0)..<0x20 {
            let control = String(UnicodeScalar(byte))
            for text in [control, "a" + control, control + "b", "a\(control)b\"c\\d"] {
                #expect(written(text) == expected(text), "byte \(byte)")
            }
        }
    }

    @Test func plainTextAndMultiByteUTF8PassThrough() {
        #expect(written("") == "\"\"")
        #expect(written("DROP TABLE users") == "\"DROP TABLE users\"")
        #expect(written("café \"ü\" 表\n") == "\"café \\\"ü\\\" 表\\n\"")
        let long = String(repeating: "SELECT 1 ", count: 500)
        #expect(written(long + "\\" + long) == "\"" + long + "\\\\" + long + "\"")
    }
}
