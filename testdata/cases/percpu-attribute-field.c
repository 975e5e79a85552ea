/* A struct field declared __percpu holds percpu cookies whoever stored them: translating one is wrong. */
#include <linux/percpu.h>
#include <asm/io.h>

struct net_stats {
	unsigned long packets;
};

struct netdev {
	struct net_stats __percpu *stats; /* filled in elsewhere, in another TU */
	struct net_stats *plain;
};

phys_addr_t stats_phys(struct netdev *dev)
{
	return virt_to_phys(dev->stats); /* expect: percpu-to-linear */ /* expect-note: declared __percpu */
}

phys_addr_t plain_phys(struct netdev *dev)
{
	return virt_to_phys(dev->plain); /* a plain field: nothing known, clean */
}
