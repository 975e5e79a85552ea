/* Fixture of the html test: a path across three files, buf.h -> multi.c ->
 * phys.h, with characters HTML must escape on the lines around it. */
#include "buf.h"
#include "phys.h"

struct dev {
	unsigned long phys;
};

void dev_setup(struct dev *d)
{
	/* <b>not bold</b> & "quoted" 'single' */
	void *b = get_buf(512);
	if (d && b)
		d->phys = buf_to_phys(b);
}
