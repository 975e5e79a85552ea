/* A function pointer variable, global or local, called as fp(x) or (*fp)(x), is a call of every function assigned to it. */
#include <linux/vmalloc.h>
#include <asm/page.h>

static phys_addr_t to_phys(void *buf)
{
	return __pa(buf);
}

static void *get_buf(unsigned long n)
{
	return vmalloc(n);
}

static phys_addr_t (*xlate)(void *buf);

void setup(void)
{
	xlate = to_phys;
}

phys_addr_t run(void)
{
	void *(*get)(unsigned long) = get_buf;
	phys_addr_t (*local)(void *);
	void *b = (*get)(4096);

	local = &to_phys;
	return xlate(b) /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through 'xlate' */
		+ (*local)(b); /* expect: vmalloc-to-linear */ /* expect-note: calls to_phys() through 'local' */
}
