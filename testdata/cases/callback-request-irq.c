/* request_irq(), request_threaded_irq() and devm_request_irq() register handlers that receive the dev_id argument as their second parameter. */
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/vmalloc.h>
#include <asm/page.h>

struct chip {
	void *ring;
};

static irqreturn_t chip_irq(int irq, void *dev_id)
{
	unsigned long pa = __pa(dev_id);

	return pa ? IRQ_HANDLED : IRQ_NONE;
}

static irqreturn_t chip_thread(int irq, void *dev_id)
{
	unsigned long pa = __pa(dev_id);

	return pa ? IRQ_HANDLED : IRQ_NONE;
}

int chip_probe(struct device *dev, unsigned int irq)
{
	struct chip *c = vmalloc(sizeof(*c));
	int err = request_irq(irq, chip_irq, 0, "chip", c); /* expect: vmalloc-to-linear */ /* expect-note: request_irq() registers chip_irq(), which receives it as argument 2 */

	err |= request_threaded_irq(irq, NULL, chip_thread, 0, "chip", c); /* expect: vmalloc-to-linear */ /* expect-note: request_threaded_irq() registers chip_thread() */
	err |= devm_request_irq(dev, irq, chip_irq, 0, "chip", c); /* expect: vmalloc-to-linear */ /* expect-note: devm_request_irq() registers chip_irq() */
	return err;
}

/* The handler passed down as a parameter: the registration calls what the parameter may hold. */
static int chip_setup(unsigned int irq, irq_handler_t handler, void *dev_id)
{
	return request_irq(irq, handler, 0, "chip", dev_id);
}

int chip_probe_wrapped(unsigned int irq)
{
	return chip_setup(irq, chip_irq, vmalloc(64)); /* expect: vmalloc-to-linear */ /* expect-note: request_irq() registers chip_irq(), which receives it as argument 2 */
}
