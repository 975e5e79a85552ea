/* A translation written in the arguments of a macro that pastes them (`pr_info(fmt, ...)` is `printk(KERN_INFO pr_fmt(fmt), ##__VA_ARGS__)`, printk() a statement expression over _printk(), dev_info() pastes into _dev_info()): the pasted argument is expanded inside the printk macros, where libclang records no expansion of __pa(), and was never reported. */
#define DEBUG /* pr_debug() is printk() */
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/percpu.h>
#include <linux/gfp.h>
#include <linux/vmalloc.h>
#include <asm/io.h>

DEFINE_PER_CPU(int, irq_count);

/* A driver's own logging macro pastes its arguments the same way. */
extern void my_log(const char *fmt, ...);
#define MY_LOG(fmt, ...) my_log("mine: " fmt, ##__VA_ARGS__)

void report_buffers(struct device *dev, unsigned long n, int cpu)
{
	void *buf = vmalloc(n);
	void *lin = (void *)__get_free_page(GFP_KERNEL);

	pr_info("%lx\n", (unsigned long)__pa(buf)); /* expect: vmalloc-to-linear */ /* expect-note: reaches __pa() */ /* expect-note: vmalloc() returns vmalloc memory */
	printk(KERN_INFO "%lx\n", (unsigned long)virt_to_phys(buf)); /* expect: vmalloc-to-linear */
	pr_debug("%lx\n", (unsigned long)__pa(buf)); /* expect: vmalloc-to-linear */
	dev_info(dev, "%lx\n", (unsigned long)__pa(buf)); /* expect: vmalloc-to-linear */
	MY_LOG("%lx\n", (unsigned long)__pa(buf)); /* expect: vmalloc-to-linear */
	pr_info("%lx %lx\n", (unsigned long)__pa(lin), (unsigned long)__pa(buf + 8)); /* expect: vmalloc-to-linear@64 */
	pr_info("%lx\n", (unsigned long)__pa(per_cpu_ptr(&irq_count, cpu))); /* expect: percpu-to-linear */ /* expect-note: per_cpu_ptr */
}
