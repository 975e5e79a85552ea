/* One __pa() of a vmalloc pointer per function; the suppression comments
 * are what the report tests check.  Findings sit on the @marker lines. */
#include "kernel.h"

unsigned long same_line(void *p)
{
	return __pa(p); /* xlatcheck: ignore[vmalloc-to-linear] freed before remap */ /* @same */
}

unsigned long line_above(void *p)
{
	// xlatcheck: ignore[vmalloc-to-linear] the caller checked is_vmalloc_addr()
	return __pa(p); /* @above */
}

unsigned long no_reason(void *p)
{
	return __pa(p); /* xlatcheck: ignore[vmalloc-to-linear] */ /* @noreason */
}

unsigned long wrong_rule(void *p)
{
	return __pa(p); /* xlatcheck: ignore[percpu-to-linear] not this rule */ /* @wrongrule */
}

/* xlatcheck: ignore[percpu-to-linear, vmalloc-to-linear] reviewed: boot-time only */
unsigned long whole_function(void *p, void *q) /* @wholefn */
{
	unsigned long a = __pa(p); /* @whole1 */

	return a + __pa(q); /* @whole2 */
}

unsigned long defined_here(void *p) /* xlatcheck: ignore[vmalloc-to-linear] early boot */ /* @deffn */
{
	return __pa(p); /* @def1 */
}

unsigned long stale(void *p)
{
	/* xlatcheck: ignore[vmalloc-to-linear] fixed since, nothing matches */
	return (unsigned long)p;
}

__attribute__((annotate("xlatcheck:ignore:vmalloc-to-linear:linear alias checked")))
unsigned long annotated(void *p) /* @annfn */
{
	return __pa(p); /* @ann1 */
}

__attribute__((annotate("xlatcheck:ignore:vmalloc-to-linear")))
unsigned long annotated_no_reason(void *p) /* @annfn2 */
{
	return __pa(p); /* @ann2 */
}

unsigned long external(void *p)
{
	return __pa(p); /* @external */
}
