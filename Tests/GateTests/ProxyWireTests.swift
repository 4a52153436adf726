import NIOCore
import Testing
@testable import GateProxy

/// The protocol-3 codec without a network: start-up packets, frames, limits, and the messages the gate reads.
@Suite struct ProxyWireTests {
    func bytes(_ values: [UInt8]) -> ByteBuffer { ByteBuffer(bytes: values) }

    @Test func startupMessageKeepsParametersInOrderAndSwitchesToFrames() throws {
        var decoder = FrontendDecoder(limits: WireLimits())
        var input = StartupPacket.startupPacket([("user", "alice"), ("database", "shop"), ("application_name", "agent")])
        input.writeImmutableBuffer(ByteBuffer(bytes: [UInt8(ascii: "Q"), 0, 0, 0, 13] + Array("SELECT 1".utf8) + [0]))
        guard case .startup(.startup(let parameters, _)) = try decoder.next(from: &input) else { Issue.record("no startup"); return }
        #expect(parameters.map(\.0) == ["user", "database", "application_name"])
        #expect(parameters.map(\.1) == ["alice", "shop", "agent"])
        guard case .frame(let frame) = try decoder.next(from: &input) else { Issue.record("no frame"); return }
        #expect(try FrontendMessage(frame) == .query("SELECT 1"))
        #expect(try decoder.next(from: &input) == nil)
    }

    @Test func sslGssAndCancelRequestsStayInStartupMode() throws {
        var decoder = FrontendDecoder(limits: WireLimits())
        var input = bytes([0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x2F, 0, 0, 0, 8, 0x04, 0xD2, 0x16, 0x30])
        input.writeImmutableBuffer(StartupPacket.cancelPacket(processID: 42, secretKey: -7))
        #expect(try decoder.next(from: &input) == .startup(.sslRequest))
        #expect(try decoder.next(from: &input) == .startup(.gssEncryptionRequest))
        #expect(try decoder.next(from: &input) == .startup(.cancel(processID: 42, secretKey: -7)))
        #expect(decoder.started == false)
    }

    @Test func partialInputWaitsForMore() throws {
        var decoder = FrontendDecoder(limits: WireLimits())
        let whole = StartupPacket.startupPacket([("user", "u")])
        var partial = whole.getSlice(at: 0, length: whole.readableBytes - 1)!
        #expect(try decoder.next(from: &partial) == nil)
        #expect(partial.readableBytes == whole.readableBytes - 1)
    }

    @Test(arguments: [
        ([0, 0, 0, 3] as [UInt8], "length below 8"),
        ([0, 0, 0x30, 0, 0, 3, 0, 0], "above 10 000 bytes"),
        ([0, 0, 0, 8, 0, 2, 0, 0], "protocol 2"),
        ([0, 0, 0, 12, 0, 3, 0, 0, 0x75, 0, 0x78, 0], "no terminator for the value"),
        ([0, 0, 0, 10, 0, 3, 0, 0, 0, 0], "bytes after the list"),
        ([0, 0, 0, 9, 0, 3, 0, 0, 0], "no user"),
    ])
    func badStartupPacketsAreProtocolErrors(packet: [UInt8], why: String) {
        var decoder = FrontendDecoder(limits: WireLimits())
        var input = bytes(packet + [UInt8](repeating: 0, count: 16))
        #expect(throws: WireError.self, "\(why)") { try decoder.next(from: &input) }
    }

    @Test func oversizedFrameIsRefusedBeforeItsBodyArrives() {
        var input = bytes([UInt8(ascii: "Q"), 0x7F, 0xFF, 0xFF, 0xFF])
        #expect(throws: WireError.self) { try FrameSplitter.next(from: &input, maxBody: 64 << 20) }
        var short = bytes([UInt8(ascii: "Q"), 0, 0, 0, 3])
        #expect(throws: WireError.self) { try FrameSplitter.next(from: &short, maxBody: 100) }
    }

