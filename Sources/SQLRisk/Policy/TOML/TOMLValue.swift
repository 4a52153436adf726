/// A place in a TOML document: 1-based line, and column in Unicode scalars.
public struct TOMLPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TOMLPosition, rhs: TOMLPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A TOML date, time, or both, with an optional UTC offset (TOML 1.0's four kinds).
public struct TOMLDateTime: Sendable, Hashable, CustomStringConvertible {
    public struct Date: Sendable, Hashable {
        public var year, month, day: Int
        public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }
    }

    public struct Time: Sendable, Hashable {
        public var hour, minute, second, nanosecond: Int
        public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
            self.hour = hour
            self.minute = minute
            self.second = second
            self.nanosecond = nanosecond
        }
    }

    public var date: Date?
    public var time: Time?
    /// Minutes east of UTC; nil for a local date, time or date-time.
    public var offsetMinutes: Int?

    public init(date: Date? = nil, time: Time? = nil, offsetMinutes: Int? = nil) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    public var description: String {
        var text = ""
        if let date { text += pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2) }
        if let time {
            if date != nil { text += "T" }
            text += pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
            if time.nanosecond > 0 {
                var fraction = pad(time.nanosecond, 9)
                while fraction.hasSuffix("0") { fraction.removeLast() }
                text += "." + fraction
            }
        }
        if let offsetMinutes {
            if offsetMinutes == 0 { text += "Z" } else {
                let sign = offsetMinutes < 0 ? "-" : "+", minutes = abs(offsetMinutes)
                text += sign + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
            }
        }
        return text
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// A parsed TOML value. Every value and every key of a table carries its position, so that a
/// reader of the document can point at the exact place of a mistake.
public indirect enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int64)
    case float(Double)
    case boolean(Bool)
    case dateTime(TOMLDateTime)
    case array([TOMLNode])
    case table(TOMLTable)

    /// The TOML type name used in error messages.
    public var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .dateTime: "date-time"
        case .array: "array"
        case .table: "table"
        }
    }
}

/// A value with the position where it starts.
public struct TOMLNode: Sendable, Equatable {
    public var value: TOMLValue
    public var position: TOMLPosition

    public init(_ value: TOMLValue, at position: TOMLPosition) {
        self.value = value
        self.position = position
    }
}

/// A table's member: its key (the last segment, as written after unescaping), where that key was
/// written, and the value.
public struct TOMLEntry: Sendable, Equatable {
    public var key: String
    public var keyPosition: TOMLPosition
    public var node: TOMLNode
}

/// A TOML table: members in document order.
public struct TOMLTable: Sendable, Equatable {
    public var entries: [TOMLEntry]

    public init(entries: [TOMLEntry] = []) {
        self.entries = entries
    }

    public subscript(key: String) -> TOMLEntry? {
        entries.first { $0.key == key }
    }
}

/// A document that is not valid TOML 1.0: what is wrong, and where.
public struct TOMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var position: TOMLPosition

    public init(_ message: String, at position: TOMLPosition) {
        self.message = message
        self.position = position
    }

    public var description: String { "\(position): \(message)" }
}
