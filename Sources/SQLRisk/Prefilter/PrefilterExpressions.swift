/// Expressions: an operator-precedence parser that follows the precedence table of PostgreSQL 15's
/// gram.y. Bison resolves `a_expr op a_expr` by those precedences, so precedence climbing accepts the
/// same operator sequences, except where bison reports an error: two non-associative operators of one
/// level in a row (`a = b = c`, `a LIKE b LIKE c`). The parser refuses those explicitly (and a few
/// more combinations that bison would allow), so everything it accepts parses.
extension PrefilterParser {
    /// Binding levels, loosest first (gram.y's %left/%right/%nonassoc lines).
    enum Level {
        static let or = 1, and = 2, not = 3, `is` = 4, comparison = 5, like = 6, generic = 7, additive = 8,
                   multiplicative = 9, exponent = 10, atTimeZone = 11, collate = 12, unary = 13, typecast = 16
    }

    /// A full expression; a lone `t.*` is not one.
    mutating func expression() -> Bool { expression(Level.or, bExpression: false) && !endedWithStar }

    /// An expression or a lone `t.*` (select lists and function arguments); `endedWithStar` tells which.
    mutating func expressionOrStar() -> Bool { expression(Level.or, bExpression: false) }

    /// The level at which the current token continues an expression as an infix or postfix operator,
    /// or 0 when it ends it.
    private var infixLevel: Int {
        @inline(__always) mutating get {
        switch token.kind {
        case .operator:
            switch token.op {
            case .comparison: return Level.comparison
            case .generic: return Level.generic
            case .plus, .minus: return Level.additive
            case .star, .slash, .percent: return Level.multiplicative
            case .caret: return Level.exponent
            case .none: return 0
            }
        case .typecast:
            return Level.typecast
        case .word:
            switch token.info.keyword {
            case .or: return Level.or
            case .and: return Level.and
            case .is, .isnull, .notnull: return Level.is
            case .like, .ilike, .in, .between, .similar, .notLA: return Level.like
            case .at: return next.keyword == .time ? Level.atTimeZone : 0
            case .collate: return Level.collate
            default: return 0
            }
        default:
            return 0
        }
    }
    }

    /// Precedence climbing from `minimum`. In a `bExpression` (BETWEEN's lower bound) PostgreSQL allows
    /// no NOT, IS, comparison-level or AT TIME ZONE operators at the top.
    private mutating func expression(_ minimum: Int, bExpression: Bool) -> Bool {
        endedWithStar = false
        let simple = simpleOperand()
        if simple {
            // The commonest expression of all, a name or a constant alone, needs no recursion.
            let level = infixLevel
            if level == 0 || level < minimum { return true }
        }
        guard enter() else { return false }
        defer { leave() }
        if !simple {
            if token.kind == .word, token.info.isPlainIdentifier, next.kind == .dot {
                // `t.name`: what `operand`, `primary` and `keywordOrName` would do, without their switches.
                guard enter() else { return false }
                let reference = columnReference()
                leave()
                guard reference else { return false }
            } else {
                guard operand(bExpression: bExpression) else { return false }
            }
            if starEnd == lastEnd {
                // A lone `t.*` ends the expression; the caller decides whether it may stand there.
                endedWithStar = true
                return true
            }
        }
        while true {
            let level = infixLevel
            guard level >= minimum, level != 0 else { break }
            if bExpression, level < Level.generic || level == Level.atTimeZone || level == Level.collate { return false }
            switch level {
            case Level.or, Level.and:
                // AND and OR chains are flattened into one node by PostgreSQL: no depth added.
                advance()
                guard rightOperand(level + 1, bExpression) else { return false }
                continue
            case Level.is:
                guard isTest(), infixLevel != Level.is else { return false }
            case Level.comparison, Level.generic:
                advance()
                if at(.any) || at(.all) || at(.some) {
                    // `x = ANY (array)`, `x @@ ALL (query)`.
                    advance()
                    guard parenthesizedQueryOrExpression() else { return false }
                } else {
                    guard rightOperand(level + 1, bExpression) else { return false }
                }
                guard level != Level.comparison || infixLevel != Level.comparison else { return false }
            case Level.like:
                guard patternTest(), infixLevel != Level.like else { return false }
            case Level.atTimeZone:
                // `x AT TIME ZONE z` becomes a call of pg_catalog.timezone.
                guard Prefilter.timezoneIsReadOnly else { return false }
                advance()
                advance()
                guard expect(.zone), rightOperand(Level.atTimeZone + 1, bExpression) else { return false }
            case Level.typecast:
                advance()
                guard typeName() else { return false }
            case Level.collate:
                advance()
                guard qualifiedColumnName(parts: 2) else { return false }
            default:
                advance()
                guard rightOperand(level + 1, bExpression) else { return false }
            }
            links += 1
        }
        endedWithStar = false
        return true
    }

