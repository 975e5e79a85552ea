/* A call through a field of an ops table (kobj_type::release) reaches every
 * function the file stores into that field.  A parameter passed on through
 * it is not followed (kobj_put() of any object would reach kset_release()'s
 * kfree(), as kobject_put() of a percpu device did on the kernel tree); a
 * region passed through it is. */
#include <linux/kernel.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>

struct kobj;

struct ktype {
	void (*release)(struct kobj *k);
};

struct kobj {
	const struct ktype *type;
};

struct kset {
	struct kobj kobj;
	char name[16];
};

static void kset_release(struct kobj *k)
{
	kfree(container_of(k, struct kset, kobj));
}

static const struct ktype kset_ktype = {
	.release = kset_release,
};

void kobj_put(struct kobj *k)
{
	k->type->release(k);
}

struct pdev {
	struct kobj kobj;
	int id;
};

static DEFINE_PER_CPU(struct pdev, pdevs);

void pdev_put(int cpu)
{
	kobj_put(&per_cpu(pdevs, cpu).kobj);
}

void kset_drop_vmalloc(void)
{
	struct kset *s = vmalloc(sizeof(*s));

	s->kobj.type = &kset_ktype;
	s->kobj.type->release(&s->kobj); /* expect: vmalloc-to-linear */
}
