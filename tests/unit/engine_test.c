/* Unit tests of the analysis' value lattice (checker/analysis/value.c):
 * join (val_union), narrowing by a guard (val_narrow), path steps
 * (val_step) and equality up to paths (val_same).  The golden cases test
 * the same through the CLI; these pin the operations one by one.
 *
 * This is the one C test that includes checker/analysis/engine.h: the
 * analysis is being rewritten (CFG IR), so keep what depends on its private
 * types here, small, and adapt it when the lattice moves.
 *
 *   engine_test     every check; exit 0 when all pass */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/engine.h"

enum { R_LINEAR, R_VMALLOC, R_PERCPU, R_STACK };

#define CHECK(cond)                                                                                \
	do {                                                                                       \
		if (!(cond)) {                                                                     \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
			(*failures)++;                                                             \
		}                                                                                  \
	} while (0)

static const struct step *source(struct engine *e, const char *what)
{
	struct step *s = arena_alloc(&e->arena, sizeof(*s));
	s->kind = STEP_SOURCE;
	s->message = what;
	return s;
}

static value param(struct engine *e, int i, regionset mask)
{
	struct taint t = {.kind = TAINT_PARAM, .bit = (unsigned char)i, .mask = mask};
	return val_single(e, &t);
}

static int count(value v)
{
	int n = 0;
	for (; v; v = v->next)
		n++;
	return n;
}

static const struct taint *find(value v, enum taint_kind kind, int bit)
{
	for (; v; v = v->next)
		if (v->kind == kind && (int)v->bit == bit)
			return v;
	return NULL;
}

/* Join: the union of the taints; of two with the same (kind, bit) the left
 * one, with its path, is kept. */
static void test_union(struct engine *e, int *failures)
{
	value vm = val_region(e, R_VMALLOC, source(e, "vmalloc"));
	value pc = val_region(e, R_PERCPU, source(e, "percpu"));
	value vm2 = val_region(e, R_VMALLOC, source(e, "another vmalloc"));
	CHECK(val_union(e, NULL, vm) == vm);
	CHECK(val_union(e, vm, NULL) == vm);
	value both = val_union(e, vm, pc);
	CHECK(count(both) == 2);
	CHECK(val_regions(both) == ((1u << R_VMALLOC) | (1u << R_PERCPU)));
	value same = val_union(e, vm, vm2);
	CHECK(count(same) == 1);
	CHECK(!strcmp(find(same, TAINT_REGION, R_VMALLOC)->path->message, "vmalloc"));
	CHECK(val_same(val_union(e, pc, vm), both));
	CHECK(!val_same(vm, both));
	CHECK(!val_same(both, vm));
}

/* A guard on {vmalloc, stack}: inside keeps those regions, outside the
 * others; a parameter's mask is cut the same way, and a parameter left
 * with no reportable region is dropped. */
static void test_narrow(struct engine *e, int *failures)
{
	regionset guard = (1u << R_VMALLOC) | (1u << R_STACK);
	regionset all = e->nonlinear | (1u << R_LINEAR);
	value v =
	    val_union(e, val_region(e, R_VMALLOC, source(e, "v")),
	              val_union(e, val_region(e, R_PERCPU, source(e, "p")), param(e, 0, all)));
	value in = val_narrow(e, v, guard, true);
	CHECK(find(in, TAINT_REGION, R_VMALLOC));
	CHECK(!find(in, TAINT_REGION, R_PERCPU));
	CHECK(find(in, TAINT_PARAM, 0) && find(in, TAINT_PARAM, 0)->mask == (all & guard));
	value out = val_narrow(e, v, guard, false);
	CHECK(!find(out, TAINT_REGION, R_VMALLOC));
	CHECK(find(out, TAINT_REGION, R_PERCPU));
	CHECK(find(out, TAINT_PARAM, 0) && find(out, TAINT_PARAM, 0)->mask == (all & ~guard));
	/* Narrowing twice, to disjoint guards: nothing reportable is left. */
	value none = val_narrow(e, val_narrow(e, param(e, 1, all), 1u << R_VMALLOC, true),
	                        1u << R_PERCPU, true);
	CHECK(none == NULL);
	/* A guard on the linear map only: outside it, every non-linear region. */
	value nonlin = val_narrow(e, v, 1u << R_LINEAR, false);
	CHECK(count(nonlin) == 3);
}

/* A step extends every taint's path by one, keeping what came before. */
static void test_step(struct engine *e, int *failures)
{
	struct xc_loc loc = {.line = 7, .col = 9};
	value v = val_union(e, val_region(e, R_VMALLOC, source(e, "v")),
	                    val_region(e, R_PERCPU, source(e, "p")));
	value s = val_step(e, v, STEP_ASSIGN, &loc, "assigned to 'x'");
	CHECK(count(s) == 2);
	CHECK(val_same(s, v));
	for (value t = s; t; t = t->next) {
		CHECK(t->path && t->path->kind == STEP_ASSIGN && t->path->loc.line == 7);
		CHECK(!strcmp(t->path->message, "assigned to 'x'"));
		CHECK(t->path->prev && t->path->prev->kind == STEP_SOURCE);
	}
	value s2 = val_step(e, s, STEP_CALL, &loc, "passed to f()");
	const struct taint *p = find(s2, TAINT_REGION, R_PERCPU);
	CHECK(p && p->path->prev && p->path->prev->prev &&
	      !strcmp(p->path->prev->prev->message, "p"));
	CHECK(val_step(e, NULL, STEP_CALL, &loc, "x") == NULL);
	/* Keeping, dropping and selecting by kind. */
	value mixed = val_union(e, s, param(e, 2, e->nonlinear));
	CHECK(count(val_only(e, mixed, TAINT_PARAM)) == 1);
	CHECK(count(val_without(e, mixed, TAINT_PARAM)) == 2);
	CHECK(count(val_keep_regions(e, mixed, 1u << R_PERCPU)) == 2);
}

int main(void)
{
	struct engine *e = calloc(1, sizeof(*e));
	if (!e)
		return 2;
	e->nonlinear = (1u << R_VMALLOC) | (1u << R_PERCPU) | (1u << R_STACK);
	int failures = 0;
	test_union(e, &failures);
	test_narrow(e, &failures);
	test_step(e, &failures);
	arena_free(&e->arena);
	free(e);
	if (failures)
		fprintf(stderr, "engine_test: %d checks failed\n", failures);
	else
		puts("engine_test: value lattice ok");
	return failures ? 1 : 0;
}
