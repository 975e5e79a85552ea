/* A pointer stored through a cast of a field (*(void **)req->ctx = buf) and read back the same way reaches __pa(). */
#include <linux/vmalloc.h>
#include <asm/page.h>

struct request {
	void *ctx;
};

void setup_ctx(struct request *req, size_t n)
{
	void *buf = vmalloc(n);

	*(void **)req->ctx = buf;
}

unsigned long ctx_phys(struct request *req)
{
	return __pa(*(void **)req->ctx); /* expect: vmalloc-to-linear */ /* expect-note: stored through the pointer in 'ctx' */
}
