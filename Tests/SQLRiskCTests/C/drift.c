// Compiled with -fsyntax-only by HeaderDriftTests: the hand-written header and the header Swift
// generates for the SQLRiskC target must not declare any function differently.
#include "sqlrisk.h"
#include "SQLRiskC-Swift.h"
