/// How an UPDATE or DELETE chooses its rows.
enum WhereShape {
    /// No WHERE clause: every row.
    case missing
    /// A WHERE that folds to true: every row all the same.
    case alwaysTrue
    /// A real condition (or `WHERE CURRENT OF cursor`).
    case bounded

    init(_ statement: Node) {
        guard let condition = statement.field("whereClause") else { self = .missing; return }
        self = ConstantFolding.isAlwaysTrue(condition) ? .alwaysTrue : .bounded
    }
}
