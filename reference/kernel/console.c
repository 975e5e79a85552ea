/*
 * The serial console: COM1, 115200 8N1, polled.  Every line of the boot log
 * a test reads comes through printk(), one line per call, under a lock so
 * that two CPUs never interleave characters.
 */
#include <stdarg.h>

#include "defs.h"
#include "spinlock.h"
#include "x86.h"

#define COM1 0x3f8

static spinlock_t console_lock;

void
serial_init(void)
{
	outb(0x00, COM1 + 1);	/* no interrupts: we poll */
	outb(0x80, COM1 + 3);	/* DLAB on */
	outb(0x01, COM1 + 0);	/* divisor 1: 115200 baud */
	outb(0x00, COM1 + 1);
	outb(0x03, COM1 + 3);	/* 8N1, DLAB off */
	outb(0x07, COM1 + 2);	/* enable and clear the FIFOs */
}

static void
serial_putc(char c)
{
	for (int i = 0; i < 100000 && !(inb(COM1 + 5) & 0x20); i++)
		cpu_relax();
	outb(c, COM1);
}

/* Lines end "\r\n" on the wire. */
static void
console_putc(char c)
{
	if (c == '\n')
		serial_putc('\r');
	serial_putc(c);
}

static void
serial_puts(const char *s)
{
	while (*s)
		console_putc(*s++);
}

static void
put_num(unsigned long v, int base, int width, char pad)
{
	char buf[12];
	int n = 0;

	do {
		buf[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	while (width-- > n)
		serial_putc(pad);
	while (n)
		serial_putc(buf[--n]);
}

/* %s %c %d %u %x %p, with an optional 0 flag and width. */
static void
vprintk(const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			console_putc(*fmt);
			continue;
		}
		char pad = ' ';
		int width = 0;

		if (*++fmt == '0')
			pad = '0', fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + *fmt++ - '0';
		while (*fmt == 'l')
			fmt++;
		switch (*fmt) {
		case 'd': {
			long v = va_arg(ap, long);

			if (v < 0)
				serial_putc('-'), v = -v;
			put_num(v, 10, width, pad);
			break;
		}
		case 'u':
			put_num(va_arg(ap, unsigned long), 10, width, pad);
			break;
		case 'x':
			put_num(va_arg(ap, unsigned long), 16, width, pad);
			break;
		case 'p':
			serial_putc('0'), serial_putc('x');
			put_num((unsigned long)va_arg(ap, void *), 16, 8, '0');
			break;
		case 's':
			serial_puts(va_arg(ap, const char *));
			break;
		case 'c':
			serial_putc(va_arg(ap, int));
			break;
		default:
			serial_putc('%'), serial_putc(*fmt);
			break;
		}
	}
}

void
printk(const char *fmt, ...)
{
	va_list ap;

	spin_lock(&console_lock);
	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
	spin_unlock(&console_lock);
}

/* isa-debug-exit ends QEMU from any CPU; on real hardware, halt. */
void
qemu_exit(u32 code)
{
	outl(code, QEMU_EXIT_PORT);
	halt_forever();
}

void
panic(const char *fmt, ...)
{
	va_list ap;

	spin_lock(&console_lock);
	serial_puts("refk: FAIL ");
	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
	serial_puts("\n");
	spin_unlock(&console_lock);
	qemu_exit(QEMU_EXIT_FAIL);
}
