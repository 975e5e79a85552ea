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
		if (v->kind == TAINT_OBJ) { /* a points-to fact has no path */
			out = taint_new(e, v, out);
			continue;
		}
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

value val_no_obj(struct engine *e, value v)
{
	value t = v;
	while (t && t->kind != TAINT_OBJ)
		t = t->next;
	return t ? val_without(e, v, TAINT_OBJ) : v;
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

static int env_find_hashed(const struct env *env, CXCursor decl, int obj, unsigned h)
{
	for (int i = env_lower(env, h); i < env->n && env->b[i].hash == h; i++)
		if (env->b[i].obj == obj && clang_equalCursors(env->b[i].decl, decl))
			return i;
	return -1;
}

static int env_find(const struct env *env, CXCursor decl)
{
	return env->n ? env_find_hashed(env, decl, 0, clang_hashCursor(decl)) : -1;
}

/* The key of field `field` of object `obj`. */
static unsigned object_hash(CXCursor field, int obj)
{
	return clang_hashCursor(field) * 31u + (unsigned)obj * 2654435761u;
}

value env_get(const struct env *env, CXCursor decl, bool *found)
{
	int i = env_find(env, decl);
	if (found)
		*found = i >= 0;
	return i >= 0 ? env->b[i].v : NULL;
}

static void env_put(struct engine *e, struct env *env, CXCursor decl, int obj, unsigned h, value v,
                    bool weak)
{
	int i = env_find_hashed(env, decl, obj, h);
	if (i >= 0) {
		env->b[i].v = v;
		env->b[i].weak = weak;
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
	env->b[i] = (struct binding){decl, v, h, clang_getNullCursor(), obj, weak};
	env->n++;
}

void env_set(struct engine *e, struct env *env, CXCursor decl, value v)
{
	env_put(e, env, decl, 0, clang_hashCursor(decl), v, false);
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

/* ---- fields of abstract objects ---- */

value env_get_member(const struct env *env, int obj, CXCursor field, bool *found, bool *weak)
{
	int i = env->n ? env_find_hashed(env, field, obj, object_hash(field, obj)) : -1;
	if (found)
		*found = i >= 0;
	if (weak)
		*weak = i >= 0 && env->b[i].weak;
	return i >= 0 ? env->b[i].v : NULL;
}

void env_set_member(struct engine *e, struct env *env, int obj, CXCursor field, value v, bool weak)
{
	env_put(e, env, field, obj, object_hash(field, obj), v, weak);
}

void env_forget_object(struct env *env, int obj)
{
	for (int i = env->n - 1; i >= 0; i--)
		if (env->b[i].obj == obj)
			env_remove_at(env, i);
}

void env_copy_object(struct engine *e, struct env *env, int dst, int src)
{
	env_forget_object(env, dst);
	int n = env->n;
	struct binding *copy = xmalloc((size_t)(n ? n : 1) * sizeof(*copy));
	memcpy(copy, env->b, (size_t)n * sizeof(*copy));
	for (int i = 0; i < n; i++)
		if (copy[i].obj == src)
			env_set_member(e, env, dst, copy[i].decl, copy[i].v, copy[i].weak);
	free(copy);
}

struct env *env_objects(struct engine *e, const struct env *env, bool (*keep)(void *, int),
                        void *ctx)
{
	struct env *out = env_new(e);
	out->unreachable = env->unreachable;
	for (int i = 0; i < env->n; i++)
		if (env->b[i].obj && keep(ctx, env->b[i].obj))
			env_put(e, out, env->b[i].decl, env->b[i].obj, env->b[i].hash, env->b[i].v,
			        env->b[i].weak);
	return out;
}

static bool is_field(CXCursor decl)
{
	return clang_getCursorKind(decl) == CXCursor_FieldDecl;
}

/* A field of an object stored on one side only is a weak binding: the
 * other side still has what the field held before. */
static bool join_object_binding(struct engine *e, struct env *dst, int at, const struct binding *sb)
{
	if (at < 0) {
		env_put(e, dst, sb->decl, sb->obj, sb->hash, sb->v, true);
		return true;
	}
	struct binding *db = &dst->b[at];
	bool changed = sb->weak && !db->weak;
	db->weak |= sb->weak;
	value joined = val_union(e, db->v, sb->v);
	if (joined != db->v) {
		db->v = joined;
		changed = true;
	}
	return changed;
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
		int at = env_find_hashed(dst, sb->decl, sb->obj, sb->hash);
		if (sb->obj) {
			changed |= join_object_binding(e, dst, at, sb);
			continue;
		}
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
		env_put(e, dst, sb->decl, 0, sb->hash, joined, false);
		if (at < 0)
			dst->b[env_find_hashed(dst, sb->decl, 0, sb->hash)].base = sb->base;
	}
	for (int i = dst->n - 1; i >= 0; i--) {
		struct binding *db = &dst->b[i];
		if (!db->obj && !is_field(db->decl))
			continue;
		if (env_find_hashed(src, db->decl, db->obj, db->hash) >= 0)
			continue;
		changed |= !db->obj || !db->weak;
		if (db->obj)
			db->weak = true;
		else
			env_remove_at(dst, i);
	}
	return changed;
}

bool env_same(const struct env *a, const struct env *b)
{
	if (a->unreachable != b->unreachable)
		return false;
	for (int i = 0; i < a->n; i++) {
		int j = env_find_hashed(b, a->b[i].decl, a->b[i].obj, a->b[i].hash);
		if (!val_same(a->b[i].v, j >= 0 ? b->b[j].v : NULL) ||
		    (j >= 0 && a->b[i].weak != b->b[j].weak))
			return false;
	}
	for (int i = 0; i < b->n; i++)
		if ((b->b[i].v || b->b[i].obj) &&
		    env_find_hashed(a, b->b[i].decl, b->b[i].obj, b->b[i].hash) < 0)
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
	v = val_no_obj(e, v); /* points-to is the function's own */
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
