/* Trap: inside pasted printk arguments the right translations stay quiet, and an argument after a translation is not taken for the translation's argument: only what is written inside __pa()'s parentheses is translated. */
#define DEBUG
#include <linux/kernel.h>
#include <linux/device.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/io.h>

void report_right(struct device *dev, unsigned long n)
{
	void *buf = vmalloc(n);
	void *lin = (void *)__get_free_page(GFP_KERNEL);

	pr_info("%lx %p\n", (unsigned long)__pa(lin), buf);
	printk(KERN_INFO "%lx\n", vmalloc_to_pfn(buf));
	pr_debug("%p %lx\n", buf, (unsigned long)virt_to_phys(lin));
	dev_info(dev, "%lx %p\n", (unsigned long)page_to_phys(vmalloc_to_page(buf)), buf);
}
