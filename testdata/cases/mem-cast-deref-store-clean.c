/* Trap: a kmalloc'd pointer stored through a cast of a field and read back the same way is linear; clean. */
#include <linux/slab.h>
#include <asm/page.h>

struct request {
	void *ctx;
};

void setup_ctx(struct request *req, size_t n)
{
	void *buf = kmalloc(n, GFP_KERNEL);

	*(void **)req->ctx = buf;
}

unsigned long ctx_phys(struct request *req)
{
	return __pa(*(void **)req->ctx);
}
