/* Cross-file: the other file only hands a ring's buffer to a helper that
 * copies nothing into it; the link has two documents to join. */
#include "ring.h"

unsigned long ring_buf_pfn(struct ring *r)
{
	return r ? 1 : 0;
}
