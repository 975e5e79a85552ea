/*
 * Finding the CPUs: ACPI RSDP -> RSDT -> MADT (arch/x86/kernel/acpi/boot.c).
 *
 * Not the MP table: since QEMU 6.2 a plain -smp N is one package of N cores,
 * and SeaBIOS's MP table lists one CPU per package, so xv6's mp.c would see
 * only the boot CPU.  The MADT lists every enabled local APIC.
 *
 * The tables are read through the direct map, which covers them as long as
 * they sit below lowmem_end (QEMU puts them at the top of RAM; fine up to
 * -m 256M, and checked).
 */
#include "defs.h"
#include "memlayout.h"

struct acpi_rsdp {
	char signature[8];	/* "RSD PTR " */
	u8 checksum;
	char oem_id[6];
	u8 revision;
	u32 rsdt_address;
} __attribute__((packed));

struct acpi_table_header {
	char signature[4];
	u32 length;
	u8 revision, checksum;
	char oem_id[6], oem_table_id[8];
	u32 oem_revision, asl_compiler_id, asl_compiler_revision;
} __attribute__((packed));

struct acpi_table_madt {
	struct acpi_table_header header;
	u32 address;	/* local APIC physical address */
	u32 flags;
} __attribute__((packed));

struct acpi_madt_local_apic {
	u8 type, length;	/* type 0 */
	u8 processor_id, id;
	u32 lapic_flags;	/* bit 0: enabled */
} __attribute__((packed));

int nr_cpu_ids;
u32 cpu_apicid[NR_CPUS];
phys_addr_t lapic_phys;

static int
checksum_ok(const void *p, unsigned len)
{
	u8 sum = 0;

	for (const u8 *b = p; len--; b++)
		sum += *b;
	return sum == 0;
}

/* "_MP_" style scan for the RSDP on a 16-byte boundary. */
static struct acpi_rsdp *
rsdp_scan(phys_addr_t start, unsigned len)
{
	for (phys_addr_t pa = start; pa < start + len; pa += 16) {
		struct acpi_rsdp *r = __va(pa);

		if (!memcmp(r->signature, "RSD PTR ", 8) && checksum_ok(r, 20))
			return r;
	}
	return NULL;
}

/* ACPI spec 5.2.5.1: the first KiB of the EBDA, then 0xE0000-0xFFFFF. */
static struct acpi_rsdp *
find_rsdp(void)
{
	phys_addr_t ebda = (phys_addr_t)*(u16 *)__va(0x40E) << 4;
	struct acpi_rsdp *r = ebda ? rsdp_scan(ebda, 1024) : NULL;

	return r ? r : rsdp_scan(0xE0000, 0x20000);
}

static void *
acpi_table(phys_addr_t pa)
{
	if (pa + sizeof(struct acpi_table_header) > lowmem_end)
		panic("acpi: table at 0x%08x is above lowmem", (unsigned)pa);
	return __va(pa);
}

void
acpi_init(void)
{
	struct acpi_rsdp *rsdp = find_rsdp();
	struct acpi_table_header *rsdt, *h;
	struct acpi_table_madt *madt = NULL;

	if (!rsdp)
		panic("acpi: no RSDP");
	rsdt = acpi_table(rsdp->rsdt_address);
	u32 *entry = (u32 *)(rsdt + 1);
	for (unsigned i = 0; i < (rsdt->length - sizeof(*rsdt)) / 4; i++) {
		h = acpi_table(entry[i]);
		if (!memcmp(h->signature, "APIC", 4) && checksum_ok(h, h->length))
			madt = (struct acpi_table_madt *)h;
	}
	if (!madt)
		panic("acpi: no MADT");

	lapic_phys = madt->address;
	u8 *p = (u8 *)(madt + 1), *end = (u8 *)madt + madt->header.length;
	for (; p < end && p[1]; p += p[1]) {
		struct acpi_madt_local_apic *lapic = (void *)p;

		if (lapic->type != 0 || !(lapic->lapic_flags & 1))
			continue;
		if (nr_cpu_ids == NR_CPUS) {
			printk("acpi: more than %d cpus, ignoring apicid %u\n", NR_CPUS, lapic->id);
			continue;
		}
		cpu_apicid[nr_cpu_ids++] = lapic->id;
	}

	printk("acpi: madt lapic=0x%08x cpus=%d apicids=", (unsigned)lapic_phys, nr_cpu_ids);
	for (int i = 0; i < nr_cpu_ids; i++)
		printk(i ? ",%u" : "%u", cpu_apicid[i]);
	printk("\n");
}
