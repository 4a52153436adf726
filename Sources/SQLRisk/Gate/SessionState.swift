/// What carries from one input to the next on the same connection and changes how later SQL must be
/// judged (SPEC §1, §10): lexer-changing settings, the role, prepared statements by name.
///
/// Placeholder until the accuracy issue lands.
public struct SessionState: Sendable, Equatable {
    public init() {}
}
