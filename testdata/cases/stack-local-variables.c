/* The address of a local variable, a local struct's field or a local array is on the stack, with CONFIG_VMAP_STACK, where the stack is vmalloc-mapped. */
/* check-flags: -DCONFIG_VMAP_STACK */
#include <asm/page.h>

struct req {
	u32 cmd;
	u32 arg;
};

extern void submit_phys(phys_addr_t pa);

void send_request(u32 cmd)
{
	struct req r = { .cmd = cmd };
	u32 status;
	u8 reply[16];

	submit_phys(__pa(&r)); /* expect: stack-to-linear */
	submit_phys(__pa(&r.arg)); /* expect: stack-to-linear */
	submit_phys(__pa(&status)); /* expect: stack-to-linear */
	submit_phys(__pa(reply)); /* expect: stack-to-linear */
}
