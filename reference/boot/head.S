/*
 * head.S -- the first instructions of every CPU (arch/x86/kernel/head_32.S).
 *
 * Contract:
 *   startup_32 (the ELF entry, at its physical address): the boot CPU, from
 *     a Multiboot v1 loader.  %eax = 0x2BADB002, %ebx = physical address of
 *     the Multiboot info; protected mode, paging off, IF=0, flat segments
 *     from a GDT we must not trust.
 *   startup_32_smp: an AP, from trampoline.S.  Protected mode, paging off,
 *     flat __BOOT_CS/__BOOT_DS from the trampoline's GDT, a null IDT (so any
 *     exception is a triple fault), no stack.  Before the SIPI the boot CPU
 *     wrote initial_stack, initial_code (start_secondary) and
 *     early_gdt_descr (this AP's percpu GDT: a vmalloc address with
 *     percpu_alloc=page, a direct-map one with embed).
 *   Both then run the same code: paging on with initial_page_table,
 *   lgdt early_gdt_descr, load the __KERNEL_* segments and %fs =
 *   __KERNEL_PERCPU, load the IDT and jump to *initial_code on
 *   *initial_stack.  *initial_code never returns.
 *
 * The lgdt/ljmp pair below is the first read of the percpu GDT.  On an AP it
 * happens through initial_page_table, which is why that directory must map
 * the percpu units (sync_initial_page_table() in setup_per_cpu_areas()).
 */
#include "memlayout.h"
#include "mmu.h"

#define pa(X) ((X) - PAGE_OFFSET)

	.section .multiboot, "a"
	.balign 4
	.long 0x1BADB002			# Multiboot v1 magic
	.long 0x00000003			# flags: align modules, give mem_*
	.long -(0x1BADB002 + 0x00000003)	# checksum

	.text
	.globl startup_32
startup_32:
	cld
	lgdt pa(boot_gdt_descr)
	ljmp $__BOOT_CS, $pa(1f)		# a GDT we know, at its physical address
1:	movl $__BOOT_DS, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	movl %eax, %fs
	movl %eax, %gs
	movl %ebx, pa(multiboot_info)

	/* Clear BSS first so that the C code may rely on it */
	movl $pa(__bss_start), %edi
	movl $pa(_end), %ecx
	subl %edi, %ecx
	shrl $2, %ecx
	xorl %eax, %eax
	rep stosl
	jmp .Ldefault_entry

	.globl startup_32_smp
startup_32_smp:
	cld
	movl $__BOOT_DS, %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	movl %eax, %fs
	movl %eax, %gs

.Ldefault_entry:					# both CPUs, as in Linux
	movl %cr4, %eax
	orl $X86_CR4_PSE, %eax			# initial_page_table uses 4 MiB pages
	movl %eax, %cr4
	movl $pa(initial_page_table), %eax
	movl %eax, %cr3
	movl %cr0, %eax
	orl $(X86_CR0_PG | X86_CR0_WP), %eax	# WP: the read-only GDT alias must fault
	movl %eax, %cr0				# still at a physical %eip: identity PDEs
	ljmp $__BOOT_CS, $1f			# Clear prefetch and normalize %eip
1:
	movl initial_stack, %esp		# virtual from here on

	lgdt early_gdt_descr
	ljmp $(__KERNEL_CS), $1f		# bug 2 triple-faults right here
1:	movl $(__KERNEL_DS), %eax
	movl %eax, %ds
	movl %eax, %es
	movl %eax, %ss
	movl $(__KERNEL_PERCPU), %eax
	movl %eax, %fs				# set this cpu's percpu
	xorl %eax, %eax
	movl %eax, %gs
	lidt idt_descr
	pushl $0				# no return address: a debugger stops here
	jmp *(initial_code)

	.data
	.balign 8
boot_gdt:					# flat, used before paging only
	.quad 0
	.quad 0x00cf9b000000ffff		# __BOOT_CS
	.quad 0x00cf93000000ffff		# __BOOT_DS
boot_gdt_descr:
	.word 3 * 8 - 1
	.long pa(boot_gdt)

	.balign 4
	.word 0					# align the .long below
	.globl early_gdt_descr
early_gdt_descr:
	.word GDT_SIZE - 1
	.long gdt_page				# overwritten for secondary CPUs

	.globl initial_stack, initial_code, multiboot_info
initial_stack:
	.long boot_stack_top			# overwritten for secondary CPUs
initial_code:
	.long start_kernel			# overwritten for secondary CPUs
multiboot_info:
	.long 0

/*
 * initial_page_table: identity map and PAGE_OFFSET map of the first 8 MiB
 * with 4 MiB pages, plus the fixmap page table.  sync_initial_page_table()
 * later copies swapper_pg_dir's kernel half over PDEs 768-1023.
 */
	.balign PAGE_SIZE
	.globl initial_page_table
initial_page_table:
	.long 0x00000000 + (PAGE_TABLE | _PAGE_PSE)	# PDE 0: 0-4 MiB identity
	.long 0x00400000 + (PAGE_TABLE | _PAGE_PSE)	# PDE 1: 4-8 MiB identity
	.fill KERNEL_PGD_BOUNDARY - 2, 4, 0
	.long 0x00000000 + (PAGE_TABLE | _PAGE_PSE)	# PDE 768: PAGE_OFFSET
	.long 0x00400000 + (PAGE_TABLE | _PAGE_PSE)	# PDE 769
	.fill PTRS_PER_PGD - KERNEL_PGD_BOUNDARY - 3, 4, 0
	.long pa(initial_pg_fixmap) + PAGE_TABLE	# PDE 1023: fixmap

	.globl initial_pg_fixmap
initial_pg_fixmap:					# shared by both directories
	.fill PTRS_PER_PTE, 4, 0

	.bss
	.balign PAGE_SIZE
boot_stack:
	.skip 4 * PAGE_SIZE
boot_stack_top:
