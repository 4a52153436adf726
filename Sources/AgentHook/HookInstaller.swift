enum HookInstaller { static func main(_ arguments: [String]) -> Int32 { 64 } }
enum HookDoctor { static func main(_ arguments: [String]) -> Int32 { 64 } }
