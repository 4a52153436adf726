/// The relations a statement recognized by the prefilter reads: the name tokens its grammar saw in
/// FROM and `TABLE`, and the CTE names that hide relations of the same name. Spelled exactly as
/// `ObjectAccess` spells them from the parse tree (`PrefilterSoundnessTests` compares the reports).
enum PrefilterNames {
    enum Role: UInt8 {
        /// The first part of a relation's (possibly qualified) name.
        case first
        /// A later part of the same name.
        case next
        /// The name a CTE defines.
        case commonTableExpression
    }

    struct Part {
        var start: UInt32
        var end: UInt32
        var quoted: Bool
        var role: Role
    }

    /// The `reads` of one statement, sorted.
    static func reads(_ parts: [Part], in sql: UnsafeBufferPointer<UInt8>) -> [String] {
        guard !parts.isEmpty else { return [] }
        var names: [(name: [String], bare: Bool)] = []
        var commonTableExpressions = Set<String>()
        for part in parts {
            let identifier = self.identifier(part, in: sql)
            switch part.role {
            case .first: names.append(([identifier], true))
            case .next:
                names[names.count - 1].name.append(identifier)
                names[names.count - 1].bare = false
            case .commonTableExpression: commonTableExpressions.insert(identifier)
            }
        }
        let relations = names.filter { !($0.bare && commonTableExpressions.contains($0.name[0])) }.map { QuotedName.qualified($0.name) }
        return ObjectAccess.sortedUnique(relations)
    }

    /// The identifier a token stands for: a quoted one without its quotes and with `""` undoubled,
    /// an unquoted one folded to lower case (ASCII only, as PostgreSQL does for UTF-8); both cut to
    /// PostgreSQL's 63 bytes.
    private static func identifier(_ part: Part, in sql: UnsafeBufferPointer<UInt8>) -> String {
        var bytes: [UInt8] = []
        if part.quoted {
            var i = Int(part.start) + 1
            let end = Int(part.end) - 1
            while i < end {
                bytes.append(sql[i])
                i += sql[i] == UInt8(ascii: "\"") ? 2 : 1
            }
        } else {
            bytes = sql[Int(part.start)..<Int(part.end)].map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        }
        return String(decoding: QuotedName.truncated(bytes), as: UTF8.self)
    }
}

extension PrefilterParser {
    @inline(__always) mutating func recordName(_ role: PrefilterNames.Role) {
        recordName(token, role)
    }

    @inline(__always) mutating func recordName(_ token: Token, _ role: PrefilterNames.Role) {
        names.append(PrefilterNames.Part(start: UInt32(truncatingIfNeeded: token.start), end: UInt32(truncatingIfNeeded: token.end),
                                         quoted: token.kind == .quotedIdentifier, role: role))
    }
}
