/* Trap: only sg_set_buf's buffer (argument 1) is a sink; the scatterlist array itself may live in vmalloc memory. */
#include <linux/scatterlist.h>
#include <linux/vmalloc.h>
#include <linux/slab.h>

struct scatterlist *build_table(unsigned int nents, unsigned int len)
{
	struct scatterlist *table = vmalloc(nents * sizeof(*table));
	void *buf = kmalloc(len, GFP_KERNEL);

	sg_init_table(table, nents);
	sg_set_buf(&table[0], buf, len);
	sg_init_one(table + 1, buf, len);
	return table;
}
