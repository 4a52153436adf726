import SQLRisk
print(Classifier().classify(CommandLine.arguments.dropFirst().joined(separator: " ")))
