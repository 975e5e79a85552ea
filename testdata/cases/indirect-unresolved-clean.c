/* Trap: a call through a pointer nothing in the TU is stored into (a parameter, a field filled elsewhere) stays opaque, as before. */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct hooks {
	unsigned long (*map)(void *buf);
};

unsigned long call_hook(const struct hooks *h, unsigned long (*fn)(void *))
{
	void *buf = vmalloc(4096);

	return h->map(buf) + fn(buf);
}
