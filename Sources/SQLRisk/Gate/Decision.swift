/// What a gate does with an input (SPEC §6): run it, ask a human first, or refuse it.
/// Ordered from the most to the least permissive, so the decision of several statements is the `max`.
public enum Decision: Int, Sendable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    case allow = 0
    case ask = 1
    case deny = 2

    public static func < (lhs: Decision, rhs: Decision) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stable lower-case name used in JSON, the audit log and every gate's answer.
    public var name: String {
        switch self {
        case .allow: "allow"
        case .ask: "ask"
        case .deny: "deny"
        }
    }

    public var description: String { name }

    public init?(name: String) {
        guard let decision = Decision.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = decision
    }
}

extension Decision {
    /// JSON carries the name (`"ask"`), as for levels.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let decision = Decision(name: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown decision \(text)")
        }
        self = decision
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
