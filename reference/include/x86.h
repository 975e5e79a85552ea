/* Inline wrappers for the x86 instructions C cannot express. */
#ifndef REFK_X86_H
#define REFK_X86_H

#include "types.h"

static inline u8
inb(u16 port)
{
	u8 v;

	asm volatile("inb %1, %0" : "=a"(v) : "d"(port));
	return v;
}

static inline void
outb(u8 v, u16 port)
{
	asm volatile("outb %0, %1" : : "a"(v), "d"(port));
}

static inline void
outl(u32 v, u16 port)
{
	asm volatile("outl %0, %1" : : "a"(v), "d"(port));
}

static inline unsigned long
read_cr0(void)
{
	unsigned long v;

	asm volatile("mov %%cr0, %0" : "=r"(v));
	return v;
}

static inline unsigned long
read_cr2(void)
{
	unsigned long v;

	asm volatile("mov %%cr2, %0" : "=r"(v));
	return v;
}

static inline void
load_cr3(unsigned long pgdir_pa)
{
	asm volatile("mov %0, %%cr3" : : "r"(pgdir_pa) : "memory");
}

static inline void
invlpg(unsigned long va)
{
	asm volatile("invlpg (%0)" : : "r"(va) : "memory");
}

/* Atomic exchange: the only read-modify-write the SMP code needs. */
static inline u32
xchg(volatile u32 *p, u32 v)
{
	asm volatile("xchgl %0, %1" : "+m"(*p), "+r"(v) : : "memory");
	return v;
}

static inline void
cpu_relax(void)
{
	asm volatile("pause" : : : "memory");
}

static inline void __attribute__((noreturn))
halt_forever(void)
{
	for (;;)
		asm volatile("cli; hlt");
}

#endif
