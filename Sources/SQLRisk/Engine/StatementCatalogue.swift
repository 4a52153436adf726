/// The statement types that are harmless unless a rule says otherwise. Every other statement must
/// carry a finding; one that does not is reported as `unknown-statement` (fail closed).
enum StatementCatalogue {
    static let readOnlyTypes: Set<NodeType> = Set([
        "SelectStmt", "ExplainStmt", "VariableShowStmt", "TransactionStmt", "ListenStmt", "UnlistenStmt", "DeallocateStmt",
        "FetchStmt", "ClosePortalStmt", "DeclareCursorStmt", "PrepareStmt", "VariableSetStmt", "ConstraintsSetStmt",
        "CopyStmt", "ExecuteStmt", "DoStmt",
    ].map(NodeType.init))

    /// `readOnlyTypes` by node type id (asked once per statement; a Set<NodeType> lookup hashes).
    private static let readOnlyByType: [Bool] = [false, false] + NodeType.names.map { readOnlyTypes.contains(NodeType($0)) }

    static func isReadOnly(_ statement: Node) -> Bool { readOnlyByType[Int(statement.type.id)] }
}
