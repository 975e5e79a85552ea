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

/* The handler passed down as a parameter, with linear memory as dev_id. */
static int chip_setup(unsigned int irq, irq_handler_t handler, void *dev_id)
{
	return request_irq(irq, handler, 0, "chip", dev_id);
}

int chip_probe_wrapped(unsigned int irq)
{
	return chip_setup(irq, chip_irq, kzalloc(64, GFP_KERNEL));
}
