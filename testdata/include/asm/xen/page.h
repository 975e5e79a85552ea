/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xlatcheck testdata: the translation slice of arch/x86/include/asm/xen/page.h
 * (6.1), which is where x86 defines virt_to_pfn().  arbitrary_virt_to_phys()
 * is from older Xen trees (not in 6.1); it is declared so the cases can test
 * it as a sanitizer.
 */
#ifndef _ASM_X86_XEN_PAGE_H
#define _ASM_X86_XEN_PAGE_H

#include <linux/types.h>
#include <linux/pfn.h>
#include <asm/page.h>

typedef struct xmaddr {
	phys_addr_t maddr;
} xmaddr_t;

#define virt_to_pfn(v)          (PFN_DOWN(__pa(v)))

xmaddr_t arbitrary_virt_to_machine(void *address);
unsigned long arbitrary_virt_to_mfn(void *vaddr);
phys_addr_t arbitrary_virt_to_phys(void *vaddr);

#endif /* _ASM_X86_XEN_PAGE_H */
