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
