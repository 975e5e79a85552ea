/*
 * Starting the other CPUs (arch/x86/kernel/smpboot.c; xv6 main.c startothers).
 *
 * One AP at a time: the boot CPU fills in the hand-over words head.S reads
 * (initial_stack, initial_code, early_gdt_descr), sends INIT-SIPI-SIPI to the
 * trampoline at 0x8000, and waits for the AP to call in.  The AP then runs
 * trampoline.S -> startup_32_smp (head.S, on initial_page_table) ->
 * start_secondary() here.
 */
#include "defs.h"
#include "memlayout.h"
#include "x86.h"

int num_online_cpus = 1;
static volatile u32 cpu_callin;

/* For APs that start on INIT alone (pre-SIPI hardware): CMOS shutdown code
 * 0x0A makes the BIOS jump through the warm-reset vector at 40:67. */
static void
smpboot_setup_warm_reset_vector(unsigned long start_eip)
{
	outb(0x0F, 0x70);
	outb(0x0A, 0x71);
	*(volatile u16 *)__va(0x469) = start_eip >> 4;
	*(volatile u16 *)__va(0x467) = start_eip & 0xF;
}

static int
do_boot_cpu(int cpu, u32 apicid)
{
	initial_stack = (unsigned long)__va(alloc_page()) + PAGE_SIZE;
	initial_code = start_secondary;
	/*
	 * With percpu_alloc=page a vmalloc address, which startup_32_smp
	 * reads through initial_page_table.
	 */
	early_gdt_descr.address = (unsigned long)get_cpu_gdt_rw(cpu);
	cpu_callin = 0;

	printk("smp: booting cpu%d apicid=%u\n", cpu, apicid);
	smpboot_setup_warm_reset_vector(TRAMPOLINE_BASE);
	wakeup_secondary_cpu_via_init(apicid, TRAMPOLINE_BASE);

	/* Wait 5 s for the AP to call in (Linux waits 10 s); TCG takes ms. */
	for (int ms = 0; ms < 5000; ms++) {
		if (cpu_callin)
			return 0;
		mdelay(1);
	}
	return -1;
}

void
smp_init(void)
{
	memcpy(__va(TRAMPOLINE_BASE), __va(__trampoline_lma), __trampoline_end - __trampoline_start);
	for (int cpu = 1; cpu < nr_cpu_ids; cpu++) {
		if (do_boot_cpu(cpu, cpu_apicid[cpu])) {
			printk("smp: cpu%d apicid=%u did not respond\n", cpu, cpu_apicid[cpu]);
			continue;
		}
		num_online_cpus++;
	}
}

/* An AP, from startup_32_smp: on initial_page_table, on its percpu GDT. */
void
start_secondary(void)
{
	/* switch away from the initial page table */
	load_cr3(__pa(swapper_pg_dir));
	cpu_init();
	xchg(&cpu_callin, 1);
	halt_forever();
}
