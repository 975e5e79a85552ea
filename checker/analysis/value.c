/* Values (taint lists) and environments; see engine.h. */
#include <string.h>

#include "engine.h"

static bool has_taint(value v, unsigned kind, unsigned bit)
{
	for (; v; v = v->next)
		if (v->kind == kind && v->bit == bit)
			return true;
	return false;
}

static struct taint *taint_new(struct engine *e, const struct taint *like, value next)
{
	struct taint *t = arena_alloc(&e->arena, sizeof(*t));
	*t = *like;
	t->next = next;
	return t;
}

/* The first taint of each (kind, bit) wins, so the path kept is the one
 * found first: the shorter, in a top-down walk. */
value val_union(struct engine *e, value a, value b)
{
	if (!a)
		return b;
	value out = a;
	for (; b; b = b->next)
		if (!has_taint(out, b->kind, b->bit))
			out = taint_new(e, b, out);
	return out;
}

value val_step(struct engine *e, value v, enum step_kind kind, const struct xc_loc *loc,
               const char *message)
{
	value out = NULL;
	for (; v; v = v->next) {
		struct step *s = arena_alloc(&e->arena, sizeof(*s));
		s->kind = kind;
		s->loc = *loc;
		s->message = message;
		s->prev = v->path;
		struct taint *t = taint_new(e, v, out);
		t->path = s;
		out = t;
	}
	return out;
}

value val_keep_regions(struct engine *e, value v, regionset keep)
{
	value out = NULL;
	for (; v; v = v->next)
		if (v->kind != TAINT_REGION || (keep & (1u << v->bit)))
			out = taint_new(e, v, out);
	return out;
}

value val_only(struct engine *e, value v, enum taint_kind kind)
{
	value out = NULL;
	for (; v; v = v->next)
		if (v->kind == kind)
			out = taint_new(e, v, out);
	return out;
}

value val_without(struct engine *e, value v, enum taint_kind kind)
{
	value out = NULL;
	for (; v; v = v->next)
		if (v->kind != kind)
			out = taint_new(e, v, out);
	return out;
}

value val_region(struct engine *e, int region, const struct step *path)
{
	struct taint t = {.kind = TAINT_REGION, .bit = (unsigned char)region, .path = path};
	return taint_new(e, &t, NULL);
}

bool val_same(value a, value b)
{
	int na = 0, nb = 0;
	for (value t = a; t; t = t->next, na++)
		if (!has_taint(b, t->kind, t->bit))
			return false;
	for (value t = b; t; t = t->next)
		nb++;
	return na == nb;
}

regionset val_regions(value v)
{
	regionset r = 0;
	for (; v; v = v->next)
		if (v->kind == TAINT_REGION)
			r |= 1u << v->bit;
	return r;
}

/* ---- environments ---- */

struct env *env_new(struct engine *e)
{
	return arena_alloc(&e->arena, sizeof(struct env));
}

struct env *env_copy(struct engine *e, const struct env *src)
{
	struct env *env = env_new(e);
	env->unreachable = src->unreachable;
	env->n = env->cap = src->n;
	if (src->n) {
		env->b = arena_alloc(&e->arena, (size_t)src->n * sizeof(*env->b));
		memcpy(env->b, src->b, (size_t)src->n * sizeof(*env->b));
	}
	return env;
}

static int env_find(const struct env *env, CXCursor decl)
{
	for (int i = env->n - 1; i >= 0; i--)
		if (clang_equalCursors(env->b[i].decl, decl))
			return i;
	return -1;
}

value env_get(const struct env *env, CXCursor decl, bool *found)
{
	int i = env_find(env, decl);
	if (found)
		*found = i >= 0;
	return i >= 0 ? env->b[i].v : NULL;
}

void env_set(struct engine *e, struct env *env, CXCursor decl, value v)
{
	int i = env_find(env, decl);
	if (i >= 0) {
		env->b[i].v = v;
		return;
	}
	if (env->n == env->cap) {
		int cap = env->cap ? 2 * env->cap : 8;
		struct binding *b = arena_alloc(&e->arena, (size_t)cap * sizeof(*b));
		if (env->n)
			memcpy(b, env->b, (size_t)env->n * sizeof(*b));
		env->b = b;
		env->cap = cap;
	}
	env->b[env->n++] = (struct binding){decl, v};
}

void env_remove(struct env *env, CXCursor decl)
{
	int i = env_find(env, decl);
	if (i >= 0)
		env->b[i] = env->b[--env->n];
}

static bool is_field(CXCursor decl)
{
	return clang_getCursorKind(decl) == CXCursor_FieldDecl;
}

void env_join_into(struct engine *e, struct env *dst, const struct env *src)
{
	if (src->unreachable)
		return;
	if (dst->unreachable) {
		struct env *copy = env_copy(e, src);
		*dst = *copy;
		return;
	}
	for (int i = 0; i < src->n; i++) {
		bool found;
		value old = env_get(dst, src->b[i].decl, &found);
		if (!found && is_field(src->b[i].decl))
			continue; /* narrowed on one side only: not narrowed */
		env_set(e, dst, src->b[i].decl, val_union(e, old, src->b[i].v));
	}
	for (int i = dst->n - 1; i >= 0; i--) {
		bool found;
		if (is_field(dst->b[i].decl)) {
			env_get(src, dst->b[i].decl, &found);
			if (!found)
				env_remove(dst, dst->b[i].decl);
		}
	}
}

bool env_same(const struct env *a, const struct env *b)
{
	if (a->unreachable != b->unreachable)
		return false;
	for (int i = 0; i < a->n; i++) {
		bool found;
		if (!val_same(a->b[i].v, env_get(b, a->b[i].decl, &found)))
			return false;
	}
	for (int i = 0; i < b->n; i++) {
		bool found;
		env_get(a, b->b[i].decl, &found);
		if (!found && b->b[i].v)
			return false;
	}
	return true;
}

value val_narrow(struct engine *e, value v, regionset guard, bool inside)
{
	value out = NULL;
	for (; v; v = v->next) {
		if (v->kind == TAINT_REGION && ((guard & (1u << v->bit)) != 0) != inside)
			continue;
		if (v->kind == TAINT_PARAM) {
			struct taint *t = taint_new(e, v, out);
			t->mask &= inside ? guard : ~guard;
			if (!(t->mask & e->nonlinear))
				continue;
			out = t;
			continue;
		}
		out = taint_new(e, v, out);
	}
	return out;
}

value val_single(struct engine *e, const struct taint *t)
{
	return taint_new(e, t, NULL);
}
