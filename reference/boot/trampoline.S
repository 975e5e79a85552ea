/*
 * trampoline.S -- where an AP starts (arch/x86/realmode/rm/trampoline_32.S).
 *
 * Contract: linked at TRAMPOLINE_BASE (0x8000) but stored inside the kernel
 * image; smp_init() copies it to physical 0x8000 before the first SIPI, whose
 * vector 0x08 starts the AP here in real mode at 0800:0000.  It must be page
 * aligned and below 1 MiB (SIPI), below 64 KiB (it addresses its data with
 * DS=0) and smaller than 4 KiB (QEMU's Multiboot info is at 0x9000).
 * It loads a null IDT and its own flat GDT, sets CR0.PE and far-jumps to the
 * physical address of startup_32_smp: paging off, no stack, IF=0.
 */
#include "memlayout.h"
#include "mmu.h"

#define pa(X) ((X) - PAGE_OFFSET)

	.section .trampoline, "ax"
	.code16
	.globl trampoline_start
trampoline_start:
	cli
	xorw %ax, %ax
	movw %ax, %ds			# data at its absolute address below 64 KiB
	lidtl tr_idt			# a null IDT: until startup_32_smp's lidt
					# any exception is a triple fault
	lgdtl tr_gdt_descr
	movl %cr0, %eax
	orl $X86_CR0_PE, %eax
	movl %eax, %cr0
	ljmpl $__BOOT_CS, $pa(startup_32_smp)

	.balign 8
tr_gdt:
	.quad 0
	.quad 0x00cf9b000000ffff	# __BOOT_CS: flat 4 GiB code
	.quad 0x00cf93000000ffff	# __BOOT_DS: flat 4 GiB data
tr_gdt_descr:
	.word 3 * 8 - 1
	.long tr_gdt
tr_idt:
	.word 0
	.long 0
