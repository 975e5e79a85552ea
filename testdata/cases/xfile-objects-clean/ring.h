/* The struct both files of the case share. */
struct ring {
	void *buf;
};
unsigned long ring_buf_pfn(struct ring *r);
