/* Parameter -> field store: a setter storing its argument in s->buf makes every read of that field carry the caller's region. */
#include <linux/vmalloc.h>
#include <asm/io.h>

struct session {
	void *buf;
	size_t len;
};

static void session_set_buf(struct session *s, void *buf, size_t len)
{
	s->buf = buf;
	s->len = len;
}

phys_addr_t session_start(struct session *s, size_t len)
{
	session_set_buf(s, vmalloc(len), len);
	return virt_to_phys(s->buf); /* expect: vmalloc-to-linear */
}
