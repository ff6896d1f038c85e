/*
 * The output layer: handlers hand it what a command found, as one record
 * (typed fields in order) and tables (typed cells under machine keys and
 * human headers); it renders them in the shell's format.
 *
 *   text        virsh's layout, written as the handler goes (the default)
 *   json        one compact JSON document per command, on one line
 *   json-pretty the same document indented
 *   csv         every table (a record is a one-row table): RFC 4180
 *   value       the values alone, one per line (a table row: tab-separated)
 *
 * Keys are fixed English snake_case, enum values fixed lowercase words;
 * man/hvsh-json.7 lists them for every command (OUT_SCHEMA_VERSION).
 * A NULL key makes a field text-only, a NULL label makes it machine-only.
 */
#ifndef HVSH_OUT_H
#define HVSH_OUT_H

#include <stdbool.h>
#include <stddef.h>

struct shell;
struct table;

/* Bumped only when a key changes meaning or goes away. */
#define OUT_SCHEMA_VERSION 1

enum out_format {
	OUT_TEXT,
	OUT_JSON,
	OUT_JSON_PRETTY,
	OUT_CSV,
	OUT_VALUE,
};

enum out_type {
	OUT_NULL,
	OUT_STRING,
	OUT_INT,	/* signed */
	OUT_UINT,	/* unsigned; sizes in bytes, times in ns */
	OUT_DOUBLE,
	OUT_BOOL,
	OUT_ENUM,	/* a fixed lowercase word, as a string */
	OUT_LIST,	/* of strings: list, NULL-terminated */
};

struct out_val {
	enum out_type type;
	const char *s;
	long long i;
	unsigned long long u;
	double d;
	bool b;
	char *const *list;
};

#define OV_NULL ((struct out_val){ .type = OUT_NULL })
#define OV_STR(x) ((struct out_val){ .type = OUT_STRING, .s = (x) })
#define OV_INT(x) ((struct out_val){ .type = OUT_INT, .i = (x) })
#define OV_UINT(x) ((struct out_val){ .type = OUT_UINT, .u = (x) })
#define OV_DOUBLE(x) ((struct out_val){ .type = OUT_DOUBLE, .d = (x) })
#define OV_BOOL(x) ((struct out_val){ .type = OUT_BOOL, .b = (x) })
#define OV_ENUM(x) ((struct out_val){ .type = OUT_ENUM, .s = (x) })
#define OV_LIST(x) ((struct out_val){ .type = OUT_LIST, .list = (x) })
/* A string, or null when x is NULL. */
#define OV_STR_OR_NULL(x) ((x) != NULL ? OV_STR(x) : OV_NULL)

/* "json", "json-pretty", "csv", "value", "text"; false when unknown. */
bool out_parse_format(const char *name, enum out_format *f);
void out_set_format(enum out_format f);
enum out_format out_format(void);
/* Whether the text layout is being written (the default). */
bool out_is_text(void);

/* Around each command (run_one): a fresh document; then its rendering. */
void out_begin(struct shell *sh);
void out_end(struct shell *sh, bool ok);

/*
 * A field of the command's record.  Text: one "label value" line, the
 * label left-justified in width columns (virsh's "%-15s %s"), the value
 * as fmt formats the rest (fmt NULL: v as it is).  Machine formats: key
 * and v.
 */
void out_field(struct shell *sh, int width, const char *label,
    const char *key, struct out_val v, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));
/*
 * A whole text line (fmt and the rest, then a newline) that stands for
 * key: v in the record: domstate's "running", uri's URI.
 */
void out_line(struct shell *sh, const char *key, struct out_val v,
    const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/*
 * Text as it is, no newline added (virsh's unended lines); nothing in
 * the machine formats, whose record has the values.
 */
void out_text(struct shell *sh, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * What a command that changes something did, to what: text, the
 * message (fmt; left out under -q, as virsh's extra lines are);
 * machine formats, {"action": action, kind: name, "message": the text}
 * merged into the record (kind NULL: no object named).
 */
void out_done(struct shell *sh, const char *action, const char *kind,
    const char *name, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/*
 * A table of the command: text, virsh's table (table_print); machine
 * formats, an array of objects under key (the whole document when the
 * record has nothing else).  Frees nothing.
 */
void out_table(struct shell *sh, const char *key, const struct table *t);

/*
 * The command prints its own bytes (XML, help): machine formats add no
 * document to them.
 */
void out_raw(struct shell *sh);

/*
 * An error in a machine format: stderr gets one JSON object per error,
 * {"error": {"message", "code", "domain"[, "context"]}}.  The shell's
 * own line (e NULL) is held back, to be the context of the core's error
 * (e) that follows; with none it goes out alone, code and domain null.
 */
struct hv_error;
void out_error(struct shell *sh, const char *msg, const struct hv_error *e);
/* Errors held back to be merged with the core's message, written now. */
void out_errors_flush(struct shell *sh);

#endif
