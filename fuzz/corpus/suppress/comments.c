/* xlatcheck: ignore[vmalloc-to-linear] reviewed: the buffer is linear */
int a; // xlatcheck: ignore[*]
int b; /* xlatcheck: ignore[vmalloc-to-linear,percpu-to-linear] */
int c; /* xlatcheck: ignore[] nothing */ /* xlatcheck: ignore[x] y
