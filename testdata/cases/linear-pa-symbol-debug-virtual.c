/* Trap: with CONFIG_DEBUG_VIRTUAL __pa_symbol() calls the same __phys_addr() function as __pa(); still clean. */
/* check-flags: -DCONFIG_DEBUG_VIRTUAL */
#include <asm/page.h>

extern char _text[], _end[];
extern struct { u32 pgd[1024]; } swapper_pg_dir_like;

unsigned long image_phys(void)
{
	return __pa_symbol(_text) + __pa_symbol(&swapper_pg_dir_like) + __pa_symbol(_end);
}
