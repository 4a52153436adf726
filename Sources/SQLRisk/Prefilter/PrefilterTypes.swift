/// Type names (after `::` and in CAST) and window specifications (after OVER).
extension PrefilterParser {
    /// A type name with optional array bounds: `int`, `varchar(20)`, `numeric(10, 2)`,
    /// `timestamp with time zone`, `double precision`, `pg_catalog.int4`, `text[]`.
    mutating func typeName() -> Bool {
        guard simpleTypeName() else { return false }
        while accept(.leftBracket) {
            if token.kind == .number {
                guard integer() else { return false }
            }
            guard expect(.rightBracket) else { return false }
        }
        return true
    }

    private mutating func simpleTypeName() -> Bool {
        if token.kind == .quotedIdentifier { return genericTypeName() }
        guard token.kind == .word else { return false }
        switch token.info.keyword {
        case .int, .integer, .smallint, .bigint, .real, .boolean:
            advance()
            return true
        case .double:
            advance()
            return expect(.precision)
        case .float:
            advance()
            return optionalLength()
        case .decimal, .dec, .numeric:
            advance()
            guard accept(.leftParen) else { return true }
            guard integer() else { return false }
            if accept(.comma) {
                guard integer() else { return false }
            }
            return expect(.rightParen)
        case .character, .char, .bit:
            advance()
            _ = accept(.varying)
            return optionalLength()
        case .varchar:
            advance()
            return optionalLength()
        case .timestamp, .time:
            advance()
            return optionalLength() && optionalTimeZone()
        case .interval:
            advance()
            return optionalLength()
        default:
            guard token.info.category.rawValue <= KeywordCategory.unreserved.rawValue else { return false }
            return genericTypeName()
        }
    }

    /// `name`, `schema.name`, with optional integer modifiers `(n, ...)`.
    private mutating func genericTypeName() -> Bool {
        advance()
        if accept(.dot) {
            guard atColumnName else { return false }
            advance()
        }
        guard accept(.leftParen) else { return true }
        repeat {
            guard integer() else { return false }
        } while accept(.comma)
        return expect(.rightParen)
    }

    private mutating func optionalLength() -> Bool {
        guard accept(.leftParen) else { return true }
        return integer() && expect(.rightParen)
    }

    /// `WITH TIME ZONE` or `WITHOUT TIME ZONE`, or nothing.
    mutating func optionalTimeZone() -> Bool {
        if at(.withLA) || at(.without), next.keyword == .time {
            advance()
            advance()
            return expect(.zone)
        }
        return true
    }

    /// An integer constant PostgreSQL reads as ICONST (digits only, small enough for an int4).
    mutating func integer() -> Bool {
        guard token.kind == .number, token.end - token.start <= 9 else { return false }
        for i in token.start..<token.end where classes[Int(base[i])] & CharacterClass.digit == 0 { return false }
        advance()
        return true
    }

    // MARK: Windows

    /// `(PARTITION BY ... ORDER BY ... frame)` after OVER; a named window is left to the parser.
    mutating func windowSpecification() -> Bool {
        guard expect(.leftParen) else { return false }
        if accept(.partition) {
            guard expect(.by), expressionList() else { return false }
        }
        if accept(.order) {
            guard expect(.by), sortList() else { return false }
        }
        if at(.rows) || at(.range) || at(.groups) {
            advance()
            guard frameExtent(), frameExclusion() else { return false }
        }
        return expect(.rightParen)
    }

    private enum FrameBound { case unboundedPreceding, unboundedFollowing, currentRow, offsetPreceding, offsetFollowing }

    /// A frame's bounds, with the combinations gram.y itself rejects refused here too.
    private mutating func frameExtent() -> Bool {
        if accept(.between) {
            guard let start = frameBound(), expect(.and), let end = frameBound() else { return false }
            switch (start, end) {
            case (.unboundedFollowing, _), (_, .unboundedPreceding), (.currentRow, .offsetPreceding),
                 (.offsetFollowing, .offsetPreceding), (.offsetFollowing, .currentRow):
                return false
            default:
                return true
            }
        }
        guard let start = frameBound() else { return false }
        return start != .unboundedFollowing && start != .offsetFollowing
    }

    /// `EXCLUDE CURRENT ROW | GROUP | TIES | NO OTHERS`, or nothing.
    private mutating func frameExclusion() -> Bool {
        guard accept(.exclude) else { return true }
        if accept(.current) { return expect(.row) }
        if accept(.no) { return expect(.others) }
        return accept(.group) || accept(.ties)
    }

    private mutating func frameBound() -> FrameBound? {
        if at(.unbounded) {
            advance()
            if accept(.preceding) { return .unboundedPreceding }
            return accept(.following) ? .unboundedFollowing : nil
        }
        if at(.current) {
            advance()
            return accept(.row) ? .currentRow : nil
        }
        guard expression() else { return nil }
        if accept(.preceding) { return .offsetPreceding }
        return accept(.following) ? .offsetFollowing : nil
    }
}
