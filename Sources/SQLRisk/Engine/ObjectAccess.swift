/// The relations a statement reads and the objects it changes (SPEC §2 `reads`/`writes`), from its
/// parse tree, spelled as PostgreSQL prints them (`QuotedName`) and as qualified as the SQL wrote
/// them. "Changes" covers rows (INSERT, UPDATE, DELETE, MERGE, TRUNCATE, COPY FROM), definitions
/// (CREATE, ALTER, DROP, privileges) and locks (LOCK, VACUUM, CLUSTER, REINDEX, REFRESH). An
/// unqualified name that matches a CTE of the statement is the CTE, not a relation. SQL inside
/// function bodies and DO blocks is not followed.
struct ObjectAccess {
    private(set) var reads: [String] = []
    private(set) var writes: [String] = []

    init(statement: Node) {
        var readCandidates: [(name: String, bare: String?)] = []
        var writeElements = Set<Int>()
        var cteNames = Set<String>()
        var written: [String] = []
        func write(_ name: String?) { if let name { written.append(name) } }
        func writeRelation(_ node: Node?) { write(Names.relation(node)) }
        func writeEach(_ list: [Node]) { for element in list { writeElements.insert(element.index) } }

        func visit(_ node: Node) {
            guard Self.interesting.contains(node.type) else { return }
            switch node.type.name {
            case "RangeVar":
                guard let name = Names.relation(node) else { return }
                if writeElements.contains(node.index) {
                    written.append(name)
                } else {
                    let bare = node.has("schemaname") || node.has("catalogname") ? nil : node.string("relname")
                    readCandidates.append((name, bare))
                }
            case "CommonTableExpr":
                if let name = node.string("ctename") { cteNames.insert(name) }
            case "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CreateStmt", "IndexStmt", "AlterTableStmt",
                 "CreateTrigStmt", "RuleStmt", "ClusterStmt", "ReindexStmt", "RefreshMatViewStmt", "VacuumRelation",
                 "RenameStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt":
                if node.has("relation") {
                    writeRelation(node.field("relation"))
                } else if let object = node.field("object") {
                    write(Names.object(object))
                }
            case "CopyStmt":
                guard let name = Names.relation(node.field("relation")) else { return }
                if node.bool("is_from") { written.append(name) } else { readCandidates.append((name, nil)) }
            case "ViewStmt": writeRelation(node.field("view"))
            case "CreateSeqStmt", "AlterSeqStmt": writeRelation(node.field("sequence"))
            case "CreatePolicyStmt", "AlterPolicyStmt": writeRelation(node.field("table"))
            case "CreateTableAsStmt": writeRelation(node.field("into")?.field("rel"))
            case "SelectStmt": writeRelation(node.field("intoClause")?.field("rel"))
            case "TruncateStmt", "LockStmt": writeEach(node.list("relations"))
            case "GrantStmt": writeEach(node.list("objects"))
            case "DropStmt": written.append(contentsOf: Names.objects(node.list("objects")))
            case "CreateFunctionStmt": write(QuotedName.qualified(node.list("funcname").compactMap(\.stringValue)))
            case "CreateSchemaStmt": write(node.string("schemaname").map(QuotedName.part))
            case "DropdbStmt", "CreatedbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt":
                write(node.string("dbname").map(QuotedName.part))
            default: break
            }
        }
        visit(statement)
        for node in statement.descendants { visit(node) }
        reads = Self.sortedUnique(readCandidates.filter { $0.bare.map { !cteNames.contains($0) } ?? true }.map(\.name))
        writes = Self.sortedUnique(written)
    }

    /// The node types `visit` looks at: most nodes are expressions, skipped with one lookup.
    private static let interesting: Set<NodeType> = Set([
        "RangeVar", "CommonTableExpr", "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "CreateStmt", "IndexStmt",
        "AlterTableStmt", "CreateTrigStmt", "RuleStmt", "ClusterStmt", "ReindexStmt", "RefreshMatViewStmt", "VacuumRelation",
        "RenameStmt", "AlterObjectSchemaStmt", "AlterOwnerStmt", "CopyStmt", "ViewStmt", "CreateSeqStmt", "AlterSeqStmt",
        "CreatePolicyStmt", "AlterPolicyStmt", "CreateTableAsStmt", "SelectStmt", "TruncateStmt", "LockStmt", "GrantStmt",
        "DropStmt", "CreateFunctionStmt", "CreateSchemaStmt", "DropdbStmt", "CreatedbStmt", "AlterDatabaseStmt",
        "AlterDatabaseSetStmt",
    ].map { NodeType($0) })

    static func sortedUnique(_ names: [String]) -> [String] {
        guard names.count > 1 else { return names }
        return Array(Set(names)).sorted()
    }
}
