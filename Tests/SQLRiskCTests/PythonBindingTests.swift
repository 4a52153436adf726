import Foundation
import Testing

/// bindings/python as a user gets it: a fresh virtual environment, `pip install ./bindings/python`
/// (which builds libsqlrisk.so with the Swift toolchain and puts it in the package), then the unittest
/// suite run by that environment's python from outside the checkout, with no LD_LIBRARY_PATH and no
/// SQLRISK_LIBRARY: only the installed package is importable.
@Suite("Python package", .serialized)
struct PythonBindingTests {
    @Test func installedPackagePassesItsTests() throws {
        let python = try #require(Toolbox.tool("python3"), "python3 is needed to test bindings/python (apt-get install python3)")
        let venv = try Toolbox.scratchDirectory().appending(path: "python-venv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: venv) }
        let made = try Command.run(python, ["-m", "venv", venv.path])
        try #require(made.status == 0, "python3 -m venv failed (apt-get install python3-venv): \(made.stderr)")
        let venvPython = venv.appending(path: "bin/python").path
        let install = try Command.run(venvPython, ["-m", "pip", "install", "-q", "--disable-pip-version-check",
                                                   Toolbox.packageRoot.appending(path: "bindings/python").path])
        try #require(install.status == 0, "pip install ./bindings/python failed:\n\(install.stdout)\n\(install.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["LD_LIBRARY_PATH"] = nil
        environment["SQLRISK_LIBRARY"] = nil
        environment["PYTHONPATH"] = nil
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        let done = try Command.run(venvPython, ["-c", "import sqlrisk; print(sqlrisk.classify('DROP TABLE t').level); print(sqlrisk.__file__)"],
                                   environment: environment, in: venv, replacingEnvironment: true)
        let lines = done.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Level.DESTRUCTIVE", "\(done.stderr)")
        #expect(lines.last?.hasPrefix(venv.path) == true, "imported from \(lines.last ?? "?"), not the installed package")
        let run = try Command.run(venvPython, ["-m", "unittest", "discover", "-s",
                                               Toolbox.packageRoot.appending(path: "bindings/python/tests").path,
                                               "-t", Toolbox.packageRoot.appending(path: "bindings/python/tests").path, "-v"],
                                  environment: environment, in: venv, replacingEnvironment: true)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("\nOK"), "\(run.stderr)")
    }
}
