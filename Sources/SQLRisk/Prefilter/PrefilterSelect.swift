/// Queries: SELECT, VALUES, TABLE, WITH, set operations, FROM and its joins.
extension PrefilterParser {
    /// Clauses PostgreSQL refuses to find twice on one query, as in `(SELECT 1 ORDER BY 1) ORDER BY 2`.
    struct Clauses: OptionSet {
        let rawValue: UInt8
        static let with = Clauses(rawValue: 1)
        static let order = Clauses(rawValue: 2)
        /// LIMIT and OFFSET, counted as one to stay on the safe side.
        static let limit = Clauses(rawValue: 4)
    }

    @inline(__always) var atQueryStart: Bool {
        switch token.keyword {
        case .select, .values, .table, .with: true
        default: false
        }
    }

    /// PostgreSQL's select_no_parens or select_with_parens: the clauses the query ends up with, or nil.
    mutating func selectStatement() -> Clauses? {
        guard enter() else { return nil }
        defer { leave() }
        var added = Clauses()
        if accept(.with) {
            guard commonTableExpressions() else { return nil }
            added.insert(.with)
        }
        guard let first = selectOperand() else { return nil }
        var operands = 1
        while at(.union) || at(.intersect) || at(.except) {
            advance()
            if !accept(.all) { _ = accept(.distinct) }
            guard selectOperand() != nil else { return nil }
            operands += 1
            links += 1
        }
        if accept(.order) {
            guard expect(.by), sortList() else { return nil }
            added.insert(.order)
        }
        if at(.limit) || at(.offset) || at(.fetch) {
            guard limitAndOffset() else { return nil }
            added.insert(.limit)
        }
        // The clauses of a lone parenthesized query go onto that query itself.
        guard operands == 1, let inner = first else { return added }
        guard inner.isDisjoint(with: added) else { return nil }
        return inner.union(added)
    }

