import Testing
@testable import SQLRisk

@Test func smoke() {
    #expect(Classifier().classify("DELETE FROM users").level == .destructive)
}
