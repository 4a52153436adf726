// The functions of sqlrisk.h are implemented in Swift (Sources/SQLRiskC). SwiftPM needs one source
// file per C target; compiling the header here as plain C also checks that it stands on its own.
#include "sqlrisk.h"
