/* Fixture of the html test: where the buffer is translated (last file of
 * the path). */
#ifndef PHYS_H
#define PHYS_H
#define PAGE_OFFSET 0xC0000000UL
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET)

static inline unsigned long buf_to_phys(void *p)
{
	return __pa(p);
}
#endif
