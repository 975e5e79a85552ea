/*
 * refk: a reference i386 SMP kernel for the March 2017 GDT-fixmap bugs.
 * The boot CPU's path, in order; each AP joins in smp_init().
 */
#include "defs.h"

static void report(void) __attribute__((noreturn));

void start_kernel(void);	/* from head.S, on the boot CPU */

void
start_kernel(void)
{
	serial_init();			/* COM1: the boot log */
	copy_boot_command_line(multiboot_info);	/* before pmm_init() reuses its page */
	parse_early_param();		/* percpu_alloc= */
	printk("cmdline: %s\n", boot_command_line);
	printk("refk: variant=%s percpu_alloc=%s debug_virtual=%s nr_cpus=%d\n", REFK_VARIANT,
	       pcpu_fc_names[pcpu_chosen_fc], REFK_DEBUG_VIRTUAL, NR_CPUS);
	pmm_init(multiboot_info);	/* lowmem page allocator */
	paging_init();			/* swapper_pg_dir: direct map, fixmap; sync #1 */
	trap_init();			/* exception handlers, the IDT */
	acpi_init();			/* MADT: which CPUs exist */
	lapic_init();			/* local APIC through the fixmap; PICs masked */
	setup_per_cpu_areas();		/* percpu units (embed or page); sync #2 */
	switch_to_new_gdt(0);		/* leave the template GDT for cpu0's own */
	cpu_init();			/* read-only fixmap GDT alias, self-test */
	smp_init();			/* INIT-SIPI-SIPI every other CPU */
	report();			/* verdict, then exit QEMU */
}

static void
report(void)
{
	printk("smp: %d of %d cpus online\n", num_online_cpus, nr_cpu_ids);
	if (num_online_cpus != nr_cpu_ids)
		panic("not every cpu came online");
	printk("refk: PASS\n");
	qemu_exit(QEMU_EXIT_PASS);
}
