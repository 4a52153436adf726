/// Booleans, integers, floats and dates: the bare values of TOML.
extension TOMLScanner {
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == 0x2B || byte == 0x2E || byte == 0x3A
    }

    /// The bare value at the cursor.
    mutating func bareValue() throws(TOMLError) -> TOMLValue {
        let start = position
        let from = offset
        while let byte = current, Self.isTokenByte(byte) { offset += 1 }
        // A date and a time may be separated by one space: `1979-05-27 07:32:00`.
        if offset - from == 10, current == 0x20, let a = peek(), let b = peek(2), peek(3) == 0x3A,
           Self.isDigit(a), Self.isDigit(b), Self.looksLikeDate(Array(bytes[from..<offset])) {
            offset += 1
            while let byte = current, Self.isTokenByte(byte) { offset += 1 }
        }
        let token = Array(bytes[from..<offset])
        guard !token.isEmpty else { throw error("expected a value, found \(describeCurrent())", at: start) }
        let text = String(decoding: token, as: UTF8.self)
        switch text {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if let dateTime = Self.dateTime(token) {
            return .dateTime(dateTime)
        }
        if token.count >= 5, Self.isDigit(token[0]), token.contains(0x3A) || token.count > 4 && token[4] == 0x2D && !token.contains(0x2E) {
            throw error("'\(text)' is not a valid date or time", at: start)
        }
        if let integer = try Self.integer(token, text: text, at: start) { return .integer(integer) }
        if let float = Self.float(token) { return .float(float) }
        if token.first.map({ Self.isDigit($0) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }) == true {
            throw error("'\(text)' is not a valid number", at: start)
        }
        throw error("expected a value (string, number, boolean, date, array or inline table), found '\(text)'; strings need quotes", at: start)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Digits with single underscores between them; nil otherwise.
    private static func digits(_ bytes: ArraySlice<UInt8>, valid: (UInt8) -> Bool) -> [UInt8]? {
        guard let first = bytes.first, let last = bytes.last, valid(first), valid(last) else { return nil }
        var out: [UInt8] = []
        var previousUnderscore = false
        for byte in bytes {
            if byte == 0x5F {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            guard valid(byte) else { return nil }
            previousUnderscore = false
            out.append(byte)
        }
        return out
    }

    private static func integer(_ token: [UInt8], text: String, at position: TOMLPosition) throws(TOMLError) -> Int64? {
        var body = token[...]
        var negative = false
        if body.first == 0x2B || body.first == 0x2D {
            negative = body.first == 0x2D
            body = body.dropFirst()
        }
        var radix = 10
        if body.count > 2, body.first == 0x30, [0x78, 0x6F, 0x62].contains(body[body.startIndex + 1]) {
            guard token.count == body.count else { throw TOMLError("'\(text)': a hex, octal or binary integer takes no sign", at: position) }
            radix = [0x78: 16, 0x6F: 8, 0x62: 2][body[body.startIndex + 1]]!
            body = body.dropFirst(2)
        }
        let valid: (UInt8) -> Bool = switch radix {
        case 16: { hexValue($0) != nil }
        case 8: { $0 >= 0x30 && $0 <= 0x37 }
        case 2: { $0 == 0x30 || $0 == 0x31 }
        default: { isDigit($0) }
        }
        guard let clean = digits(body, valid: valid) else { return nil }
        if radix == 10 && clean.count > 1 && clean[0] == 0x30 {
            throw TOMLError("'\(text)': an integer cannot have leading zeros", at: position)
        }
        var value: Int64 = 0
        for byte in clean {
            let digit = Int64(hexValue(byte)!)
            let (scaled, o1) = value.multipliedReportingOverflow(by: Int64(radix))
            let (sum, o2) = negative ? scaled.subtractingReportingOverflow(digit) : scaled.addingReportingOverflow(digit)
            if o1 || o2 { throw TOMLError("'\(text)' does not fit in a 64-bit integer", at: position) }
            value = sum
        }
        return value
    }

    private static func float(_ token: [UInt8]) -> Double? {
        var body = token[...]
        if body.first == 0x2B || body.first == 0x2D { body = body.dropFirst() }
        let exponentAt = body.firstIndex { $0 == 0x65 || $0 == 0x45 }
        let mantissa = exponentAt.map { body[..<$0] } ?? body
        let dot = mantissa.firstIndex(of: 0x2E)
        let whole = dot.map { mantissa[..<$0] } ?? mantissa
        guard let wholeDigits = digits(whole, valid: isDigit) else { return nil }
        if wholeDigits.count > 1 && wholeDigits[0] == 0x30 { return nil }
        if let dot, digits(mantissa[(dot + 1)...], valid: isDigit) == nil { return nil }
        if let exponentAt {
            var exponent = body[(exponentAt + 1)...]
            if exponent.first == 0x2B || exponent.first == 0x2D { exponent = exponent.dropFirst() }
            if digits(exponent, valid: isDigit) == nil { return nil }
        }
        guard dot != nil || exponentAt != nil else { return nil }
        return Double(String(decoding: token.filter { $0 != 0x5F }, as: UTF8.self))
    }

    // MARK: Dates and times

    private static func looksLikeDate(_ token: [UInt8]) -> Bool {
        token.count >= 10 && token[4] == 0x2D && token[7] == 0x2D && [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { isDigit(token[$0]) }
    }

    private static func number(_ token: [UInt8], _ range: Range<Int>) -> Int? {
        guard range.upperBound <= token.count else { return nil }
        var value = 0
        for i in range {
            guard isDigit(token[i]) else { return nil }
            value = value * 10 + Int(token[i] - 0x30)
        }
        return value
    }

    /// A date, time, local or offset date-time (RFC 3339 as TOML 1.0 allows it); nil if not one.
    static func dateTime(_ token: [UInt8]) -> TOMLDateTime? {
        var result = TOMLDateTime()
        var rest = 0
        if looksLikeDate(token) {
            guard let year = number(token, 0..<4), let month = number(token, 5..<7), let day = number(token, 8..<10),
                  (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
            result.date = .init(year: year, month: month, day: day)
            rest = 10
            if rest == token.count { return result }
            guard [0x54, 0x74, 0x20].contains(token[rest]) else { return nil }
            rest += 1
        }
        guard let hour = number(token, rest..<rest + 2), rest + 2 < token.count, token[rest + 2] == 0x3A,
              let minute = number(token, rest + 3..<rest + 5), rest + 5 < token.count, token[rest + 5] == 0x3A,
              let second = number(token, rest + 6..<rest + 8), hour < 24, minute < 60, second < 60 else { return nil }
        rest += 8
        var nanosecond = 0
        if rest < token.count, token[rest] == 0x2E {
            rest += 1
            var count = 0
            while rest < token.count, isDigit(token[rest]) {
                if count < 9 { nanosecond = nanosecond * 10 + Int(token[rest] - 0x30) }
                count += 1
                rest += 1
            }
            guard count > 0 else { return nil }
            for _ in count..<max(count, 9) { nanosecond *= 10 }
        }
        result.time = .init(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
        if rest == token.count { return result }
        guard result.date != nil else { return nil }
        if token[rest] == 0x5A || token[rest] == 0x7A, rest + 1 == token.count {
            result.offsetMinutes = 0
            return result
        }
        guard token.count == rest + 6, token[rest] == 0x2B || token[rest] == 0x2D, token[rest + 3] == 0x3A,
              let offsetHours = number(token, rest + 1..<rest + 3), let offsetMinutes = number(token, rest + 4..<rest + 6),
              offsetHours < 24, offsetMinutes < 60 else { return nil }
        result.offsetMinutes = (token[rest] == 0x2D ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
        return result
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
