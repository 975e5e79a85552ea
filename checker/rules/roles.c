/* The one rule layer (roles.h): the name -> role tables built from a
 * loaded rule set, and the events the evaluator asks them about.
 *
 * Each match kind has one table.  Entries are inserted in the order of
 * precedence of enum role_kind, and within a role in the order the files
 * were read; the first insertion of a name wins, so a lookup is one hash
 * probe and the precedence lives here alone.  Sections match by prefix and
 * are a list, first match wins. */
#include "roles.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util.h"

#define ROLE_BUCKETS 512

struct role_entry {
	const char *name;
	struct role role;
	struct role_entry *next;
};

struct roles {
	const struct rule_set *rs;
	struct role_entry *table[MATCH_KINDS][ROLE_BUCKETS];
	int locals, module_data; /* regions flagged so, -1 when none */
};

static unsigned role_hash(const char *s)
{
	return (unsigned)str_hash(5381, s) % ROLE_BUCKETS;
}

static const struct role_entry *find(const struct roles *rl, enum match_kind kind, const char *name)
{
	for (const struct role_entry *e = rl->table[kind][role_hash(name)]; e; e = e->next)
		if (!strcmp(e->name, name))
			return e;
	return NULL;
}

/* Adds `name` with `role` unless a role of higher precedence, or an
 * earlier entry of the same role, has it already. */
static void insert(struct roles *rl, enum match_kind kind, const char *name, struct role role)
{
	if (find(rl, kind, name))
		return;
	unsigned h = role_hash(name);
	struct role_entry *e = xcalloc(1, sizeof(*e));
	e->name = name;
	e->role = role;
	e->next = rl->table[kind][h];
	rl->table[kind][h] = e;
}

/* Sources by their match kind: an attribute is a macro in a declaration. */
static void insert_sources(struct roles *rl, enum role_kind kind)
{
	const struct rule_set *rs = rl->rs;
	for (int i = 0; i < rs->nsources; i++) {
		const struct source_rule *s = &rs->sources[i];
		bool attr = s->match == MATCH_ATTRIBUTE;
		if (s->match == MATCH_SECTION || attr != (kind == ROLE_ATTRIBUTE))
			continue;
		insert(rl, attr ? MATCH_MACRO : s->match, s->name,
		       (struct role){.kind = kind, .source = s});
	}
}

struct roles *roles_build(const struct rule_set *rs)
{
	struct roles *rl = xcalloc(1, sizeof(*rl));
	rl->rs = rs;
	insert_sources(rl, ROLE_ATTRIBUTE);
	for (int i = 0; i < rs->nsanitizers; i++)
		insert(rl, rs->sanitizers[i].match, rs->sanitizers[i].name,
		       (struct role){.kind = ROLE_SANITIZER, .sanitizer = &rs->sanitizers[i]});
	for (int i = 0; i < rs->nsinks; i++)
		insert(rl, rs->sinks[i].match, rs->sinks[i].name,
		       (struct role){.kind = ROLE_SINK, .sink = &rs->sinks[i]});
	for (int i = 0; i < rs->nguards; i++)
		insert(rl, rs->guards[i].match, rs->guards[i].name,
		       (struct role){.kind = ROLE_GUARD, .guard = &rs->guards[i]});
	insert_sources(rl, ROLE_SOURCE);
	for (int i = 0; i < rs->nreturns; i++)
		insert(rl, rs->returns[i].match, rs->returns[i].name,
		       (struct role){.kind = ROLE_RETURNS, .returns = &rs->returns[i]});
	rl->locals = rl->module_data = -1;
	for (int r = rs->nregions - 1; r >= 0; r--) {
		if (rs->regions[r].locals)
			rl->locals = r;
		if (rs->regions[r].module_data)
			rl->module_data = r;
	}
	return rl;
}

void roles_free(struct roles *rl)
{
	if (!rl)
		return;
	for (int k = 0; k < MATCH_KINDS; k++)
		for (int b = 0; b < ROLE_BUCKETS; b++)
			for (struct role_entry *e = rl->table[k][b], *next; e; e = next) {
				next = e->next;
				free(e);
			}
	free(rl);
}

static struct role lookup(const struct roles *rl, enum match_kind kind, const char *name)
{
	const struct role_entry *e = name ? find(rl, kind, name) : NULL;
	return e ? e->role : (struct role){.kind = ROLE_NONE};
}

struct role roles_call(const struct roles *rl, const char *name)
{
	return lookup(rl, MATCH_FUNCTION, name);
}

struct role roles_macro(const struct roles *rl, const char *name)
{
	return lookup(rl, MATCH_MACRO, name);
}

const struct guard_rule *roles_condition(const struct roles *rl, const char *name)
{
	return roles_call(rl, name).guard;
}

const struct source_rule *roles_read(const struct roles *rl, const char *record, const char *name)
{
	if (!record)
		return lookup(rl, MATCH_VARIABLE, name).source;
	char key[256];
	if (!*record || snprintf(key, sizeof(key), "%s.%s", record, name) >= (int)sizeof(key))
		return NULL;
	return lookup(rl, MATCH_FIELD, key).source;
}

const struct source_rule *roles_typed(const struct roles *rl, const char *type)
{
	return lookup(rl, MATCH_TYPE, type).source;
}

static const struct source_rule *section_source(const struct roles *rl, const char *section)
{
	const struct rule_set *rs = rl->rs;
	for (int i = 0; section && i < rs->nsources; i++)
		if (rs->sources[i].match == MATCH_SECTION &&
		    !strncmp(section, rs->sources[i].name, strlen(rs->sources[i].name)))
			return &rs->sources[i];
	return NULL;
}

struct placement roles_place(const struct roles *rl, enum place_kind kind, const char *section,
                             bool module)
{
	struct placement p = {.region = -1};
	switch (kind) {
	case PLACE_LOCAL:
		p.region = rl->locals;
		break;
	case PLACE_STATIC_DATA:
	case PLACE_EXTERN_DATA:
		p.section = section_source(rl, section);
		if (p.section)
			p.region = p.section->region;
		else if (module && kind == PLACE_STATIC_DATA)
			p.region = rl->module_data;
		break;
	case PLACE_FUNCTION:
		if (module)
			p.region = rl->module_data;
		break;
	}
	return p;
}

regionset roles_reported(const struct roles *rl, optionset defined)
{
	const struct rule_set *rs = rl->rs;
	regionset out = 0;
	for (int r = 0; r < rs->nregions; r++)
		if (!rs->regions[r].linear && rules_for_region(rs, r) &&
		    !(rs->regions[r].requires & ~defined))
			out |= 1u << r;
	return out;
}
