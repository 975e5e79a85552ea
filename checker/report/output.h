/* The one way xlatcheck writes an output file (-o, --sarif, --sarif-dir,
 * --summaries, merge -o), and the checks that run on output paths before
 * any analysis starts.  See output.c for the rules. */
#ifndef XLATCHECK_OUTPUT_H
#define XLATCHECK_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

/* Writes `data` to `path` (stdout when NULL).  An absent target or a
 * regular file with one link is replaced atomically (an exclusive temp
 * file in its directory, then rename; a replaced file keeps its mode);
 * anything else (a symlink's target, a hard-linked file, a device, a
 * FIFO, /dev/stdout) is opened and written in place.  False after one
 * error line naming the path and the system's reason. */
bool output_write(const char *path, const char *data, size_t len);

/* The same for a name xlatcheck made up inside an output directory
 * (--sarif-dir, --summaries): whatever is found at that name, a symlink
 * or a FIFO someone planted there included, is replaced, never followed. */
bool output_write_generated(const char *path, const char *data, size_t len);

/* The same, written in pieces: a large output (SARIF) is never held in
 * memory whole.  output_open*() decide as above and print the error line
 * (NULL) when the target cannot be opened; output_append() buffers and
 * keeps the first error; output_close() finishes (the rename, for a
 * replaced file) and frees, false after one error line.  A failed output
 * leaves no temp file and never replaces the target. */
struct output;
struct output *output_open(const char *path);
struct output *output_open_generated(const char *path);
void output_append(struct output *o, const char *data, size_t len);
bool output_close(struct output *o);

/* Before the analysis: can output_write(path) succeed?  False after the
 * error line output_write would print. */
bool output_check_file(const char *path);
/* A directory the run writes files into; `what` names the option
 * ("--sarif-dir", "--summaries").  False after one error line. */
bool output_check_dir(const char *dir, const char *what);

/* Temp files output_write leaves behind only when killed mid-write:
 * ".NAME.XXXXXX" beside NAME.  True when `name` (a directory entry) is
 * one for a target named `*suffix`. */
bool output_is_temp_name(const char *name, const char *suffix);

#endif
