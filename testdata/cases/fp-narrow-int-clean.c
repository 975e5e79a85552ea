/* A length read through a user pointer by inline asm (get_user()'s shape:
 * the asm's output operand gets every operand's regions) lands in an
 * integer narrower than a pointer, which holds no address: the kernel
 * buffer it then offsets stays kernel memory.  (The cases build for i386,
 * where an int is as wide as a pointer: on x86_64 an unsigned int length,
 * scsi_ioctl.c's, is narrower too.) */
#include <linux/slab.h>
#include <linux/mm.h>

struct sic_hdr {
	unsigned short inlen;
};

static unsigned short read_len(struct sic_hdr __user *sic)
{
	unsigned short len;
	unsigned long val;

	asm volatile("" : "=r"(val) : "0"(&sic->inlen));
	len = (unsigned short)val;
	return len;
}

struct page *map_buf(struct sic_hdr __user *sic)
{
	char *data = kmalloc(4096, GFP_KERNEL);
	unsigned long wide;
	char c;

	data += read_len(sic);
	asm volatile("" : "=r"(wide) : "0"(sic));
	c = (char)wide;
	data += c;
	return virt_to_page(data); /* a kmalloc'd buffer: clean */
}
