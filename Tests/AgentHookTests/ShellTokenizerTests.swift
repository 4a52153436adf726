import Testing
@testable import ShellCommands

@Suite struct ShellTokenizerPlaceholderTests {
    @Test func moduleLinks() { _ = ShellTokenizer.self }
}
