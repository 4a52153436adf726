/// A write or DDL on an object a policy profile protects (`protected = ["public.users", "billing.*"]`).
/// Raised by the policy after the walk (`PolicyFindings`), from the objects the other findings name.
enum ProtectedObjectRule {
    static let descriptor = RuleDescriptor(
        id: "protected-object", level: .destructive,
        summary: "A write or schema change on an object the policy protects",
        rationale: "Some tables matter more than others: a bounded UPDATE of users or any change in billing deserves the care of a destructive statement. Applies only under a policy whose profile lists the object in `protected` (examples: protected = [\"public.users\", \"billing.*\"]).",
        hint: "Change protected objects through a reviewed migration, or ask the owner of the policy",
        hits: ["UPDATE users SET name = 'x' WHERE id = 1", "INSERT INTO billing.invoices VALUES (1)", "ALTER TABLE public.users ADD COLUMN x int",
               "WITH d AS (DELETE FROM billing.items WHERE id = 2 RETURNING *) SELECT * FROM d"],
        misses: ["SELECT * FROM users", "UPDATE accounts SET name = 'x' WHERE id = 1", "INSERT INTO billingx.invoices VALUES (1)",
                 "UPDATE other.users SET x = 1 WHERE id = 1"],
        examplePolicy: "version = 1\n[profile.p]\nprotected = [\"public.users\", \"billing.*\"]\n")
}
