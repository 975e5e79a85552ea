/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: model of include/linux/usb.h (6.1 slice): the
 * synchronous message calls.  usb_control_msg(), usb_bulk_msg() and
 * usb_interrupt_msg() DMA-map `data`, which must therefore be kmalloc()
 * memory; usb_control_msg_send()/_recv() copy it into such a buffer first,
 * so they take any pointer.
 */
#ifndef __LINUX_USB_H
#define __LINUX_USB_H

#include <linux/types.h>
#include <linux/gfp_types.h>

struct usb_device;

extern int usb_control_msg(struct usb_device *dev, unsigned int pipe,
	__u8 request, __u8 requesttype, __u16 value, __u16 index,
	void *data, __u16 size, int timeout);
extern int usb_interrupt_msg(struct usb_device *usb_dev, unsigned int pipe,
	void *data, int len, int *actual_length, int timeout);
extern int usb_bulk_msg(struct usb_device *usb_dev, unsigned int pipe,
	void *data, int len, int *actual_length, int timeout);
int usb_control_msg_send(struct usb_device *dev, __u8 endpoint, __u8 request,
			 __u8 requesttype, __u16 value, __u16 index,
			 const void *data, __u16 size, int timeout,
			 gfp_t memflags);
int usb_control_msg_recv(struct usb_device *dev, __u8 endpoint, __u8 request,
			 __u8 requesttype, __u16 value, __u16 index,
			 void *data, __u16 size, int timeout,
			 gfp_t memflags);

#endif /* __LINUX_USB_H */
