/*
 * The local APIC, through its fixmap slot, and the PIT as a clock for delays
 * (arch/x86/kernel/apic/apic.c, smpboot.c; xv6 lapic.c).
 *
 * The kernel runs with IF=0 from start to end: the LAPIC is only used to send
 * INIT and STARTUP IPIs, and the PIT only to wait.
 */
#include "defs.h"
#include "fixmap.h"
#include "x86.h"

#define APIC_ID			0x20
#define APIC_SPIV		0xF0
#define APIC_SPIV_APIC_ENABLED	0x100
#define APIC_ESR		0x280
#define APIC_ICR		0x300
#define APIC_ICR2		0x310
#define APIC_ICR_BUSY		0x01000
#define APIC_DM_INIT		0x00500
#define APIC_DM_STARTUP		0x00600
#define APIC_INT_ASSERT		0x04000
#define APIC_INT_LEVELTRIG	0x08000

#define PIT_TICK_RATE		1193182	/* Hz */

static volatile u32 *
apic_reg(u32 reg)
{
	return (volatile u32 *)(__fix_to_virt(FIX_APIC_BASE) + reg);
}

static u32
apic_read(u32 reg)
{
	return *apic_reg(reg);
}

static void
apic_write(u32 reg, u32 v)
{
	*apic_reg(reg) = v;
	apic_read(APIC_ID);	/* wait for the write to finish, xv6's lapicw() */
}

u32
read_apic_id(void)
{
	return apic_read(APIC_ID) >> 24;
}

void
lapic_init(void)
{
	u32 self;

	set_fixmap_nocache(FIX_APIC_BASE, lapic_phys);
	outb(0xFF, 0x21);	/* mask the 8259 PICs: no device interrupts, ever */
	outb(0xFF, 0xA1);
	apic_write(APIC_SPIV, APIC_SPIV_APIC_ENABLED | 0xFF);

	/* cpu0 is the CPU running this, whatever order the MADT listed. */
	self = read_apic_id();
	for (int i = 0; i < nr_cpu_ids; i++) {
		if (cpu_apicid[i] == self) {
			cpu_apicid[i] = cpu_apicid[0];
			cpu_apicid[0] = self;
			return;
		}
	}
	panic("lapic: boot cpu apicid %u is not in the MADT", self);
}

/* Wait for PIT channel 2 to count down ticks (gate via port 0x61). */
static void
pit_wait(u32 ticks)
{
	outb((inb(0x61) & ~0x02) | 0x01, 0x61);	/* gate on, speaker off */
	outb(0xB0, 0x43);			/* channel 2, lo/hi byte, mode 0 */
	outb(ticks & 0xFF, 0x42);
	outb(ticks >> 8, 0x42);
	while (!(inb(0x61) & 0x20))
		cpu_relax();
}

void
udelay(unsigned int us)
{
	pit_wait(us * (PIT_TICK_RATE / 1000) / 1000 + 1);
}

void
mdelay(unsigned int ms)
{
	while (ms--)
		pit_wait(PIT_TICK_RATE / 1000);
}

static void
apic_icr_write(u32 low, u32 apicid)
{
	apic_write(APIC_ICR2, apicid << 24);
	apic_write(APIC_ICR, low);
	for (int i = 0; i < 1000 && (apic_read(APIC_ICR) & APIC_ICR_BUSY); i++)
		udelay(100);
}

/* "Universal startup algorithm": INIT, deassert, two STARTUPs (Intel MP spec B.4). */
void
wakeup_secondary_cpu_via_init(u32 apicid, unsigned long start_eip)
{
	/* Be paranoid about clearing APIC errors. */
	apic_write(APIC_ESR, 0);
	apic_read(APIC_ESR);

	apic_icr_write(APIC_INT_LEVELTRIG | APIC_INT_ASSERT | APIC_DM_INIT, apicid);
	mdelay(10);
	apic_icr_write(APIC_INT_LEVELTRIG | APIC_DM_INIT, apicid);

	for (int j = 0; j < 2; j++) {
		apic_write(APIC_ESR, 0);
		apic_icr_write(APIC_DM_STARTUP | (start_eip >> 12), apicid);
		udelay(300);
		apic_write(APIC_ESR, 0);
		if (apic_read(APIC_ESR) & 0xEF)
			panic("smp: apicid %u: APIC error sending STARTUP", apicid);
	}
}
