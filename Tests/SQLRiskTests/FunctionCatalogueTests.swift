import Testing
@testable import SQLRisk

@Suite struct FunctionCatalogueTests {
    static let curatedSets: [(String, Set<String>)] = [
        ("server", CuratedFunctions.server), ("dynamicSQL", CuratedFunctions.dynamicSQL),
        ("destructive", CuratedFunctions.destructive), ("sequence", CuratedFunctions.sequence),
        ("sideEffect", CuratedFunctions.sideEffect), ("harmlessVolatile", CuratedFunctions.harmlessVolatile),
    ]

    @Test func catalogueComesFromPostgreSQL15() {
        #expect(BuiltinFunctionCatalogue.generatedFromVersion.hasPrefix("15."))
        #expect(FunctionCatalogue.builtins.count > 2_500)
        #expect(FunctionCatalogue.builtins["lower"]?.volatility == "i")
        #expect(FunctionCatalogue.builtins["now"]?.volatility == "s")
        #expect(FunctionCatalogue.builtins["count"]?.kind == "a")
    }

    /// Volatility alone cannot tell a harmless volatile function from a dangerous one, so each one was
    /// judged by hand: every volatile built-in must be in exactly one curated set.
    @Test func everyVolatileBuiltinIsCuratedOnce() {
        let volatile = FunctionCatalogue.builtins.filter { $0.value.volatility == "v" }.map(\.key)
        #expect(volatile.count > 200)
        for name in volatile {
            let sets = Self.curatedSets.filter { $0.1.contains(name) }.map(\.0)
            #expect(sets.count == 1, "\(name) is in \(sets)")
        }
    }

    @Test func noNameIsCuratedTwice() {
        var seen: [String: String] = [:]
        for (setName, names) in Self.curatedSets {
            for name in names {
                #expect(seen[name] == nil, "\(name) is in \(seen[name] ?? "") and \(setName)")
                seen[name] = setName
            }
        }
    }

    @Test func effects() {
        #expect(FunctionCatalogue.effect(of: "lower", schema: nil) == .readOnly)
        #expect(FunctionCatalogue.effect(of: "lower", schema: "pg_catalog") == .readOnly)
        #expect(FunctionCatalogue.effect(of: "lower", schema: "public") == .unknown)
        #expect(FunctionCatalogue.effect(of: "random", schema: nil) == .readOnly)
        #expect(FunctionCatalogue.effect(of: "pg_read_file", schema: nil) == .server)
        #expect(FunctionCatalogue.effect(of: "dblink_exec", schema: "public") == .server)
        #expect(FunctionCatalogue.effect(of: "set_config", schema: "pg_catalog") == .server)
        #expect(FunctionCatalogue.effect(of: "nextval", schema: nil) == .sequence)
        #expect(FunctionCatalogue.effect(of: "pg_advisory_lock", schema: nil) == .sideEffect)
        #expect(FunctionCatalogue.effect(of: "lo_unlink", schema: nil) == .destructive)
        #expect(FunctionCatalogue.effect(of: "query_to_xml", schema: nil) == .dynamicSQL)
        #expect(FunctionCatalogue.effect(of: "my_function", schema: nil) == .unknown)
    }
}
