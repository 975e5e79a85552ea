/* The shared declarations of the two files of the summaries test. */
void *vmalloc(unsigned long size);
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)
struct ring {
	void *buf;
	int flags;
};
extern void *shared_buf;
void *ring_alloc(unsigned long n);
unsigned long ring_phys(void *p);
void ring_keep(void *p);
int is_vmalloc_addr(const void *p);
