/* usb_control_msg(), usb_bulk_msg() and usb_interrupt_msg() DMA-map their buffer: a stack buffer is a bug on every config (no CONFIG_VMAP_STACK here). */
#include <linux/usb.h>

int read_status(struct usb_device *udev, unsigned int in, unsigned int out)
{
	u8 status[4];
	u8 cmd[8] = {1};
	int got;
	int ret;

	ret = usb_control_msg(udev, in, 1, 0xc0, 0, 0, status, sizeof(status), 100); /* expect: stack-to-linear */
	if (ret < 0)
		return ret;
	ret = usb_bulk_msg(udev, out, cmd, sizeof(cmd), &got, 100); /* expect: stack-to-linear */
	if (ret < 0)
		return ret;
	return usb_interrupt_msg(udev, in, status, sizeof(status), &got, 100); /* expect: stack-to-linear */
}
