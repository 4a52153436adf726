/// Function calls: generic calls of read-only functions with their aggregate and window clauses, and
/// the functions gram.y gives a syntax of their own.
extension PrefilterParser {
    /// `EXTRACT(field FROM x)`, a call of pg_catalog.extract.
    mutating func extract() -> Bool {
        guard atReadOnlyFunction else { return false }
        advance()
        guard expect(.leftParen) else { return false }
        switch token.kind {
        case .string: advance()
        case .word:
            switch token.info.keyword {
            case .year, .month, .day, .hour, .minute, .second: advance()
            default:
                guard token.info.category == .identifier else { return false }
                advance()
            }
        default:
            return false
        }
        return expect(.from) && expression() && expect(.rightParen)
    }

    /// The functions with a grammar of their own (gram.y's func_expr_common_subexpr): a plain argument
    /// list or SQL-standard keywords inside, never FILTER, OVER, `*` or DISTINCT.
    /// `SUBSTRING(s FROM i FOR n)`, `POSITION(a IN b)` and `TRIM([BOTH | LEADING | TRAILING] [x] FROM s)`
    /// call pg_catalog.substring, position, btrim, ltrim or rtrim.
    mutating func specialFunction() -> Bool {
        let keyword = token.keyword
        guard keyword == .trim ? Prefilter.trimIsReadOnly : atReadOnlyFunction else { return false }
        advance()
        advance()
        switch keyword {
        case .position:
            return rightOperand(Level.generic, true) && expect(.in) && rightOperand(Level.generic, true) && expect(.rightParen)
        case .substring:
            if accept(.rightParen) { return true }
            guard expression() else { return false }
            if accept(.from) {
                guard expression() else { return false }
                if accept(.for) { guard expression() else { return false } }
            } else if accept(.for) {
                guard expression() else { return false }
                if accept(.from) { guard expression() else { return false } }
            } else {
                while accept(.comma) { guard expression() else { return false } }
            }
            return expect(.rightParen)
        default:
            if !accept(.both) && !accept(.leading) { _ = accept(.trailing) }
            if accept(.from) { return expressionList() && expect(.rightParen) }
            guard expression() else { return false }
            if accept(.from) { return expressionList() && expect(.rightParen) }
            while accept(.comma) { guard expression() else { return false } }
            return expect(.rightParen)
        }
    }

    /// A call of a function known to be read-only, the name at the current token and `(` next:
    /// `f()`, `f(*)`, `f([DISTINCT | ALL] args [ORDER BY ...])`, then (outside FROM) `FILTER (WHERE ...)`
    /// and `OVER (window)`.
    mutating func functionCall(inFrom: Bool) -> Bool {
        guard atReadOnlyFunction else { return false }
        advance()
        guard enter(), expect(.leftParen) else { return false }
        defer { leave() }
        // WITHIN GROUP takes none of `*`, DISTINCT or ORDER BY in the arguments (gram.y refuses them).
        var plainArguments = true
        if token.kind == .operator, token.op == .star {
            advance()
            plainArguments = false
            guard expect(.rightParen) else { return false }
        } else if !accept(.rightParen) {
            if accept(.distinct) { plainArguments = false } else { _ = accept(.all) }
            repeat {
                guard expressionOrStar() else { return false }
            } while accept(.comma)
            if accept(.order) {
                plainArguments = false
                guard expect(.by), sortList() else { return false }
            }
            guard expect(.rightParen) else { return false }
        }
        if inFrom { return true }
        if at(.within), next.keyword == .group {
            guard plainArguments else { return false }
            advance()
            advance()
            guard expect(.leftParen), expect(.order), expect(.by), sortList(), expect(.rightParen) else { return false }
            if at(.filter), next.kind == .leftParen {
                advance()
                advance()
                return expect(.where) && expression() && expect(.rightParen) && !at(.over)
            }
            return !at(.over)
        }
        if at(.filter), next.kind == .leftParen {
            advance()
            advance()
            guard expect(.where), expression(), expect(.rightParen) else { return false }
        }
        if accept(.over) {
            // `OVER w` names a window of the WINDOW clause.
            guard !atIdentifier else { advance(); return true }
            return windowSpecification()
        }
        return true
    }
}
