/* arbitrary_virt_to_phys() and arbitrary_virt_to_machine() (Xen) handle any mapped address; clean. */
#include <linux/percpu.h>
#include <asm/desc.h>
#include <asm/xen/page.h>

phys_addr_t gdt_machine(int cpu)
{
	struct desc_struct *gdt = get_cpu_gdt_rw(cpu);
	xmaddr_t ma = arbitrary_virt_to_machine(gdt);

	return ma.maddr + arbitrary_virt_to_phys(get_cpu_gdt_rw(cpu));
}
