/* Trap: the IRQ number is not the dev_id: handlers registered with kzalloc() memory as dev_id, and a vmalloc() pointer that is never the dev_id, stay quiet. */
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/slab.h>
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

int chip_probe(struct device *dev, unsigned int irq)
{
	struct chip *c = kzalloc(sizeof(*c), GFP_KERNEL);
	void *ring = vmalloc(4096);
	int err = request_irq(irq, chip_irq, 0, ring ? "chip" : "x", c);

	err |= request_threaded_irq(irq, chip_irq, NULL, 0, "chip", c);
	err |= devm_request_irq(dev, irq, chip_irq, 0, "chip", c);
	return err;
}
