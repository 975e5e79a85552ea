/* A branch the compiler folds away (IS_ENABLED() of a config that is set) is dead code: kernel/fork.c's account_kernel_stack(). */
#include <linux/mm.h>
#include <linux/vmalloc.h>

#define IS_ENABLED(option) (option + 0)
#define CONFIG_VMAP_STACK 1

struct page *stack_page(void)
{
	void *stack = vmalloc(8192);

	if (IS_ENABLED(CONFIG_VMAP_STACK))
		return vmalloc_to_page(stack);
	else
		return virt_to_page(stack); /* dead when CONFIG_VMAP_STACK is set: clean */
}

struct page *stack_page_live(void)
{
	void *stack = vmalloc(8192);

	if (IS_ENABLED(CONFIG_VMAP_STACK))
		return virt_to_page(stack); /* expect: vmalloc-to-linear */
	return vmalloc_to_page(stack);
}

unsigned long after_return(void)
{
	void *stack = vmalloc(8192);

	return 0;
	return __pa(stack); /* unreachable: clean */
}
