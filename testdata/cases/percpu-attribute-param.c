/* A parameter declared __percpu is a percpu cookie in the function itself. */
#include <linux/percpu.h>

phys_addr_t cookie_phys(void __percpu *cookie)
{
	return __pa(cookie); /* expect: percpu-to-linear */
}
