#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// `sqlrisk_last_error()`: one message per thread, kept in a pthread key whose destructor frees it
/// when the thread ends.
enum LastError {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { free($0) }
        return key
    }()

    static func set(_ message: String) {
        let old = pthread_getspecific(key)
        pthread_setspecific(key, strdup(message))
        free(old)
    }

    static var current: UnsafePointer<CChar>? {
        pthread_getspecific(key).map { UnsafePointer($0.assumingMemoryBound(to: CChar.self)) }
    }
}
