#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The type of a parse-tree node, as libpg_query names it (`DeleteStmt`, `A_Expr`, `FuncCall` ...).
/// The names are PostgreSQL 15's node types, in the order of libpg_query's `pg_query.proto`.
public struct NodeType: Hashable, Sendable, CustomStringConvertible {
    let id: UInt16

    /// Not a node (a plain field object), or a node type this PostgreSQL grammar does not have.
    static let none = NodeType(id: 0)
    static let unknown = NodeType(id: 1)

    public var name: String { id < 2 ? "" : Self.names[Int(id) - 2] }
    public var description: String { name }

    public init(_ name: String) {
        let id = Array(name.utf8).withUnsafeBufferPointer { Self.lookup.id(of: $0) }
        precondition(id != 0, "\(name) is not a PostgreSQL 15 node type")
        self.id = id
    }

    private init(id: UInt16) { self.id = id }

    /// The type named by these bytes (a wrapper key of libpg_query's JSON), or `.unknown`.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        let id = Self.lookup.id(of: bytes)
        self = id == 0 ? .unknown : NodeType(id: id)
    }

    /// Run for every node wrapper of every parse tree, so it avoids `String` and `Hasher`: an
    /// open-addressing table over the names' bytes, FNV-1a hashed, compared byte by byte.
    private final class Lookup: Sendable {
        let nameBytes: [UInt8]
        /// Offset of each name in `nameBytes` (by id - 2), with the total length at the end.
        let starts: [Int]
        /// Ids by hash slot; 0 marks an empty slot.
        let slots: [UInt16]
        let mask: Int

        init(_ names: [String]) {
            var nameBytes: [UInt8] = [], starts: [Int] = []
            for name in names { starts.append(nameBytes.count); nameBytes += name.utf8 }
            starts.append(nameBytes.count)
            var size = 1
            while size < names.count * 4 { size <<= 1 }
            var slots = [UInt16](repeating: 0, count: size)
            for (index, name) in names.enumerated() {
                var slot = Int(truncatingIfNeeded: Self.hash(Array(name.utf8))) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = UInt16(index + 2)
            }
            self.nameBytes = nameBytes
            self.starts = starts
            self.slots = slots
            mask = size - 1
        }

        @inline(__always) static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        }

        /// The id of the type named `bytes`, or 0.
        func id(of bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
            var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
            while true {
                let id = slots[slot]
                if id == 0 { return 0 }
                let start = starts[Int(id) - 2], length = starts[Int(id) - 1] - start
                if length == bytes.count, length > 0,
                   nameBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + start, bytes.baseAddress!, length) }) == 0 {
                    return id
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private static let lookup = Lookup(names)

    static let names: [String] = [
        "Alias",
        "RangeVar",
        "TableFunc",
        "Var",
        "Param",
        "Aggref",
        "GroupingFunc",
        "WindowFunc",
        "SubscriptingRef",
        "FuncExpr",
        "NamedArgExpr",
        "OpExpr",
        "DistinctExpr",
        "NullIfExpr",
        "ScalarArrayOpExpr",
        "BoolExpr",
        "SubLink",
        "SubPlan",
        "AlternativeSubPlan",
        "FieldSelect",
        "FieldStore",
        "RelabelType",
        "CoerceViaIO",
        "ArrayCoerceExpr",
        "ConvertRowtypeExpr",
        "CollateExpr",
        "CaseExpr",
        "CaseWhen",
        "CaseTestExpr",
        "ArrayExpr",
        "RowExpr",
        "RowCompareExpr",
        "CoalesceExpr",
        "MinMaxExpr",
        "SQLValueFunction",
        "XmlExpr",
        "NullTest",
        "BooleanTest",
        "CoerceToDomain",
        "CoerceToDomainValue",
        "SetToDefault",
        "CurrentOfExpr",
        "NextValueExpr",
        "InferenceElem",
        "TargetEntry",
        "RangeTblRef",
        "JoinExpr",
        "FromExpr",
        "OnConflictExpr",
        "IntoClause",
        "MergeAction",
        "RawStmt",
        "Query",
        "InsertStmt",
        "DeleteStmt",
        "UpdateStmt",
        "MergeStmt",
        "SelectStmt",
        "ReturnStmt",
        "PLAssignStmt",
        "AlterTableStmt",
        "AlterTableCmd",
        "AlterDomainStmt",
        "SetOperationStmt",
        "GrantStmt",
        "GrantRoleStmt",
        "AlterDefaultPrivilegesStmt",
        "ClosePortalStmt",
        "ClusterStmt",
        "CopyStmt",
        "CreateStmt",
        "DefineStmt",
        "DropStmt",
        "TruncateStmt",
        "CommentStmt",
        "FetchStmt",
        "IndexStmt",
        "CreateFunctionStmt",
        "AlterFunctionStmt",
        "DoStmt",
        "RenameStmt",
        "RuleStmt",
        "NotifyStmt",
        "ListenStmt",
        "UnlistenStmt",
        "TransactionStmt",
        "ViewStmt",
        "LoadStmt",
        "CreateDomainStmt",
        "CreatedbStmt",
        "DropdbStmt",
        "VacuumStmt",
        "ExplainStmt",
        "CreateTableAsStmt",
        "CreateSeqStmt",
        "AlterSeqStmt",
        "VariableSetStmt",
        "VariableShowStmt",
        "DiscardStmt",
        "CreateTrigStmt",
        "CreatePLangStmt",
        "CreateRoleStmt",
        "AlterRoleStmt",
        "DropRoleStmt",
        "LockStmt",
        "ConstraintsSetStmt",
        "ReindexStmt",
        "CheckPointStmt",
        "CreateSchemaStmt",
        "AlterDatabaseStmt",
        "AlterDatabaseRefreshCollStmt",
        "AlterDatabaseSetStmt",
        "AlterRoleSetStmt",
        "CreateConversionStmt",
        "CreateCastStmt",
        "CreateOpClassStmt",
        "CreateOpFamilyStmt",
        "AlterOpFamilyStmt",
        "PrepareStmt",
        "ExecuteStmt",
        "DeallocateStmt",
        "DeclareCursorStmt",
        "CreateTableSpaceStmt",
        "DropTableSpaceStmt",
        "AlterObjectDependsStmt",
        "AlterObjectSchemaStmt",
        "AlterOwnerStmt",
        "AlterOperatorStmt",
        "AlterTypeStmt",
        "DropOwnedStmt",
        "ReassignOwnedStmt",
        "CompositeTypeStmt",
        "CreateEnumStmt",
        "CreateRangeStmt",
        "AlterEnumStmt",
        "AlterTSDictionaryStmt",
        "AlterTSConfigurationStmt",
        "CreateFdwStmt",
        "AlterFdwStmt",
        "CreateForeignServerStmt",
        "AlterForeignServerStmt",
        "CreateUserMappingStmt",
        "AlterUserMappingStmt",
        "DropUserMappingStmt",
        "AlterTableSpaceOptionsStmt",
        "AlterTableMoveAllStmt",
        "SecLabelStmt",
        "CreateForeignTableStmt",
        "ImportForeignSchemaStmt",
        "CreateExtensionStmt",
        "AlterExtensionStmt",
        "AlterExtensionContentsStmt",
        "CreateEventTrigStmt",
        "AlterEventTrigStmt",
        "RefreshMatViewStmt",
        "ReplicaIdentityStmt",
        "AlterSystemStmt",
        "CreatePolicyStmt",
        "AlterPolicyStmt",
        "CreateTransformStmt",
        "CreateAmStmt",
        "CreatePublicationStmt",
        "AlterPublicationStmt",
        "CreateSubscriptionStmt",
        "AlterSubscriptionStmt",
        "DropSubscriptionStmt",
        "CreateStatsStmt",
        "AlterCollationStmt",
        "CallStmt",
        "AlterStatsStmt",
        "A_Expr",
        "ColumnRef",
        "ParamRef",
        "FuncCall",
        "A_Star",
        "A_Indices",
        "A_Indirection",
        "A_ArrayExpr",
        "ResTarget",
        "MultiAssignRef",
        "TypeCast",
        "CollateClause",
        "SortBy",
        "WindowDef",
        "RangeSubselect",
        "RangeFunction",
        "RangeTableSample",
        "RangeTableFunc",
        "RangeTableFuncCol",
        "TypeName",
        "ColumnDef",
        "IndexElem",
        "StatsElem",
        "Constraint",
        "DefElem",
        "RangeTblEntry",
        "RangeTblFunction",
        "TableSampleClause",
        "WithCheckOption",
        "SortGroupClause",
        "GroupingSet",
        "WindowClause",
        "ObjectWithArgs",
        "AccessPriv",
        "CreateOpClassItem",
        "TableLikeClause",
        "FunctionParameter",
        "LockingClause",
        "RowMarkClause",
        "XmlSerialize",
        "WithClause",
        "InferClause",
        "OnConflictClause",
        "CTESearchClause",
        "CTECycleClause",
        "CommonTableExpr",
        "MergeWhenClause",
        "RoleSpec",
        "TriggerTransition",
        "PartitionElem",
        "PartitionSpec",
        "PartitionBoundSpec",
        "PartitionRangeDatum",
        "PartitionCmd",
        "VacuumRelation",
        "PublicationObjSpec",
        "PublicationTable",
        "InlineCodeBlock",
        "CallContext",
        "Integer",
        "Float",
        "Boolean",
        "String",
        "BitString",
        "List",
        "IntList",
        "OidList",
        "A_Const",
    ]
}
