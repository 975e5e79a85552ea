/* get_cpu_ptr() (preempt_disable + this_cpu_ptr) into a scatterlist: sg_init_one's buffer argument is a sink. */
#include <linux/percpu.h>
#include <linux/scatterlist.h>

struct cpu_req {
	u8 digest[32];
};
static DEFINE_PER_CPU(struct cpu_req, cpu_req);

void hash_setup(struct scatterlist *sg)
{
	struct cpu_req *req = get_cpu_ptr(&cpu_req);

	sg_init_one(sg, req->digest, sizeof(req->digest)); /* expect: percpu-to-linear */
	put_cpu_ptr(&cpu_req);
}
