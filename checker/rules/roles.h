/* The one rule layer: what a name, a declaration or a type is to the
 * analysis, decided once when the rules are loaded.
 *
 * rules_load() builds one name -> role table per match kind (functions,
 * macros, variables, fields, types; sections by prefix) with one order of
 * precedence, and the region policy (where a local, a module's static data
 * and a section's variable live).  The evaluator asks it through one small
 * function per event: a call, a macro expansion, a condition, a read, a
 * sink's argument type, a declaration.  See docs/rules-format.md, "The role
 * of a name". */
#ifndef XLATCHECK_ROLES_H
#define XLATCHECK_ROLES_H

#include "rules.h"

/* In the order of precedence: a name listed in two sections of the rule
 * files has the first of these roles (an attribute macro before anything,
 * then sanitizer, sink, guard, source, returns); within one section the first entry
 * read wins (the default directory before --rules). */
enum role_kind {
	ROLE_NONE,
	ROLE_ATTRIBUTE, /* macros only: a source written in a declaration */
	ROLE_SANITIZER,
	ROLE_SINK,
	ROLE_GUARD,
	ROLE_SOURCE,
	ROLE_RETURNS, /* functions only: returns one of its arguments */
};

/* The role and its rule: exactly the pointer of `kind` is set. */
struct role {
	enum role_kind kind;
	const struct sanitizer_rule *sanitizer;
	const struct sink_rule *sink;
	const struct guard_rule *guard;
	const struct source_rule *source; /* ROLE_SOURCE and ROLE_ATTRIBUTE */
	const struct returns_rule *returns;
};

struct roles;

struct roles *roles_build(const struct rule_set *rs);
void roles_free(struct roles *rl);

/* A call of function `name`; an expansion of macro `name`. */
struct role roles_call(const struct roles *rl, const char *name);
struct role roles_macro(const struct roles *rl, const char *name);
/* A call of function `name` tested as a condition: its guard, or NULL. */
const struct guard_rule *roles_condition(const struct roles *rl, const char *name);
/* Reading variable `name` (record NULL) or field `name` of struct or union
 * `record`: the source it is, or NULL. */
const struct source_rule *roles_read(const struct roles *rl, const char *record, const char *name);
/* A sink's argument written with static type pointer to `type` (clang's
 * canonical spelling, qualifiers dropped: "struct page"): its source. */
const struct source_rule *roles_typed(const struct roles *rl, const char *type);

/* Where a declared object lives. */
enum place_kind {
	PLACE_LOCAL,       /* a local variable or a compound literal */
	PLACE_STATIC_DATA, /* a variable defined at file scope or static */
	PLACE_EXTERN_DATA, /* a variable declared extern */
	PLACE_FUNCTION,    /* a function defined in the TU */
};
struct placement {
	int region;                        /* -1: nowhere the rules report */
	const struct source_rule *section; /* placed by this section rule */
};
/* `section`: the variable's section attribute (NULL: none); `module`: the
 * TU is built with -DMODULE. */
struct placement roles_place(const struct roles *rl, enum place_kind kind, const char *section,
                             bool module);

/* The regions reported in a TU that defines the options `defined`: not
 * linear, named by a rule, and every option the region requires defined. */
regionset roles_reported(const struct roles *rl, optionset defined);

#endif