    @inline(__always) mutating func rightOperand(_ minimum: Int, _ bExpression: Bool) -> Bool {
        expression(minimum, bExpression: bExpression) && !endedWithStar
    }

    /// `IS [NOT] NULL | TRUE | FALSE`, `IS [NOT] DISTINCT FROM x`, `ISNULL`, `NOTNULL`.
    private mutating func isTest() -> Bool {
        if accept(.isnull) || accept(.notnull) { return true }
        advance()
        _ = accept(.not)
        if accept(.null) || accept(.true) || accept(.false) { return true }
        guard accept(.distinct), expect(.from) else { return false }
        return rightOperand(Level.is + 1, false)
    }

    /// `[NOT] LIKE | ILIKE | SIMILAR TO x [ESCAPE e]`, `[NOT] IN (...)`, `[NOT] BETWEEN [SYMMETRIC] low AND high`.
    private mutating func patternTest() -> Bool {
        _ = accept(.notLA)
        switch token.keyword {
        case .like, .ilike, .similar:
            // SIMILAR TO calls pg_catalog.similar_to_escape, ESCAPE after LIKE pg_catalog.like_escape.
            let similar = at(.similar)
            advance()
            if similar {
                guard Prefilter.similarToIsReadOnly, expect(.to) else { return false }
            }
            guard rightOperand(Level.like + 1, false) else { return false }
            guard accept(.escape) else { return true }
            guard similar || Prefilter.likeEscapeIsReadOnly else { return false }
            return rightOperand(Level.like + 1, false)
        case .in:
            advance()
            return parenthesizedQueryOrList()
        case .between:
            advance()
            _ = accept(.symmetric)
            return rightOperand(Level.generic, true) && expect(.and) && rightOperand(Level.like + 1, false)
        default:
            return false
        }
    }

    /// The commonest operands, a plain column name or a constant with nothing attached, taken without
    /// the calls of the general path (`operand`, which accepts them the same way).
    @inline(__always) private mutating func simpleOperand() -> Bool {
        switch token.kind {
        case .word:
            guard token.info.isPlainIdentifier else { return false }
            switch next.kind {
            case .leftParen, .dot, .string, .leftBracket: return false
            default: break
            }
        case .number:
            break
        case .parameter:
            guard next.kind != .dot, next.kind != .leftBracket else { return false }
        case .string:
            guard next.kind != .string else { return false }
        default:
            return false
        }
        advance()
        return true
    }

    /// An operand: prefix operators, then a primary expression.
    private mutating func operand(bExpression: Bool) -> Bool {
        switch token.kind {
        case .operator where token.op == .plus || token.op == .minus:
            advance()
            return rightOperand(Level.unary, bExpression)
        case .word where token.info.keyword == .not:
            // (`NOT IN`, `NOT LIKE` ... are NOT_LA, which cannot start an expression.)
            guard !bExpression else { return false }
            advance()
            return rightOperand(Level.not, false)
        default:
            return primary()
        }
    }

    /// `(query)` or `(expression)`, after ANY/ALL/SOME.
    private mutating func parenthesizedQueryOrExpression() -> Bool {
        guard expect(.leftParen) else { return false }
        if atQueryStart { return selectStatement() != nil && expect(.rightParen) }
        return expression() && expect(.rightParen)
    }

    /// `(query)` or `(a, b, ...)`, after IN.
    private mutating func parenthesizedQueryOrList() -> Bool {
        guard expect(.leftParen) else { return false }
        if atQueryStart { return selectStatement() != nil && expect(.rightParen) }
        return expressionList() && expect(.rightParen)
    }

    /// `(query)` after EXISTS and ARRAY.
    private mutating func parenthesizedQuery() -> Bool {
        expect(.leftParen) && atQueryStart && selectStatement() != nil && expect(.rightParen)
    }

    // MARK: Primary expressions

    private mutating func primary() -> Bool {
        guard enter() else { return false }
        defer { leave() }
        switch token.kind {
        case .number, .bitString:
            advance()
            return true
        case .string:
            advance()
            // Two strings in a row are one string only across a newline: left to the parser.
            return token.kind != .string
        case .parameter:
            advance()
            return indirection()
        case .leftParen:
            advance()
            if atQueryStart {
                guard selectStatement() != nil, expect(.rightParen) else { return false }
                return indirection()
            }
            guard expression() else { return false }
            if accept(.comma) {
                // An implicit row `(a, b)`, which takes no indirection.
                return expressionList() && expect(.rightParen)
            }
            return expect(.rightParen) && indirection()
        case .quotedIdentifier:
            return next.kind != .leftParen && columnReference()
        case .word:
            return keywordOrName()
        default:
            return false
        }
    }

