import Foundation
import Testing
@testable import SQLRisk

/// The prefilter's scanner and keyword table, held to libpg_query's own scanner (`pg_query_scan`).
@Suite struct PrefilterScannerTests {
    /// Every keyword category in `PrefilterKeywords` is the one PostgreSQL's scanner reports, and every
    /// keyword the grammar names is a real keyword.
    @Test func keywordCategoriesMatchLibpgQuery() throws {
        let lists: [(String, KeywordCategory)] = [
            (PrefilterKeywords.unreserved, .unreserved), (PrefilterKeywords.columnName, .columnName),
            (PrefilterKeywords.typeOrFunctionName, .typeOrFunctionName), (PrefilterKeywords.reserved, .reserved),
        ]
        var count = 0
        for (list, category) in lists {
            for word in list.split(whereSeparator: \.isWhitespace) {
                let tokens = try #require(PgQuery.scan(Array(word.utf8)))
                #expect(tokens.count == 1 && tokens[0].keywordKind == Int(category.rawValue), "\(word)")
                #expect(Self.info(String(word)).category == category, "\(word)")
                count += 1
            }
        }
        #expect(count == 460)
        for keyword in Keyword.allCases where keyword != .none && !keyword.isLookahead {
            #expect(Self.info(keyword.name).keyword == keyword, "\(keyword)")
            #expect(Self.info(keyword.name.uppercased()).keyword == keyword, "\(keyword)")
            #expect(Self.info(keyword.name).category != .identifier, "\(keyword) is not a PostgreSQL keyword")
        }
        #expect(Self.info("users").category == .identifier)
    }

    /// The function table answers as `FunctionCatalogue.effect` does, for every catalogued name.
    @Test func functionFlagsFollowTheCatalogue() {
        for name in FunctionNames.all where name.utf8.count <= WordLookup.maxLength {
            let info = Self.info(name, fold: false)
            let effect = FunctionCatalogue.effect(of: name, schema: nil)
            #expect(info.isReadOnlyFunction == (effect == .readOnly), "\(name)")
            #expect(info.isDangerousName == (effect != .readOnly && effect != .unknown), "\(name)")
            #expect(FunctionCatalogue.effect(of: name, schema: "pg_catalog") == effect, "\(name)")
        }
        #expect(Self.info("lower").isReadOnlyFunction)
        #expect(Self.info("PG_READ_FILE").isDangerousName)
        #expect(!Self.info("RI_FKey_cascade_del").isDangerousName, "unquoted, the name folds to lower case")
        #expect(Self.info("RI_FKey_cascade_del", fold: false).isDangerousName)
    }

    /// The operator table knows exactly the listed operators: every one of them, and no other run of
    /// one to three operator characters.
    @Test func operatorTableHoldsExactlyTheList() {
        func packed(_ bytes: [UInt8]) -> UInt32 { bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) } }
        let listed = Set(KnownOperators.list.map { packed(Array($0.utf8)) })
        for name in KnownOperators.list { #expect(KnownOperators.isKnown(packed(Array(name.utf8))), "\(name)") }
        let characters = Array("~!@#^&|`?+-*/%<>=".utf8)
        var runs: [[UInt8]] = characters.map { [$0] }
        for _ in 0..<2 { runs += runs.filter { $0.count == runs.last!.count }.flatMap { run in characters.map { run + [$0] } } }
        #expect(runs.count == 17 + 17 * 17 + 17 * 17 * 17)
        for run in runs where !listed.contains(packed(run)) {
            #expect(!KnownOperators.isKnown(packed(run)), "\(String(decoding: run, as: UTF8.self))")
        }
        #expect(!KnownOperators.isKnown(0))
    }

    /// Wherever the prefilter's scanner understands every token, it splits the input exactly as
    /// PostgreSQL does: on the regression corpus, the workload and random splices of them.
    @Test func tokensMatchLibpgQuery() {
        var inputs = PrefilterInputs.regression + PrefilterInputs.applicationWorkload
        var random = SplitMix64(seed: 0x5CA_77E4)
        let pool = SplicePool.statements
        for _ in 0..<30_000 { inputs.append(SplicePool.splice(pool, &random)) }
        var compared = 0
        var mismatches: [String] = []
        for input in inputs where !input.contains(0) && UTF8Validation.firstInvalidByte(in: input) == nil {
            let ours = PrefilterParser.tokens(of: input)
            guard !ours.contains(where: { $0.kind == .bad }) else { continue }
            // Adjacent strings are one token to PostgreSQL across a newline; the grammar refuses them.
            guard !zip(ours, ours.dropFirst()).contains(where: { $0.kind == .string && $1.kind == .string }) else { continue }
            compared += 1
            let theirs = PgQuery.scan(input)?.filter { $0.token != 275 && $0.token != 276 }   // comments
            guard let theirs, theirs.count == ours.count, zip(ours, theirs).allSatisfy(Self.same) else {
                if mismatches.count < 10 {
                    let text = String(decoding: input, as: UTF8.self)
                    mismatches.append("\(text)\nours: \(ours.map { "\($0.kind)@\($0.start)..<\($0.end)" })\n"
                                      + "libpg_query: \(theirs.map { $0.map { "\($0.token)@\($0.start)..<\($0.end)" } } ?? ["error"])")
                }
                continue
            }
        }
        print("Scanner: \(compared) inputs compared token by token with libpg_query")
        #expect(compared > 10_000)
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n\n"))")
    }

    /// One of our tokens and one of libpg_query's are the same bytes and the same kind of token.
    static func same(_ ours: Token, _ theirs: PgQuery.ScanToken) -> Bool {
        guard ours.start == theirs.start, ours.end == theirs.end else { return false }
        let t = theirs.token
        switch ours.kind {
        case .word:
            if ours.info.keyword.isLookahead { return (277...739).contains(t) }   // categorized by the word, not the lookahead
            return t == 258 ? ours.info.category == .identifier
                : (277...739).contains(t) && Int(ours.info.category.rawValue) == theirs.keywordKind
        case .quotedIdentifier: return t == 258
        case .string: return t == 261
        case .bitString: return t == 263 || t == 264
        case .number: return t == 266 || t == 260
        case .parameter: return t == 267
        case .typecast: return t == 268
        case .operator:
            switch ours.op {
            case .comparison: return [60, 61, 62, 272, 273, 274].contains(t)
            case .generic: return t == 265 || t == 63
            default: return t < 128
            }
        case .leftParen, .rightParen, .leftBracket, .rightBracket, .comma, .semicolon, .dot, .colon:
            return t < 128
        case .end, .bad:
            return false
        }
    }

    static func info(_ word: String, fold: Bool = true) -> WordInfo {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            WordTables.info(of: buffer.baseAddress!, length: buffer.count, fold: fold)
        }
    }
}
