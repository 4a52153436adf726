/// How much damage a statement could do, in increasing order (SPEC §1).
/// The raw values are the C ABI's `sqlrisk_level` constants and never change.
public enum RiskLevel: Int, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Reads only: changes no data, schema, privilege, guard setting or server state.
    case safe = 0
    /// Changes rows or state, bounded.
    case write = 1
    /// Additive or reversible DDL.
    case schema = 2
    /// Irreversible loss of data or objects.
    case destructive = 3
    /// Escapes the guardrails or the database itself, or cannot be known.
    case critical = 4

    public static func < (lhs: RiskLevel, rhs: RiskLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stable lower-case name used in JSON, on the command line and in the Corpus folders.
    public var name: String {
        switch self {
        case .safe: "safe"
        case .write: "write"
        case .schema: "schema"
        case .destructive: "destructive"
        case .critical: "critical"
        }
    }

    public var description: String { name }

    public init?(name: String) {
        guard let level = RiskLevel.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = level
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let level = RiskLevel(name: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown risk level \(text)")
        }
        self = level
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