    @Test func extendedProtocolMessagesDecode() throws {
        func frame(_ type: Character, _ body: [UInt8]) -> Frame { Frame(type, body: ByteBuffer(bytes: body)) }
        let cstr = { (s: String) in Array(s.utf8) + [0] }
        #expect(try FrontendMessage(FrontendMessage.parseFrame(statement: "s1", query: "DELETE FROM t")) == .parse(statement: "s1", query: "DELETE FROM t"))
        #expect(try FrontendMessage(frame("B", cstr("p") + cstr("s1") + [0, 0, 0, 0, 0, 0])) == .bind(portal: "p", statement: "s1"))
        #expect(try FrontendMessage(frame("D", [UInt8(ascii: "S")] + cstr("s1"))) == .describe(kind: UInt8(ascii: "S"), name: "s1"))
        #expect(try FrontendMessage(frame("E", cstr("") + [0, 0, 0, 5])) == .execute(portal: "", maxRows: 5))
        #expect(try FrontendMessage(frame("C", [UInt8(ascii: "P")] + cstr("p"))) == .close(kind: UInt8(ascii: "P"), name: "p"))
        #expect(try FrontendMessage(frame("S", [])) == .sync)
        #expect(try FrontendMessage(frame("F", [0, 0, 1, 0])) == .functionCall)
        #expect(try FrontendMessage(frame("f", cstr("stop"))) == .copyFail("stop"))
        #expect(throws: WireError.self) { try FrontendMessage(frame("D", [UInt8(ascii: "X")] + cstr("s1"))) }
        #expect(throws: WireError.self) { try FrontendMessage(frame("P", cstr("s") + cstr("q") + [0, 2, 0, 0])) }
        #expect(throws: WireError.self) { try FrontendMessage(frame("Q", Array("no terminator".utf8))) }
        #expect(throws: WireError.self) { try FrontendMessage(frame("z", [])) }
    }

    @Test func saslMechanismListLosesChannelBindingOnlyInTheRewrite() throws {
        let offered = BackendMessage.saslFrame(mechanisms: ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"])
        #expect(try BackendMessage.authenticationCode(of: offered) == 10)
        #expect(try BackendMessage.saslMechanisms(of: offered) == ["SCRAM-SHA-256-PLUS", "SCRAM-SHA-256"])
    }

    @Test func backendMessagesRoundTrip() throws {
        let key = try BackendMessage.backendKey(of: BackendMessage.backendKeyFrame(processID: 1234, secretKey: -99))
        #expect(key.processID == 1234 && key.secretKey == -99)
        #expect(try BackendMessage.transactionStatus(of: BackendMessage.readyForQuery(UInt8(ascii: "E"))) == UInt8(ascii: "E"))
        #expect(throws: WireError.self) { try BackendMessage.transactionStatus(of: BackendMessage.readyForQuery(UInt8(ascii: "X"))) }
        let error = BackendMessage.responseFrame("E", fields: [("S", "ERROR"), ("C", "42501"), ("M", "no")])
        let fields = try BackendMessage.fields(of: error)
        #expect(fields[UInt8(ascii: "C")] == "42501" && fields[UInt8(ascii: "M")] == "no")
        var encoded = ByteBuffer()
        error.write(to: &encoded)
        #expect(try FrameSplitter.next(from: &encoded, maxBody: 1000) == error)
    }

    /// ≥ 1M random frames through every decoder: each gives a value, a WireError or "need more", never a crash.
    @Test func randomFramesNeverCrashTheDecoders() {
        var random = SplitMix(seed: 0x5eed)
        let types = Array("QPBDECSHFXdcfpRKZENSAGHWTDIsn123t".utf8) + [0, 0xFF]
        var decoded = 0, refused = 0
        for round in 0..<1_000_000 {
            let length = Int(random.next() % 24)
            var body = [UInt8](repeating: 0, count: length)
            for i in body.indices { body[i] = random.next() % 4 == 0 ? 0 : UInt8(truncatingIfNeeded: random.next()) }
            let type = types[Int(random.next() % UInt64(types.count))]
            let frame = Frame(type: type, body: ByteBuffer(bytes: body))
            if (try? FrontendMessage(frame)) != nil { decoded += 1 } else { refused += 1 }
            _ = try? BackendMessage.fields(of: frame)
            _ = try? BackendMessage.saslMechanisms(of: frame)
            _ = try? BackendMessage.transactionStatus(of: frame)
            _ = try? BackendMessage.backendKey(of: frame)
            // The same bytes as a stream: length words are random too.
            var stream = ByteBuffer(bytes: [type] + body)
            _ = try? FrameSplitter.next(from: &stream, maxBody: 16)
            if round % 8 == 0 {
                var decoder = FrontendDecoder(limits: WireLimits(maxStartupPacket: 64))
                var packet = ByteBuffer(bytes: [0, 0, 0, UInt8(8 + length % 16), 0, 3, 0, 0] + body)
                while let input = try? decoder.next(from: &packet), input != nil {}
            }
        }
        #expect(decoded > 0 && refused > 0)
    }
}

/// A small deterministic generator, so a failing round can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
