/// Merges policy layers, lowest first, into one `Policy` (SPEC §6). System, user and `--policy` files
/// set what they name; a project file may only tighten unless a user or system file says
/// `trust_project = true`: everything else it says is recorded in `ignored` with the reason.
struct PolicyLayering {
    private(set) var policy = Policy()
    private var definedProfiles = false
    private var errors: [PolicyError] = []

    static func merge(_ layers: [PolicyLayer]) throws(PolicyErrors) -> Policy {
        var merger = PolicyLayering()
        merger.policy.trustProject = layers.reduce(false) { trusted, layer in
            layer.kind == .project ? trusted : (layer.trustProject?.0 ?? trusted)
        }
        for layer in layers { merger.apply(layer) }
        merger.checkReferences()
        guard merger.errors.isEmpty else { throw PolicyErrors(errors: merger.errors) }
        let today = PolicyClock.today()
        merger.policy.today = today
        merger.policy.expiredEntries = merger.policy.allow.filter { $0.isExpired(today: today) }
        return merger.policy
    }

    private mutating func ignore(_ path: String, _ source: PolicySource, _ reason: String) {
        policy.ignored.append(IgnoredSetting(keyPath: path, source: source, reason: reason))
    }

    private static let untrusted = "the project file is not trusted (no user or system policy says trust_project = true)"

    private mutating func apply(_ layer: PolicyLayer) {
        policy.files.append(layer.file)
        let restricted = layer.kind == .project && !policy.trustProject
        if let (_, source) = layer.trustProject, layer.kind == .project {
            ignore("trust_project", source, "only a user or system policy can trust project files")
        } else if let (flag, source) = layer.trustProject {
            policy.provenance["trust_project"] = source
            _ = flag
        }
        if let (name, source) = layer.defaultProfile {
            if restricted { ignore("default_profile", source, Self.untrusted + "; it could send connections to a looser profile") } else {
                policy.defaultProfile = name
                policy.provenance["default_profile"] = source
            }
        }
        for profile in layer.profiles { apply(profile, restricted: restricted) }
        if restricted {
            for target in layer.targets { ignore("target", target.source, Self.untrusted + "; it could send connections to a looser profile") }
        } else {
            policy.targets.insert(contentsOf: layer.targets, at: 0)
        }
        if restricted {
            for function in layer.readOnly { ignore("functions.read_only", function.source, Self.untrusted + "; read_only functions drop findings") }
        } else {
            policy.readOnlyFunctions += layer.readOnly
        }
        policy.dangerousFunctions += layer.dangerous
        for (name, source) in layer.guards where !policy.guardSettings.contains(name) {
            policy.guardSettings.append(name)
            policy.provenance["settings.guards." + name] = source
        }
        if let (flag, source) = layer.standardConformingStrings {
            if restricted && flag && policy.standardConformingStrings == false {
                ignore("server.standard_conforming_strings", source, Self.untrusted + "; it would turn off the backslash check a lower layer asked for")
            } else {
                policy.standardConformingStrings = flag
                policy.provenance["server.standard_conforming_strings"] = source
            }
        }
        for (rule, level, source) in layer.ruleLevels {
            let current = policy.ruleLevels[rule] ?? RuleRegistry.descriptor(id: rule)?.level ?? .safe
            if restricted && level < current {
                ignore("rules.\(rule).level", source, Self.untrusted + "; it would lower \(rule) from \(current.name) to \(level.name)")
            } else {
                policy.ruleLevels[rule] = level
                policy.provenance["rules.\(rule).level"] = source
            }
        }
        if restricted {
            for entry in layer.allow { ignore("allow", entry.source, Self.untrusted + "; [[allow]] entries accept findings (rule \(entry.rule))") }
        } else {
            policy.allow += layer.allow
        }
        policy.hookMCPTools += layer.mcpTools
        applyOperational(layer, restricted: restricted)
    }

    private mutating func applyOperational(_ layer: PolicyLayer, restricted: Bool) {
        let reason = Self.untrusted + "; the gates' own settings come from user, system or --policy files"
        if let audit = layer.audit {
            if restricted { ignore("audit", audit.source, reason) } else { policy.audit = audit; policy.provenance["audit"] = audit.source }
        }
        if let approvals = layer.approvals {
            if restricted { ignore("approvals", approvals.source, reason) } else {
                policy.approvals = approvals
                policy.provenance["approvals"] = approvals.source
            }
        }
        if let proxy = layer.proxy {
            if restricted { ignore("proxy", proxy.source, reason) } else { policy.proxy = proxy; policy.provenance["proxy"] = proxy.source }
        }
    }

    private mutating func apply(_ settings: PolicyLayer.ProfileSettings, restricted: Bool) {
        if !definedProfiles {
            policy.profiles = []
            definedProfiles = true
        }
        let path = "profile." + settings.name
        let index: Int
        if let existing = policy.profiles.firstIndex(where: { $0.name == settings.name }) {
            index = existing
        } else {
            policy.profiles.append(PolicyProfile(name: settings.name, source: settings.source))
            index = policy.profiles.count - 1
            policy.provenance[path] = settings.source
            policy.provenance[path + ".ask"] = .builtIn
            policy.provenance[path + ".deny"] = .builtIn
        }
        var profile = policy.profiles[index]
        if let (level, source) = settings.ask {
            if restricted && level > profile.ask {
                ignore(path + ".ask", source, Self.untrusted + "; it would raise ask from \(profile.ask.name) to \(level.name)")
            } else {
                profile.ask = level
                policy.provenance[path + ".ask"] = source
            }
        }
        if let (level, source) = settings.deny {
            if restricted && level > profile.deny {
                ignore(path + ".deny", source, Self.untrusted + "; it would raise deny from \(profile.deny.name) to \(level.name)")
            } else {
                profile.deny = level
                policy.provenance[path + ".deny"] = source
            }
        }
        if profile.ask > profile.deny { profile.ask = profile.deny }
        profile.protected += settings.protected.filter { new in !profile.protected.contains { $0.text == new.text } }
        if let (path2, source) = settings.searchPath {
            if restricted {
                ignore(path + ".search_path", source, Self.untrusted + "; search_path decides which objects allowlist and protected names mean")
            } else {
                profile.searchPath = path2
                policy.provenance[path + ".search_path"] = source
            }
        }
        policy.profiles[index] = profile
    }

    private mutating func checkReferences() {
        let names = policy.profiles.map(\.name)
        func check(_ name: String, _ source: PolicySource, _ path: String) {
            guard !names.contains(name) else { return }
            errors.append(PolicyError(source: source, keyPath: path,
                                      message: "unknown profile '\(name)' (profiles: \(names.joined(separator: ", ")))\(Suggestion.didYouMean(name, among: names))"))
        }
        if let name = policy.defaultProfile { check(name, policy.provenance["default_profile"] ?? .builtIn, "default_profile") }
        for target in policy.targets { check(target.profile, target.source, "target.profile") }
        for entry in policy.allow {
            for name in entry.profiles { check(name, entry.source, "allow.profile") }
        }
    }
}
