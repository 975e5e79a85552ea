/* usb_bulk_msg() DMA-maps its buffer with the linear map: a vmalloc buffer is the wrong page. */
#include <linux/usb.h>
#include <linux/vmalloc.h>

int send_firmware(struct usb_device *udev, unsigned int out, unsigned long size)
{
	void *fw = vmalloc(size);
	int sent;

	if (!fw)
		return -1;
	return usb_bulk_msg(udev, out, fw, (int)size, &sent, 1000); /* expect: vmalloc-to-linear */ /* expect-text: dma_map_page */
}
