/* A memcpy() whose body is an asm that libclang shows without its
 * outputs (the x86 decompressor's shape): its summary returns every
 * argument.  The rules say memcpy() returns its destination
 * (rules/returns.json), and that is what a call gets. */
#include <linux/types.h>

void *memcpy(void *dest, const void *src, size_t n)
{
	long d0, d1, d2;

	asm volatile("rep ; movsb"
	             : "=&c"(d0), "=&D"(d1), "=&S"(d2)
	             : "0"(n), "1"(dest), "2"(src)
	             : "memory");
	return dest;
}
