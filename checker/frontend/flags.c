/* Flag sanitising, driven by rules/flags/gcc.json.
 *
 * Why each step: libclang honours -Wp,-MMD and would overwrite Kbuild's
 * .o.d files; gcc-only options are errors or (under -Werror) fatal for
 * clang; relative -I paths are relative to the directory the compiler ran
 * in, which is not ours when TUs are parsed in threads, so clang is told
 * that directory with -working-directory; Kbuild's argv has no target
 * triple, so the target comes from -m32/-m64 or sparse's --arch=. */
#include "flags.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

struct flag_target {
	char *flag;
	char *target;
};

struct flag_rules {
	struct strvec drop, drop_prefix, keep_prefix, drop_with_value, append;
	struct flag_target *targets;
	size_t ntargets;
};

static bool read_strings(json_object *root, const char *key, struct strvec *out, const char *path)
{
	json_object *arr;
	if (!json_object_object_get_ex(root, key, &arr))
		return true;
	if (!json_object_is_type(arr, json_type_array)) {
		error_msg("%s: must be an array of strings: %s", key, path);
		return false;
	}
	for (size_t i = 0; i < json_object_array_length(arr); i++) {
		json_object *s = json_object_array_get_idx(arr, i);
		if (!json_object_is_type(s, json_type_string)) {
			error_msg("%s[%zu]: must be a string: %s", key, i, path);
			return false;
		}
		strvec_push(out, json_object_get_string(s));
	}
	return true;
}

static bool read_targets(json_object *root, struct flag_rules *fr, const char *path)
{
	json_object *arr;
	if (!json_object_object_get_ex(root, "targets", &arr))
		return true;
	if (!json_object_is_type(arr, json_type_array)) {
		error_msg("targets: must be an array: %s", path);
		return false;
	}
	size_t n = json_object_array_length(arr);
	fr->targets = xcalloc(n, sizeof(*fr->targets));
	for (size_t i = 0; i < n; i++) {
		json_object *e = json_object_array_get_idx(arr, i), *flag, *target;
		if (!json_object_object_get_ex(e, "flag", &flag) ||
		    !json_object_object_get_ex(e, "target", &target) ||
		    !json_object_is_type(flag, json_type_string) ||
		    !json_object_is_type(target, json_type_string)) {
			error_msg("targets[%zu]: needs string fields flag and target: %s", i, path);
			return false;
		}
		fr->targets[fr->ntargets++] = (struct flag_target){
		    xstrdup(json_object_get_string(flag)), xstrdup(json_object_get_string(target))};
	}
	return true;
}

/* The keys of flags/gcc.json; anything else is a misspelling. */
static bool known_keys_only(json_object *root, const char *path)
{
	static const char *const known[] = {
	    "comment",         "drop",   "drop_prefix", "keep_prefix",
	    "drop_with_value", "append", "targets"};
	json_object_object_foreach(root, key, val)
	{
		(void)val;
		bool found = false;
		for (size_t i = 0; i < NELEMS(known) && !found; i++)
			found = !strcmp(key, known[i]);
		if (!found) {
			error_msg("%s: unknown key: %s", key, path);
			return false;
		}
	}
	return true;
}

struct flag_rules *flag_rules_load(const char *path)
{
	json_object *root;
	if (!json_read_file(path, "flag rules", JSON_DEPTH_DEFAULT, &root))
		return NULL;
	struct flag_rules *fr = xcalloc(1, sizeof(*fr));
	bool ok = json_object_is_type(root, json_type_object);
	if (!ok)
		error_msg("not a JSON object: %s", path);
	ok = ok && known_keys_only(root, path) && read_strings(root, "drop", &fr->drop, path) &&
	     read_strings(root, "drop_prefix", &fr->drop_prefix, path) &&
	     read_strings(root, "keep_prefix", &fr->keep_prefix, path) &&
	     read_strings(root, "drop_with_value", &fr->drop_with_value, path) &&
	     read_strings(root, "append", &fr->append, path) && read_targets(root, fr, path);
	json_object_put(root);
	if (!ok) {
		flag_rules_free(fr);
		return NULL;
	}
	return fr;
}

void flag_rules_free(struct flag_rules *fr)
{
	if (!fr)
		return;
	strvec_free(&fr->drop);
	strvec_free(&fr->drop_prefix);
	strvec_free(&fr->keep_prefix);
	strvec_free(&fr->drop_with_value);
	strvec_free(&fr->append);
	for (size_t i = 0; i < fr->ntargets; i++) {
		free(fr->targets[i].flag);
		free(fr->targets[i].target);
	}
	free(fr->targets);
	free(fr);
}

static bool in_list(const struct strvec *sv, const char *arg)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strcmp(sv->v[i], arg))
			return true;
	return false;
}

static bool has_prefix_in(const struct strvec *sv, const char *arg)
{
	for (size_t i = 0; i < sv->n; i++)
		if (!strncmp(arg, sv->v[i], strlen(sv->v[i])))
			return true;
	return false;
}

static bool is_target_flag(const char *arg)
{
	return !strncmp(arg, "--target=", 9) || !strcmp(arg, "-target");
}

void flags_sanitise(const struct flag_rules *fr, char *const *in, size_t n, const char *directory,
                    struct strvec *out)
{
	const char *target = NULL;
	bool explicit_target = false;

	for (size_t i = 0; i < n; i++) {
		const char *arg = in[i];
		if (is_target_flag(arg))
			explicit_target = true;
		/* The target is chosen before dropping: --arch= is dropped.  The
		 * last one wins, as gcc's last -m16/-m32/-m64 does: Kbuild puts
		 * the arch's -m64 first and a directory's own -m16 or -m32 later. */
		for (size_t t = 0; t < fr->ntargets; t++)
			if (!strcmp(arg, fr->targets[t].flag))
				target = fr->targets[t].target;
		if (in_list(&fr->drop_with_value, arg)) {
			i++;
			continue;
		}
		if (!has_prefix_in(&fr->keep_prefix, arg) &&
		    (in_list(&fr->drop, arg) || has_prefix_in(&fr->drop_prefix, arg)))
			continue;
		strvec_push(out, arg);
	}
	if (target && !explicit_target)
		strvec_push_owned(out, xasprintf("--target=%s", target));
	if (directory)
		strvec_push_owned(out, xasprintf("-working-directory=%s", directory));
	for (size_t i = 0; i < fr->append.n; i++)
		strvec_push(out, fr->append.v[i]);
}
