/* How many places call each function of the TU (callsites.c): the hook the
 * reporters' grouping (report/group.c) needs, filled into the call steps
 * of the findings by analysis.c. */
#ifndef XLATCHECK_CALLSITES_H
#define XLATCHECK_CALLSITES_H

#include "engine.h"

struct callsites;

struct callsites *callsites_count(struct engine *e);
/* The call sites of the function one of whose parameters is declared at
 * `param` (a STEP_PARAM step's location), or 0 when unknown. */
unsigned callsites_of_param(const struct callsites *cs, const struct xc_loc *param);
void callsites_free(struct callsites *cs);

#endif
