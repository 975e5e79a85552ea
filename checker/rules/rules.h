/* The rule set: everything xlatcheck knows about the kernel's address-space
 * API, loaded from the rule files (rules/NAME.json) (see docs/rules-format.md).  No API name is
 * known to the C code; it only knows the shapes of rules. */
#ifndef XLATCHECK_RULES_H
#define XLATCHECK_RULES_H

#include <stdbool.h>
#include <stdint.h>

/* Regions are a bitmask; the rule files name at most 32 of them. */
typedef uint32_t regionset;
#define MAX_REGIONS 32

/* Kernel options (CONFIG_...) a region or a rule requires, as a bitmask over
 * rule_set.options; the rule files name at most 64 distinct options. */
typedef uint64_t optionset;
#define MAX_OPTIONS 64

struct region_def {
	char *name;
	char *description;
	bool linear;      /* translation by __pa() and friends is valid here */
	bool locals;      /* where local variables and compound literals live */
	bool module_data; /* where static data of a -DMODULE TU lives */
	/* reported only in a TU that defines every one of these as a macro
	 * (autoconf.h, or -D): CONFIG_HIGHMEM for kmap() memory */
	optionset
	        requires;
};

/* How a source, sink, guard or sanitizer is recognised in the code. */
enum match_kind {
	MATCH_FUNCTION, /* a call to this function */
	MATCH_MACRO,    /* an expansion of this macro */
	MATCH_SECTION,  /* a variable placed in a section with this prefix */
	MATCH_VARIABLE, /* a reference to this variable (e.g. __per_cpu_offset) */
	/* a variable, field or parameter declared with this attribute macro
	 * (`int __percpu *p`) holds pointers into the region */
	MATCH_ATTRIBUTE,
	MATCH_FIELD, /* reading this field (`vm_struct.addr`: struct tag, dot, field) */
	/* a sink's argument written with this static type, pointer to it
	 * (`struct page`: the memmap is in the vmemmap area) */
	MATCH_TYPE,
	MATCH_KINDS
};

enum source_yield {
	YIELD_POINTER, /* the value points into the region (vmalloc()) */
	YIELD_LVALUE,  /* the value is an object located in it (per_cpu()) */
};

/* A function source that yields its region only when its argument `arg`
 * meets a condition (the rule's "when"): it is an integer constant with a
 * bit of `flags` set (alloc_pages() with __GFP_HIGHMEM), or it may point
 * into region `region` (page_address() of such a page; the path goes on
 * from that region's).  arg -1: no condition. */
struct source_when {
	int arg;
	uint64_t flags; /* non-zero: the constant-flags condition */
	int region;     /* >= 0: the region condition */
};

struct source_rule {
	enum match_kind match;
	char *name;
	int region;
	enum source_yield yield;
	char *note; /* path message, e.g. "per_cpu() yields percpu memory" */
	struct source_when when;
};

struct sink_rule {
	enum match_kind match;
	char *name;
	int arg;      /* 0-based argument that must be a linear-map pointer */
	char *family; /* "phys", "page", "pfn", "sg", "dma": picks the hint */
	/* A consumer takes the *result* of a translation (the physical address
	 * argument of __set_fixmap): it is not checked itself, it names what
	 * a wrong translation breaks. */
	bool consumer;
	bool computed; /* derived from a macro body, not listed in a file */
};

/* A correct translation.  An `image_symbols` one (__pa_symbol) is correct
 * only for objects of the kernel image, globals of a non-module TU; on
 * anything else it is a linear-only translation of family `family`. */
struct sanitizer_rule {
	enum match_kind match;
	char *name;
	bool image_symbols;
	char *family;
	struct sink_rule as_sink; /* image_symbols: the sink it is elsewhere */
};

/* A test on a pointer: in the true branch the pointer is known to lie in
 * `regions`, in the false branch known not to.  `asserts` (-1: none) is the
 * region the true branch proves, whatever the pointer's origin: a
 * linear-only translation there is a finding. */
/* A function that returns one of its arguments and nothing else (memcpy()
 * returns its destination): the call's value is argument `arg`'s. */
struct returns_rule {
	enum match_kind match;
	char *name;
	int arg;
};

