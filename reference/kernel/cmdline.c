/*
 * The kernel command line (init/main.c: boot_command_line, parse_early_param).
 *
 * QEMU's -append text reaches refk through the Multiboot information, on the
 * page right after _end, which pmm_init() hands out (and zeroes) first.  So
 * start_kernel() copies it into boot_command_line before anything else, and
 * parses the early parameters from that copy.
 *
 * Words are separated by spaces.  A word "name=value" whose name is in
 * early_params[] goes to that parameter's handler; every other word (the
 * kernel's own path, which QEMU puts first, and unknown parameters) is
 * ignored, as Linux leaves them to init.  A handler that rejects its value
 * stops the kernel: a test that asked for a mode must not run another.
 */
#include "defs.h"
#include "memlayout.h"
#include "multiboot.h"

#define COMMAND_LINE_SIZE 256

char boot_command_line[COMMAND_LINE_SIZE];

/* early_param(name, fn), as a table. */
static const struct obs_kernel_param {
	const char *str;
	int (*setup_func)(const char *val);
} early_params[] = {
	{ "percpu_alloc", percpu_alloc_setup },	/* percpu.c */
};

/* Copy the Multiboot command line, if any, into boot_command_line; all of it. */
void
copy_boot_command_line(unsigned long mbi_pa)
{
	const struct multiboot_info *mbi = __va(mbi_pa);
	const char *src;
	size_t n = 0;

	if (!(mbi->flags & MULTIBOOT_INFO_CMDLINE))
		return;
	src = __va(mbi->cmdline);
	while (src[n] && n < COMMAND_LINE_SIZE - 1) {
		boot_command_line[n] = src[n];
		n++;
	}
	boot_command_line[n] = '\0';
	if (src[n])
		panic("cmdline: longer than %d bytes", COMMAND_LINE_SIZE - 1);
}

/* Length of the word at s: up to the next space or the end. */
static size_t
word_len(const char *s)
{
	size_t n = 0;

	while (s[n] && s[n] != ' ')
		n++;
	return n;
}

/* If word (len bytes) is "name=value", return value; else NULL. */
static const char *
param_value(const char *word, size_t len, const char *name)
{
	size_t n = 0;

	while (name[n] && n < len && word[n] == name[n])
		n++;
	return !name[n] && n < len && word[n] == '=' ? word + n + 1 : NULL;
}

static void
do_early_param(const char *word, size_t len)
{
	char val[COMMAND_LINE_SIZE];

	for (unsigned i = 0; i < ARRAY_SIZE(early_params); i++) {
		const char *v = param_value(word, len, early_params[i].str);

		if (!v)
			continue;
		memcpy(val, v, len - (v - word));
		val[len - (v - word)] = '\0';
		if (early_params[i].setup_func(val))
			panic("Malformed early option '%s': '%s'", early_params[i].str, val);
	}
}

void
parse_early_param(void)
{
	const char *s = boot_command_line;

	while (*s) {
		size_t len = word_len(s);

		if (len)
			do_early_param(s, len);
		s += len;
		while (*s == ' ')
			s++;
	}
}
