/* Trap: __pa_symbol() is the translation for kernel image symbols (on i386 it expands through __phys_addr too): clean. */
#include <asm/page.h>

extern char _text[], _end[];
extern struct { u32 pgd[1024]; } swapper_pg_dir_like;

unsigned long image_phys(void)
{
	return __pa_symbol(_text) + __pa_symbol(&swapper_pg_dir_like) + __pa_symbol(_end);
}
