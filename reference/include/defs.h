/* Functions and globals shared between files, grouped by the file that owns them. */
#ifndef REFK_DEFS_H
#define REFK_DEFS_H

#include "desc.h"
#include "types.h"

/* The build variant: exactly one of these, or neither for the fixed kernel. */
#if defined(REFK_BUG_FIXMAP_PA)
#define REFK_VARIANT "bug-fixmap-pa"
#elif defined(REFK_BUG_NO_RESYNC)
#define REFK_VARIANT "bug-no-resync"
#else
#define REFK_VARIANT "fixed"
#endif

/* CONFIG_DEBUG_VIRTUAL: __pa() checks its argument (physaddr.c). */
#ifdef CONFIG_DEBUG_VIRTUAL
#define REFK_DEBUG_VIRTUAL "on"
#else
#define REFK_DEBUG_VIRTUAL "off"
#endif

/* isa-debug-exit: QEMU exits with status (code << 1) | 1. */
#define QEMU_EXIT_PORT	0xf4
#define QEMU_EXIT_PASS	0x10	/* status 33 */
#define QEMU_EXIT_FAIL	0x11	/* status 35 */

/* console.c */
void serial_init(void);
void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void panic(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void qemu_exit(u32 code) __attribute__((noreturn));

/* string.c */
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int strcmp(const char *a, const char *b);

/* pmm.c */
extern unsigned long lowmem_end;
void pmm_init(unsigned long mbi_pa);
phys_addr_t alloc_pages(unsigned long n);
phys_addr_t alloc_page(void);

/* vm.c */
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];
extern pgd_t initial_page_table[PTRS_PER_PGD];	/* head.S */
extern pte_t initial_pg_fixmap[PTRS_PER_PTE];	/* head.S */
void paging_init(void);
void map_kernel_page(pgd_t *pgdir, unsigned long va, phys_addr_t pa, unsigned long flags);
pte_t *lookup_address(unsigned long va);
phys_addr_t slow_virt_to_phys(void *addr);
void sync_initial_page_table(void);

/* trap.c */
void trap_init(void);
int probe_write_byte(volatile u8 *p);
DECLARE_PER_CPU(unsigned long, fixup_fault_addr);

/* acpi.c */
extern int nr_cpu_ids;
extern u32 cpu_apicid[NR_CPUS];
extern phys_addr_t lapic_phys;
void acpi_init(void);

/* lapic.c */
void lapic_init(void);
u32 read_apic_id(void);
void wakeup_secondary_cpu_via_init(u32 apicid, unsigned long start_eip);
void udelay(unsigned int us);
void mdelay(unsigned int ms);

/* cmdline.c */
extern char boot_command_line[];
void copy_boot_command_line(unsigned long mbi_pa);
void parse_early_param(void);

/* percpu.c */
int percpu_alloc_setup(const char *str);
void setup_per_cpu_areas(void);

/* cpu.c */
void switch_to_new_gdt(int cpu);
void cpu_init(void);

/* smpboot.c */
extern int num_online_cpus;
void smp_init(void);
void start_secondary(void);

/* head.S */
extern struct desc_ptr early_gdt_descr;
extern unsigned long initial_stack;
extern void (*initial_code)(void);
extern unsigned long multiboot_info;
extern char __trampoline_start[], __trampoline_end[], __trampoline_lma[];
extern char _end[];

#endif
