/* Values (taint lists) and environments; see engine.h. */
#include <stdlib.h>
#include <string.h>

#include "../util.h"
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
	t->kept = 0;
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

value val_concrete(struct engine *e, value v)
{
	value t = v;
	while (t && !taint_symbolic(t))
		t = t->next;
	return t ? val_without(e, val_without(e, v, TAINT_PARAM), TAINT_INPUT) : v;
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

/* Bindings are kept sorted by the cursor's hash, so a lookup is a binary
 * search: functions with a thousand locals and labels stay fast. */
static int env_lower(const struct env *env, unsigned h)
{
	int lo = 0, hi = env->n;
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (env->b[mid].hash < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int env_find_hashed(const struct env *env, CXCursor decl, CXCursor object, unsigned h)
{
	for (int i = env_lower(env, h); i < env->n && env->b[i].hash == h; i++)
		if (clang_equalCursors(env->b[i].decl, decl) &&
		    clang_equalCursors(env->b[i].object, object))
			return i;
	return -1;
}

static int env_find(const struct env *env, CXCursor decl)
{
	return env->n ? env_find_hashed(env, decl, clang_getNullCursor(), clang_hashCursor(decl))
	              : -1;
}

/* The key of field `field` of local object `var`. */
static unsigned object_hash(CXCursor field, CXCursor var)
{
	return clang_hashCursor(field) * 31u + clang_hashCursor(var);
}

value env_get(const struct env *env, CXCursor decl, bool *found)
{
	int i = env_find(env, decl);
	if (found)
		*found = i >= 0;
	return i >= 0 ? env->b[i].v : NULL;
}

static void env_put(struct engine *e, struct env *env, CXCursor decl, CXCursor object, unsigned h,
                    value v)
{
	int i = env_find_hashed(env, decl, object, h);
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
	i = env_lower(env, h);
	memmove(env->b + i + 1, env->b + i, (size_t)(env->n - i) * sizeof(*env->b));
	env->b[i] = (struct binding){decl, v, h, clang_getNullCursor(), object};
	env->n++;
}

void env_set(struct engine *e, struct env *env, CXCursor decl, value v)
{
	env_put(e, env, decl, clang_getNullCursor(), clang_hashCursor(decl), v);
}

static void env_remove_at(struct env *env, int i)
{
	memmove(env->b + i, env->b + i + 1, (size_t)(env->n - i - 1) * sizeof(*env->b));
	env->n--;
}

void env_remove(struct env *env, CXCursor decl)
{
	int i = env_find(env, decl);
	if (i >= 0)
		env_remove_at(env, i);
}

CXCursor env_base(const struct env *env, CXCursor decl)
{
	int i = env_find(env, decl);
	return i >= 0 ? env->b[i].base : clang_getNullCursor();
}

void env_set_base(struct env *env, CXCursor decl, CXCursor base)
{
	int i = env_find(env, decl);
	if (i >= 0)
		env->b[i].base = base;
}

/* ---- fields of local struct variables ---- */

value env_get_member(const struct env *env, CXCursor var, CXCursor field, bool *found)
{
	int i = env->n ? env_find_hashed(env, field, var, object_hash(field, var)) : -1;
	if (found)
		*found = i >= 0;
	return i >= 0 ? env->b[i].v : NULL;
}

void env_set_member(struct engine *e, struct env *env, CXCursor var, CXCursor field, value v)
{
	env_put(e, env, field, var, object_hash(field, var), v);
}

void env_forget_object(struct env *env, CXCursor var)
{
	for (int i = env->n - 1; i >= 0; i--)
		if (!clang_Cursor_isNull(env->b[i].object) &&
		    clang_equalCursors(env->b[i].object, var))
			env_remove_at(env, i);
}

void env_copy_object(struct engine *e, struct env *env, CXCursor dst, CXCursor src)
{
	env_forget_object(env, dst);
	int n = env->n;
	struct binding *copy = xmalloc((size_t)(n ? n : 1) * sizeof(*copy));
	memcpy(copy, env->b, (size_t)n * sizeof(*copy));
	for (int i = 0; i < n; i++)
		if (!clang_Cursor_isNull(copy[i].object) && clang_equalCursors(copy[i].object, src))
			env_set_member(e, env, dst, copy[i].decl, copy[i].v);
	free(copy);
}

static bool is_field(CXCursor decl)
{
	return clang_getCursorKind(decl) == CXCursor_FieldDecl;
}

bool env_join_into(struct engine *e, struct env *dst, const struct env *src)
{
	if (src->unreachable)
		return false;
	if (dst->unreachable) {
		struct env *copy = env_copy(e, src);
		*dst = *copy;
		return true;
	}
	bool changed = false;
	for (int i = 0; i < src->n; i++) {
		const struct binding *sb = &src->b[i];
		int at = env_find_hashed(dst, sb->decl, sb->object, sb->hash);
		if (at < 0 && is_field(sb->decl))
			continue; /* narrowed on one side only: not narrowed */
		value old = at >= 0 ? dst->b[at].v : NULL;
		if (at >= 0 && !clang_equalCursors(dst->b[at].base, sb->base) &&
		    !clang_Cursor_isNull(dst->b[at].base)) {
			dst->b[at].base = clang_getNullCursor(); /* derived differently */
			changed = true;
		}
		if (at >= 0 && (old == sb->v || !sb->v))
			continue;
		value joined = val_union(e, old, sb->v);
		if (joined == old)
			continue;
		changed = true;
		env_put(e, dst, sb->decl, sb->object, sb->hash, joined);
		if (at < 0)
			dst->b[env_find_hashed(dst, sb->decl, sb->object, sb->hash)].base =
			    sb->base;
	}
	for (int i = dst->n - 1; i >= 0; i--)
		if (is_field(dst->b[i].decl) &&
		    env_find_hashed(src, dst->b[i].decl, dst->b[i].object, dst->b[i].hash) < 0) {
			env_remove_at(dst, i);
			changed = true;
		}
	return changed;
}

bool env_same(const struct env *a, const struct env *b)
{
	if (a->unreachable != b->unreachable)
		return false;
	for (int i = 0; i < a->n; i++) {
		int j = env_find_hashed(b, a->b[i].decl, a->b[i].object, a->b[i].hash);
		if (!val_same(a->b[i].v, j >= 0 ? b->b[j].v : NULL))
			return false;
	}
	for (int i = 0; i < b->n; i++)
		if (b->b[i].v && env_find_hashed(a, b->b[i].decl, b->b[i].object, b->b[i].hash) < 0)
			return false;
	return true;
}

value val_narrow(struct engine *e, value v, regionset guard, bool inside)
{
	value out = NULL;
	for (; v; v = v->next) {
		if (v->kind == TAINT_REGION && ((guard & (1u << v->bit)) != 0) != inside)
			continue;
		if (taint_symbolic(v)) {
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

/* ---- what outlives a function: copies in e->keep ---- */

const char *str_keep(struct engine *e, const char *s)
{
	return s ? arena_strdup(&e->keep, s) : NULL;
}

const struct step *step_keep(struct engine *e, const struct step *s)
{
	size_t n = 0;
	for (const struct step *p = s; p && !p->kept; p = p->prev)
		n++;
	if (!n)
		return s;
	const struct step **v = xmalloc(n * sizeof(*v));
	const struct step *p = s;
	for (size_t i = 0; i < n; i++, p = p->prev)
		v[i] = p;
	const struct step *out = p; /* the kept rest, or NULL */
	const char *msg = NULL, *kept_msg = NULL;
	for (size_t i = n; i-- > 0;) {
		struct step *c = arena_alloc(&e->keep, sizeof(*c));
		*c = *v[i];
		if (v[i]->message != msg) {
			msg = v[i]->message;
			kept_msg = str_keep(e, msg);
		}
		c->message = kept_msg;
		c->prev = out;
		c->kept = true;
		out = c;
	}
	free(v);
	return out;
}

value val_keep(struct engine *e, value v)
{
	size_t n = 0;
	for (value t = v; t && !t->kept; t = t->next)
		n++;
	if (!n)
		return v;
	const struct taint **ts = xmalloc(n * sizeof(*ts));
	value t = v;
	for (size_t i = 0; i < n; i++, t = t->next)
		ts[i] = t;
	value out = t; /* the kept rest, or NULL */
	for (size_t i = n; i-- > 0;) {
		struct taint *c = arena_alloc(&e->keep, sizeof(*c));
		*c = *ts[i];
		c->path = step_keep(e, ts[i]->path);
		c->kept = 1;
		c->next = out;
		out = c;
	}
	free(ts);
	return out;
}
