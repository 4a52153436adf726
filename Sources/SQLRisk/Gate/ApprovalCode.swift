/// Approval codes a human reads off one screen and types into another: six symbols from an alphabet
/// without look-alikes (no 0/O, 1/I/L, U), shown as `K7Q-4MZ`. 30^6 ≈ 7·10^8 codes, drawn from the kernel.
public enum ApprovalCode {
    static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    public static func generate() -> String {
        var symbols: [UInt8] = []
        while symbols.count < 6 {
            // Bytes of 240 and above would favour the first symbols; drop them.
            for byte in GateSystem.randomBytes(12) where byte < 240 && symbols.count < 6 {
                symbols.append(alphabet[Int(byte) % alphabet.count])
            }
        }
        return String(decoding: symbols[0..<3] + [0x2D] + symbols[3..<6], as: UTF8.self)
    }

    /// The canonical form of what a human typed: upper case, without dashes or spaces (`k7q4mz` → `K7Q-4MZ`),
    /// or nil when it cannot be a code.
    public static func normalize(_ typed: String) -> String? {
        let symbols = typed.uppercased().utf8.filter { $0 != 0x2D && $0 != 0x20 }
        guard symbols.count == 6, symbols.allSatisfy(alphabet.contains) else { return nil }
        return String(decoding: symbols[0..<3] + [0x2D] + symbols[3..<6], as: UTF8.self)
    }
}
