/* 20 nested loops that move pointers around are analysed in well under a second: each loop header is revisited only when what reaches it changes. */
#include <linux/vmalloc.h>
#include <linux/slab.h>
#include <asm/page.h>

unsigned long nested(size_t n)
{
	void *a = kmalloc(n, GFP_KERNEL), *b = a, *c = a;
	unsigned long sum = 0;
	int i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17, i18, i19, i20;

	for (i1 = 0; i1 < (int)n; i1++) {
		c = b;
		b = a;
		for (i2 = 0; i2 < (int)n; i2++) {
			c = b;
			b = a;
			for (i3 = 0; i3 < (int)n; i3++) {
				c = b;
				b = a;
				for (i4 = 0; i4 < (int)n; i4++) {
					c = b;
					b = a;
					for (i5 = 0; i5 < (int)n; i5++) {
						c = b;
						b = a;
						for (i6 = 0; i6 < (int)n; i6++) {
							c = b;
							b = a;
							for (i7 = 0; i7 < (int)n; i7++) {
								c = b;
								b = a;
								for (i8 = 0; i8 < (int)n; i8++) {
									c = b;
									b = a;
									for (i9 = 0; i9 < (int)n; i9++) {
										c = b;
										b = a;
										for (i10 = 0; i10 < (int)n; i10++) {
											c = b;
											b = a;
											for (i11 = 0; i11 < (int)n; i11++) {
												c = b;
												b = a;
												for (i12 = 0; i12 < (int)n; i12++) {
													c = b;
													b = a;
													for (i13 = 0; i13 < (int)n; i13++) {
														c = b;
														b = a;
														for (i14 = 0; i14 < (int)n; i14++) {
															c = b;
															b = a;
															for (i15 = 0; i15 < (int)n; i15++) {
																c = b;
																b = a;
																for (i16 = 0; i16 < (int)n; i16++) {
																	c = b;
																	b = a;
																	for (i17 = 0; i17 < (int)n; i17++) {
																		c = b;
																		b = a;
																		for (i18 = 0; i18 < (int)n; i18++) {
																			c = b;
																			b = a;
																			for (i19 = 0; i19 < (int)n; i19++) {
																				c = b;
																				b = a;
																				for (i20 = 0; i20 < (int)n; i20++) {
																					c = b;
																					b = a;
																					sum += __pa(c); /* expect: vmalloc-to-linear */
																					a = vmalloc(n);
																				}
																			}
																		}
																	}
																}
															}
														}
													}
												}
											}
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
	return sum;
}
