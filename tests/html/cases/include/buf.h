/* Fixture of the html test: where the buffer comes from (first file of the
 * path). */
#ifndef BUF_H
#define BUF_H
void *vmalloc(unsigned long size);

static inline void *get_buf(unsigned long n)
{
	return vmalloc(n < 4096 && n ? n : 4096);
}
#endif
