/* The memory functions the kernel (and gcc, for struct copies) calls, and strcmp. */
#include "defs.h"

void *
memset(void *dst, int c, size_t n)
{
	u8 *d = dst;

	while (n--)
		*d++ = c;
	return dst;
}

void *
memcpy(void *dst, const void *src, size_t n)
{
	u8 *d = dst;
	const u8 *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

int
memcmp(const void *a, const void *b, size_t n)
{
	const u8 *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

int
strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (u8)*a - (u8)*b;
}
