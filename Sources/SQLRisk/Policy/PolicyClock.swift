import Glibc

/// Today's date in UTC, for allowlist expiry: an entry that `expires = 2027-06-30` accepts findings
/// through that day and nothing after it.
public enum PolicyClock {
    public static func today() -> TOMLDateTime.Date {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        return TOMLDateTime.Date(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