    private mutating func keywordOrName() -> Bool {
        switch token.info.keyword {
        case .null, .true, .false, .current_date, .current_user, .session_user, .current_role, .user, .current_catalog:
            advance()
            return true
        case .current_schema:
            advance()
            return token.kind != .leftParen
        case .current_time, .current_timestamp, .localtime, .localtimestamp:
            advance()
            if accept(.leftParen) { return integer() && expect(.rightParen) }
            return true
        case .case: return caseExpression()
        case .cast:
            advance()
            return expect(.leftParen) && expression() && expect(.as) && typeName() && expect(.rightParen)
        case .exists:
            advance()
            return parenthesizedQuery()
        case .array:
            advance()
            if token.kind == .leftParen { return parenthesizedQuery() }
            return arrayElements()
        case .row:
            advance()
            guard expect(.leftParen) else { return false }
            if accept(.rightParen) { return true }
            return expressionList() && expect(.rightParen)
        case .coalesce, .greatest, .least:
            advance()
            return expect(.leftParen) && expressionList() && expect(.rightParen)
        case .nullif:
            advance()
            return expect(.leftParen) && expression() && expect(.comma) && expression() && expect(.rightParen)
        case .extract: return extract()
        case .interval:
            advance()
            guard token.kind == .string else { return false }
            advance()
            return true
        case .timestamp, .time:
            advance()
            guard optionalTimeZone(), token.kind == .string else { return false }
            advance()
            return true
        case .left, .right:
            return next.kind == .leftParen && functionCall(inFrom: false)
        case .substring, .position, .trim:
            return next.kind == .leftParen && specialFunction()
        default:
            guard token.info.category.rawValue <= KeywordCategory.unreserved.rawValue else { return false }
            if next.kind == .leftParen { return functionCall(inFrom: false) }
            if next.kind == .string, token.info.category == .identifier {
                // A typed literal `date '2024-01-01'` (gram.y's `func_name Sconst`).
                advance()
                advance()
                return true
            }
            return columnReference()
        }
    }

    /// `name`, `t.name`, `s.t.name`, `t.*`, or `pg_catalog.f(...)`, then subscripts.
    mutating func columnReference() -> Bool {
        let catalog = next.kind == .dot && atCatalogSchema
        advance()
        var parts = 1
        while token.kind == .dot {
            advance()
            if token.kind == .operator, token.op == .star {
                advance()
                starEnd = lastEnd
                return true
            }
            if parts == 1, catalog, next.kind == .leftParen, token.kind == .word { return functionCall(inFrom: false) }
            guard atLabel, next.kind != .leftParen, parts < 3 else { return false }
            advance()
            parts += 1
        }
        return token.kind != .leftBracket || subscripts()
    }

    /// Field selection and subscripts after `(expression)`, `(query)` or `$1`.
    private mutating func indirection() -> Bool {
        while token.kind == .dot {
            advance()
            guard atLabel else { return false }
            advance()
            links += 1
        }
        return subscripts()
    }

    /// `[i]`, `[lo:hi]`, `[:hi]` ..., each one a level of libpg_query's tree.
    private mutating func subscripts() -> Bool {
        while accept(.leftBracket) {
            if token.kind != .colon {
                guard expression() else { return false }
            }
            if accept(.colon), token.kind != .rightBracket {
                guard expression() else { return false }
            }
            guard expect(.rightBracket) else { return false }
            links += 1
        }
        return true
    }

    /// `CASE [x] WHEN a THEN b ... [ELSE c] END`.
    private mutating func caseExpression() -> Bool {
        advance()
        if !at(.when) {
            guard expression() else { return false }
        }
        guard at(.when) else { return false }
        while accept(.when) {
            guard expression(), expect(.then), expression() else { return false }
        }
        if accept(.else) {
            guard expression() else { return false }
        }
        return expect(Keyword.end)
    }

    /// `ARRAY[...]`: expressions or nested bracketed lists, possibly empty.
    private mutating func arrayElements() -> Bool {
        guard enter(), expect(.leftBracket) else { return false }
        defer { leave() }
        if accept(.rightBracket) { return true }
        if token.kind == .leftBracket {
            repeat {
                guard arrayElements() else { return false }
            } while accept(.comma)
        } else {
            guard expressionList() else { return false }
        }
        return expect(.rightBracket)
    }
}
