/* macro_index_find must honour enclosing invocations: in PA_PLUS(per_cpu_ptr(...), 16) the body starts with the second argument, written after the inner per_cpu_ptr() invocation has ended, so only the enclosing PA_PLUS() contains it; the path names PA_PLUS() expanding to __pa(). */
#include <linux/percpu.h>
#include <asm/page.h>

DEFINE_PER_CPU(int, counter);

#define PA_PLUS(ptr, off) off + __pa(ptr)

phys_addr_t arg_first(int cpu)
{
	return PA_PLUS(per_cpu_ptr(&counter, cpu), 16); /* expect: percpu-to-linear@9 */
}

phys_addr_t nested_in_sink(int cpu)
{
	return __pa(per_cpu_ptr(&counter, cpu) + 0); /* expect: percpu-to-linear@9 */
}

/* expect-output:
regress-macro-enclosing-expansion.c:11:9: warning: percpu pointer reaches __pa(), which is only valid on the linear map [xlatcheck:percpu-to-linear]
regress-macro-enclosing-expansion.c:11:17: note: per_cpu_ptr() points into a CPU's percpu area
regress-macro-enclosing-expansion.c:11:9: note: PA_PLUS() expands to __pa()
regress-macro-enclosing-expansion.c:11:9: note: reaches __pa()
regress-macro-enclosing-expansion.c:11:9: note: use per_cpu_ptr_to_phys(), which walks the page tables for a vmalloc-mapped percpu chunk
regress-macro-enclosing-expansion.c:16:9: warning: percpu pointer reaches __pa(), which is only valid on the linear map [xlatcheck:percpu-to-linear]
regress-macro-enclosing-expansion.c:16:14: note: per_cpu_ptr() points into a CPU's percpu area
regress-macro-enclosing-expansion.c:16:9: note: reaches __pa()
regress-macro-enclosing-expansion.c:16:9: note: use per_cpu_ptr_to_phys(), which walks the page tables for a vmalloc-mapped percpu chunk
regress-macro-enclosing-expansion.c:16:9: note: fix-it: replace "__pa" with "per_cpu_ptr_to_phys"
*/