struct guard_rule {
	enum match_kind match;
	char *name;
	int arg;
	regionset regions;
	int asserts;
};

/* A callback registration (INIT_WORK, request_irq): a call of argument
 * `callback` (a function) with, as its parameter i, argument params[i].arg
 * of the registration (params[i].address: the address of that argument;
 * params[i].arg < 0: nothing tracked, such as an IRQ number). */
struct callback_param {
	int arg;
	bool address;
};

struct callback_rule {
	enum match_kind match; /* MATCH_FUNCTION or MATCH_MACRO */
	char *name;
	int callback;
	struct callback_param *params;
	int nparams;
};

struct hint {
	char *family;
	char *text;
};

/* A known rewrite: a call of `sink` (of sink family `family`) becomes a call
 * of `with`, same arguments (the rule's "fixes", report/fixes.c). */
struct fix_rule {
	char *family;
	char *sink;
	char *with;
};

/* A rule reports sinks of `family` ("*": every family) only where the TU
 * defines all of `options` (stack-to-linear on __pa() needs VMAP_STACK). */
struct requirement {
	char *family;
	optionset options;
};

struct rule {
	char *id;   /* "percpu-to-linear" */
	char *name; /* "PercpuToLinear" */
	char *short_description;
	char *full_description;
	char *message; /* format: %r region, %s sink */
	char *help_text;
	char *help_markdown;
	char *level;     /* "error", "warning", "note" */
	char *precision; /* "very-high", "high", "medium", "low" */
	char *security_severity;
	char **tags;
	int ntags;
	regionset regions; /* the regions this rule reports (empty: meta rule) */
	struct hint *hints;
	int nhints;
	struct fix_rule *fixes;
	int nfixes;
	struct requirement *
	        requires;
	int nrequires;
	char **not_for; /* sink families this rule never reports (kmap_to_page for kmap) */
	int nnot_for;
	int index; /* position in rules[], SARIF's ruleIndex */
};

struct rule_set {
	struct region_def regions[MAX_REGIONS];
	int nregions;
	struct source_rule *sources;
	int nsources;
	struct sink_rule *sinks;
	int nsinks;
	struct sanitizer_rule *sanitizers;
	int nsanitizers;
	struct guard_rule *guards;
	int nguards;
	struct returns_rule *returns;
	int nreturns;
	struct callback_rule *callbacks; /* every entry that matches applies */
	int ncallbacks;
	struct rule *rules;
	int nrules;
	char *options[MAX_OPTIONS]; /* every option a region or rule requires */
	int noptions;
	char **files; /* the rule files read, for --version / SARIF */
	int nfiles;
	struct roles *roles; /* the one name -> role table (roles.h), built by rules_load */
};

/* Loads every *.json of the default rule directory and then of each extra
 * directory (--rules).  On a broken file: one error line naming the file
 * and the field, and NULL. */
struct rule_set *rules_load(const char *const *extra_dirs, int nextra);
void rules_free(struct rule_set *rs);
const char *rules_default_dir(void);

int rules_region_index(const struct rule_set *rs, const char *name);
const struct rule *rules_find(const struct rule_set *rs, const char *id);
/* The rule that reports `region` reaching a sink, or NULL (e.g. linear). */
const struct rule *rules_for_region(const struct rule_set *rs, int region);
const char *rule_hint(const struct rule *r, const char *family);
/* The name that replaces a call of `sink` under this rule, or NULL. */
const char *rule_fix(const struct rule *r, const char *sink);
/* Whether `region` reaching a sink of `family`, reported by `r`, applies in
 * a TU that defines the options `defined`: the rule reports that family,
 * and the TU defines every option the region and the rule's entries for
 * the family (and "*") require; *need gets those options. */
bool rules_applies(const struct rule_set *rs, int region, const struct rule *r, const char *family,
                   optionset defined, optionset *need);
/* "CONFIG_A, CONFIG_B": the names of a set of options (malloc'd). */
char *rules_option_names(const struct rule_set *rs, optionset set);
/* Frees what a rule owns (for rules copied out of SARIF by merge). */
void rule_free_fields(struct rule *r);

#endif
