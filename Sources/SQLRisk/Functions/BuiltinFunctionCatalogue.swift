// Placeholder until scripts/generate-function-catalogue.sh has run.
extension BuiltinFunctionCatalogue {
    static let generatedFromVersion = "none"
    static let generatedTable = """
    count\ti\ta
    lower\ti\tf
    now\ts\tf
    nextval\tv\tf
    """
}
