/* Cross-file (issue 8 item 3): the thread function translates the data it
 * is given; start.c registers it with kthread_run() and kmalloc memory: right. */
#include <asm/page.h>

int ring_worker(void *data)
{
	return __pa(data) != 0;
}
