/* Trap: kmalloc() buffers may be DMA-mapped; usb_control_msg_send()/_recv() copy a stack buffer into one first, so they take locals. */
#include <linux/usb.h>
#include <linux/slab.h>

int set_mode(struct usb_device *udev, unsigned int in, unsigned int out, u8 mode)
{
	u8 reply[2];
	u8 *buf = kmalloc(8, GFP_KERNEL);
	int got;
	int ret;

	if (!buf)
		return -1;
	ret = usb_control_msg(udev, out, 2, 0x40, mode, 0, buf, 8, 100);
	ret |= usb_bulk_msg(udev, out, buf, 8, &got, 100);
	ret |= usb_control_msg_send(udev, 0, 2, 0x40, mode, 0, &mode, 1, 100, GFP_KERNEL);
	ret |= usb_control_msg_recv(udev, 0, 3, 0xc0, 0, 0, reply, sizeof(reply), 100, GFP_KERNEL);
	kfree(buf);
	return ret;
}