    /// One operand of a set operation: nil for "don't know", `.some(nil)` for a plain SELECT/VALUES/TABLE,
    /// the inner query's clauses for a parenthesized one.
    private mutating func selectOperand() -> Clauses?? {
        switch token.kind {
        case .leftParen:
            advance()
            guard let inner = selectStatement(), expect(.rightParen) else { return nil }
            return .some(inner)
        case .word:
            switch token.info.keyword {
            case .select: return simpleSelect() ? .some(nil) : nil
            case .values: return values() ? .some(nil) : nil
            case .table:
                advance()
                _ = accept(.only)
                return qualifiedName() ? .some(nil) : nil
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (query), ...`: only queries, so no
    /// data-modifying CTE.
    private mutating func commonTableExpressions() -> Bool {
        _ = accept(.recursive)
        repeat {
            // `WITH ordinality` and `WITH time` are other tokens to PostgreSQL (WITH_LA).
            guard atColumnName, !at(.ordinality) else { return false }
            recordName(.commonTableExpression)
            advance()
            if token.kind == .leftParen {
                advance()
                guard nameList(), expect(.rightParen) else { return false }
            }
            guard expect(.as) else { return false }
            if accept(.not) {
                guard expect(.materialized) else { return false }
            } else {
                _ = accept(.materialized)
            }
            guard expect(.leftParen), selectStatement() != nil, expect(.rightParen) else { return false }
        } while accept(.comma)
        return true
    }

    /// `SELECT [ALL | DISTINCT [ON (...)]] targets [FROM ...] [WHERE ...] [GROUP BY ...] [HAVING ...]`.
    private mutating func simpleSelect() -> Bool {
        advance()
        let distinct = accept(.distinct)
        if distinct {
            if accept(.on) {
                guard expect(.leftParen), expressionList(), expect(.rightParen) else { return false }
            }
        } else {
            _ = accept(.all)
        }
        // PostgreSQL allows an empty select list (`SELECT FROM t`), but not after DISTINCT.
        guard (!distinct && at(.from)) || targetList() else { return false }
        if accept(.from) {
            repeat {
                guard fromItem() else { return false }
            } while accept(.comma)
        }
        if accept(.where) {
            guard expression() else { return false }
        }
        if accept(.group) {
            guard expect(.by), expressionList() else { return false }
        }
        if accept(.having) {
            guard expression() else { return false }
        }
        if accept(.window) {
            // `WINDOW w AS (...), ...`: named windows for `OVER w`.
            repeat {
                guard atIdentifier else { return false }
                advance()
                guard expect(.as), windowSpecification() else { return false }
            } while accept(.comma)
        }
        return true
    }

    /// `VALUES (...), (...)`.
    private mutating func values() -> Bool {
        advance()
        repeat {
            guard expect(.leftParen), expressionList(), expect(.rightParen) else { return false }
        } while accept(.comma)
        return true
    }

    /// A LIMIT and an OFFSET clause, each optional, in either order. `LIMIT n, m` is an error in
    /// PostgreSQL; FETCH ... WITH TIES is refused by gram.y without ORDER BY and left to the parser.
    private mutating func limitAndOffset() -> Bool {
        if at(.limit) || at(.fetch) {
            guard limitClause() else { return false }
            return !at(.offset) || offsetClause()
        }
        guard offsetClause() else { return false }
        return !(at(.limit) || at(.fetch)) || limitClause()
    }

    /// `LIMIT n | ALL` or `FETCH FIRST | NEXT [n] ROW | ROWS ONLY`.
    private mutating func limitClause() -> Bool {
        if accept(.limit) { return accept(.all) || expression() }
        advance()
        guard accept(.first) || accept(.next) else { return false }
        if !(at(.row) || at(.rows)) {
            guard fetchCount() else { return false }
        }
        return (accept(.row) || accept(.rows)) && expect(.only)
    }

    /// `OFFSET n` or `OFFSET n ROW | ROWS`.
    private mutating func offsetClause() -> Bool {
        advance()
        if token.kind == .number || token.kind == .parameter, next.keyword == .row || next.keyword == .rows {
            advance()
            advance()
            return true
        }
        return expression()
    }

    /// The count after FETCH FIRST: gram.y's select_fetch_first_value, here a number, a parameter or
    /// a parenthesized expression.
    private mutating func fetchCount() -> Bool {
        switch token.kind {
        case .number, .parameter:
            advance()
            return true
        case .leftParen:
            advance()
            return expression() && expect(.rightParen)
        default:
            return false
        }
    }

    /// The select list: `*`, `t.*`, or expressions with optional aliases.
    private mutating func targetList() -> Bool {
        repeat {
            if token.kind == .operator, token.op == .star {
                advance()
                continue
            }
            guard expressionOrStar() else { return false }
            if endedWithStar { continue }
            if accept(.as) {
                guard atLabel else { return false }
                advance()
            } else if atIdentifier {
                advance()
            }
        } while accept(.comma)
        return true
    }

    /// `ORDER BY` items: `expression [ASC | DESC] [NULLS FIRST | NULLS LAST]`.
    mutating func sortList() -> Bool {
        repeat {
            guard expression() else { return false }
            if !accept(.asc) { _ = accept(.desc) }
            if accept(.nullsLA) {
                advance()   // FIRST or LAST
            }
        } while accept(.comma)
        return true
    }

    mutating func expressionList() -> Bool {
        repeat {
            guard expression() else { return false }
        } while accept(.comma)
        return true
    }

    /// Column names in `name(a, b)` lists.
    private mutating func nameList() -> Bool {
        repeat {
            guard atColumnName else { return false }
            advance()
        } while accept(.comma)
        return true
    }

    /// A relation's `name`, `schema.name` or `db.schema.name` (PostgreSQL refuses more parts),
    /// recorded for the statement's `reads`.
    private mutating func qualifiedName() -> Bool {
        guard atColumnName else { return false }
        recordName(.first)
        advance()
        var parts = 1
        while token.kind == .dot {
            advance()
            guard atColumnName, parts < 3 else { return false }
            recordName(.next)
            advance()
            parts += 1
        }
        return true
    }

    // MARK: FROM

    /// One FROM item with the joins that follow it (left-deep only).
    private mutating func fromItem() -> Bool {
        guard tableReference() else { return false }
        while true {
            switch token.keyword {
            case .cross:
                advance()
                guard expect(.join), tableReference() else { return false }
            case .natural:
                advance()
                guard joinType(), tableReference() else { return false }
            case .join, .inner, .left, .right, .full:
                guard joinType(), tableReference(), joinCondition() else { return false }
            default:
                return true
            }
            links += 1
        }
    }

    /// `[INNER | LEFT [OUTER] | RIGHT [OUTER] | FULL [OUTER]] JOIN`.
    private mutating func joinType() -> Bool {
        switch token.keyword {
        case .inner: advance()
        case .left, .right, .full:
            advance()
            _ = accept(.outer)
        default: break
        }
        return expect(.join)
    }

    /// `ON condition` or `USING (columns)`: required after a join that is neither CROSS nor NATURAL.
    private mutating func joinCondition() -> Bool {
        if accept(.on) { return expression() }
        guard accept(.using), expect(.leftParen), nameList(), expect(.rightParen) else { return false }
        return true
    }

    /// A table, a read-only function, or a subquery (which PostgreSQL 15 requires to have an alias).
    private mutating func tableReference() -> Bool {
        guard enter() else { return false }
        defer { leave() }
        let lateral = accept(.lateral)
        if token.kind == .leftParen {
            advance()
            guard atQueryStart, selectStatement() != nil, expect(.rightParen) else { return false }
            guard at(.as) || atIdentifier else { return false }
            return alias()
        }
        if !lateral, accept(.only) {
            return qualifiedName() && optionalAlias()
        }
        guard atColumnName || at(.left) || at(.right) else { return false }
        if next.kind == .leftParen {
            return functionCall(inFrom: true) && optionalOrdinality() && optionalAlias()
        }
        // `pg_catalog.name(...)` is a function, `schema.name` a table.
        let catalog = atCatalogSchema
        guard atColumnName else { return false }
        let first = token
        advance()
        var parts = 1
        while token.kind == .dot {
            advance()
            if parts == 1, catalog, next.kind == .leftParen {
                return functionCall(inFrom: true) && optionalOrdinality() && optionalAlias()
            }
            guard atColumnName, parts < 3 else { return false }
            if parts == 1 { recordName(first, .first) }
            recordName(.next)
            advance()
            parts += 1
        }
        if parts == 1 { recordName(first, .first) }
        return !lateral && optionalAlias()
    }

    /// `WITH ORDINALITY` after a function in FROM.
    private mutating func optionalOrdinality() -> Bool {
        if accept(.withLA) {
            guard expect(.ordinality) else { return false }
        }
        return true
    }

    private mutating func optionalAlias() -> Bool {
        guard at(.as) || atIdentifier else { return true }
        return alias()
    }

    /// `[AS] name [(columns)]`; without AS only a plain identifier, so that no keyword is mistaken.
    private mutating func alias() -> Bool {
        if accept(.as) {
            guard atColumnName else { return false }
        } else {
            guard atIdentifier else { return false }
        }
        advance()
        if token.kind == .leftParen {
            advance()
            guard nameList(), expect(.rightParen) else { return false }
        }
        return true
    }
}
