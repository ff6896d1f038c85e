/*
 * The output layer (out.h).  Text is written as the handler goes, so
 * that it stays byte for byte what virsh prints; the machine formats
 * collect the command's record and tables, each value rendered when it
 * comes (a table is freed by its handler), and write the document at
 * the end of the command.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "shell.h"
#include "util/buf.h"
#include "util/xalloc.h"

/* A record field: its key, its JSON text and its plain text. */
struct field {
	char *key;
	char *json;
	char *plain;
};

struct doc {
	struct field *fields;
	size_t nfields, cap;
	struct field *tables;	/* key and the JSON array */
	size_t ntables, tcap;
	bool csv_started;	/* a table went out: a record waits */
	bool raw;		/* the command prints XML or help itself */
};

static enum out_format format = OUT_TEXT;
static struct doc doc;
/* A shell message waiting for the core's error that explains it. */
static char *held_context;

static const struct {
	const char *name;
	enum out_format f;
} formats[] = {
	{ "text", OUT_TEXT },
	{ "json", OUT_JSON },
	{ "json-pretty", OUT_JSON_PRETTY },
	{ "csv", OUT_CSV },
	{ "value", OUT_VALUE },
};

bool
out_parse_format(const char *name, enum out_format *f)
{
	size_t i;

	for (i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
		if (strcmp(name, formats[i].name) == 0) {
			*f = formats[i].f;
			return true;
		}
	}
	return false;
}

void
out_set_format(enum out_format f)
{
	format = f;
}

enum out_format
out_format(void)
{
	return format;
}

bool
out_is_text(void)
{
	return format == OUT_TEXT;
}

static bool
is_json(void)
{
	return format == OUT_JSON || format == OUT_JSON_PRETTY;
}

/* ---- rendering values ----------------------------------------------- */

/* Length of the valid UTF-8 sequence at s, or 0. */
static size_t
utf8_len(const unsigned char *s)
{
	size_t n, i;
	unsigned int cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* no overlong forms, no surrogates, nothing past U+10FFFF */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
		return 0;
	return n;
}

/*
 * A JSON string.  A byte that is not part of valid UTF-8 (a name from a
 * hostile file) goes out as the code point of the same number, so that
 * the document stays valid.
 */
static void
json_string(struct hv_buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	hv_buf_addc(b, '"');
	while (*p != '\0') {
		switch (*p) {
		case '"':
			hv_buf_add(b, "\\\"");
			break;
		case '\\':
			hv_buf_add(b, "\\\\");
			break;
		case '\n':
			hv_buf_add(b, "\\n");
			break;
		case '\r':
			hv_buf_add(b, "\\r");
			break;
		case '\t':
			hv_buf_add(b, "\\t");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				hv_buf_addf(b, "\\u%04x", *p);
				break;
			}
			if ((n = utf8_len(p)) == 0) {
				hv_buf_addf(b, "\\u%04x", *p);
				break;
			}
			hv_buf_addn(b, (const char *)p, n);
			p += n;
			continue;
		}
		p++;
	}
	hv_buf_addc(b, '"');
}

static void
render(struct hv_buf *json, struct hv_buf *plain, struct out_val v)
{
	char num[64];
	size_t i;

	num[0] = '\0';
	switch (v.type) {
	case OUT_NULL:
		hv_buf_add(json, "null");
		return;
	case OUT_STRING:
	case OUT_ENUM:
		json_string(json, v.s != NULL ? v.s : "");
		hv_buf_add(plain, v.s != NULL ? v.s : "");
		return;
	case OUT_INT:
		snprintf(num, sizeof(num), "%lld", v.i);
		break;
	case OUT_UINT:
		snprintf(num, sizeof(num), "%llu", v.u);
		break;
	case OUT_DOUBLE:
		if (!isfinite(v.d)) {
			hv_buf_add(json, "null");
			return;
		}
		snprintf(num, sizeof(num), "%.17g", v.d);
		break;
	case OUT_BOOL:
		snprintf(num, sizeof(num), "%s", v.b ? "true" : "false");
		break;
	case OUT_LIST:
		hv_buf_addc(json, '[');
		for (i = 0; v.list != NULL && v.list[i] != NULL; i++) {
			if (i > 0) {
				hv_buf_addc(json, ',');
				hv_buf_addc(plain, '\n');
			}
			json_string(json, v.list[i]);
			hv_buf_add(plain, v.list[i]);
		}
		hv_buf_addc(json, ']');
		return;
	}
	hv_buf_add(json, num);
	hv_buf_add(plain, num);
}

/* ---- the document ----------------------------------------------------- */

static void
doc_add(struct shell *sh, const char *key, struct out_val v)
{
	struct hv_buf json, plain;
	struct field *f;
	size_t i;

	(void)sh;
	hv_buf_init(&json);
	hv_buf_init(&plain);
	render(&json, &plain, v);
	/* a key given again (a message after a message) is replaced */
	for (i = 0; i < doc.nfields; i++)
		if (strcmp(doc.fields[i].key, key) == 0)
			break;
	if (i == doc.nfields) {
		doc.fields = xgrow(doc.fields, &doc.cap, doc.nfields + 1,
		    sizeof(*doc.fields));
		/* a changing command's message stays the record's last key */
		if (i > 0 && strcmp(doc.fields[i - 1].key, "message") == 0) {
			doc.fields[i] = doc.fields[i - 1];
			i--;
		}
		doc.nfields++;
		doc.fields[i].key = xstrdup(key);
	} else {
		free(doc.fields[i].json);
		free(doc.fields[i].plain);
	}
	f = &doc.fields[i];
	f->json = hv_buf_detach(&json);
	f->plain = hv_buf_detach(&plain);
}

static void
doc_clear(void)
{
	size_t i;

	for (i = 0; i < doc.nfields; i++) {
		free(doc.fields[i].key);
		free(doc.fields[i].json);
		free(doc.fields[i].plain);
	}
	for (i = 0; i < doc.ntables; i++) {
		free(doc.tables[i].key);
		free(doc.tables[i].json);
	}
	free(doc.fields);
	free(doc.tables);
	memset(&doc, 0, sizeof(doc));
}

void
out_begin(struct shell *sh)
{
	(void)sh;
	doc_clear();
}

/* Indents compact JSON by two spaces a level. */
static void
pretty(struct hv_buf *out, const char *s)
{
	int depth = 0;
	bool in_str = false;

	for (; *s != '\0'; s++) {
		if (in_str) {
			hv_buf_addc(out, *s);
			if (*s == '\\' && s[1] != '\0')
				hv_buf_addc(out, *++s);
			else if (*s == '"')
				in_str = false;
			continue;
		}
		switch (*s) {
		case '"':
			in_str = true;
			hv_buf_addc(out, *s);
			break;
		case '{':
		case '[':
			hv_buf_addc(out, *s);
			if (s[1] == '}' || s[1] == ']') {
				hv_buf_addc(out, *++s);
				break;
			}
			depth++;
			hv_buf_addc(out, '\n');
			hv_buf_indent(out, depth * 2);
			break;
		case '}':
		case ']':
			depth--;
			hv_buf_addc(out, '\n');
			hv_buf_indent(out, depth * 2);
			hv_buf_addc(out, *s);
			break;
		case ',':
			hv_buf_add(out, ",\n");
			hv_buf_indent(out, depth * 2);
			break;
		case ':':
			hv_buf_add(out, ": ");
			break;
		default:
			hv_buf_addc(out, *s);
		}
	}
}

static void
json_write(const char *compact)
{
	struct hv_buf b;

	if (format == OUT_JSON) {
		fputs(compact, stdout);
	} else {
		hv_buf_init(&b);
		pretty(&b, compact);
		fputs(hv_buf_str(&b), stdout);
		hv_buf_release(&b);
	}
	putchar('\n');
}

/*
 * One CSV field, quoted when it holds a comma, a quote or a line end,
 * or when it is empty and alone in its row (sole): an empty line is no
 * row to CSV readers.
 */
static void
csv_field(const char *s, bool sole)
{
	if (sole && *s == '\0') {
		fputs("\"\"", stdout);
		return;
	}
	if (strpbrk(s, ",\"\r\n") == NULL) {
		fputs(s, stdout);
		return;
	}
	putchar('"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			putchar('"');
		putchar(*s);
	}
	putchar('"');
}

static void
csv_cell(const char *s)
{
	csv_field(s, false);
}

static void
csv_row_end(void)
{
	fputs("\r\n", stdout);
}

void
out_end(struct shell *sh, bool ok)
{
	struct hv_buf b;
	size_t i;

	out_errors_flush(sh);
	if (format == OUT_TEXT || doc.raw)
		goto done;
	if (is_json()) {
		if (doc.nfields == 0 && doc.ntables == 1) {
			json_write(doc.tables[0].json);
			goto done;
		}
		if (doc.nfields == 0 && doc.ntables == 0 && !ok)
			goto done;
		hv_buf_init(&b);
		hv_buf_addc(&b, '{');
		for (i = 0; i < doc.nfields; i++) {
			if (i > 0)
				hv_buf_addc(&b, ',');
			json_string(&b, doc.fields[i].key);
			hv_buf_addc(&b, ':');
			hv_buf_add(&b, doc.fields[i].json);
		}
		for (i = 0; i < doc.ntables; i++) {
			if (i > 0 || doc.nfields > 0)
				hv_buf_addc(&b, ',');
			json_string(&b, doc.tables[i].key);
			hv_buf_addc(&b, ':');
			hv_buf_add(&b, doc.tables[i].json);
		}
		hv_buf_addc(&b, '}');
		json_write(hv_buf_str(&b));
		hv_buf_release(&b);
	} else if (format == OUT_CSV && doc.nfields > 0) {
		for (i = 0; i < doc.nfields; i++) {
			if (i > 0)
				putchar(',');
			csv_cell(doc.fields[i].key);
		}
		csv_row_end();
		for (i = 0; i < doc.nfields; i++) {
			if (i > 0)
				putchar(',');
			csv_field(doc.fields[i].plain, doc.nfields == 1);
		}
		csv_row_end();
	} else if (format == OUT_VALUE) {
		for (i = 0; i < doc.nfields; i++)
			printf("%s\n", doc.fields[i].plain);
	}
done:
	doc_clear();
}

/* ---- fields ----------------------------------------------------------- */

static void
text_value(struct hv_buf *b, struct out_val v)
{
	struct hv_buf json;

	hv_buf_init(&json);
	render(&json, b, v);
	hv_buf_release(&json);
}

void
out_field(struct shell *sh, int width, const char *label, const char *key,
    struct out_val v, const char *fmt, ...)
{
	struct hv_buf b;
	va_list ap;

	if (format != OUT_TEXT) {
		if (key != NULL)
			doc_add(sh, key, v);
		return;
	}
	if (label == NULL)
		return;
	if (fmt != NULL) {
		va_start(ap, fmt);
		print_fieldv(width, label, fmt, ap);
		va_end(ap);
		return;
	}
	hv_buf_init(&b);
	text_value(&b, v);
	print_field(width, label, "%s", hv_buf_str(&b));
	hv_buf_release(&b);
}

void
out_line(struct shell *sh, const char *key, struct out_val v,
    const char *fmt, ...)
{
	va_list ap;

	if (format != OUT_TEXT) {
		if (key != NULL)
			doc_add(sh, key, v);
		return;
	}
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

void
out_text(struct shell *sh, const char *fmt, ...)
{
	va_list ap;

	(void)sh;
	if (format != OUT_TEXT)
		return;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
}

void
out_done(struct shell *sh, const char *action, const char *kind,
    const char *name, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (format != OUT_TEXT) {
		doc_add(sh, "action", OV_ENUM(action));
		if (kind != NULL)
			doc_add(sh, kind, OV_STR_OR_NULL(name));
		va_start(ap, fmt);
		msg = xvasprintf(fmt, ap);
		va_end(ap);
		/* save's line starts with a blank one in text */
		doc_add(sh, "message", OV_STR(msg + strspn(msg, "\n")));
		free(msg);
		return;
	}
	if (shell_quiet(sh))
		return;
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
}

/* ---- tables ----------------------------------------------------------- */

void
out_table(struct shell *sh, const char *key, const struct table *t)
{
	size_t r, c, nc = table_ncols(t), nr = table_nrows(t);
	struct hv_buf json, plain, *bp;
	struct field *f;

	if (format == OUT_TEXT) {
		table_print(sh, t);
		return;
	}
	if (format == OUT_CSV) {
		for (c = 0; c < nc; c++) {
			if (c > 0)
				putchar(',');
			csv_cell(table_key(t, c));
		}
		csv_row_end();
	}
	hv_buf_init(&json);
	hv_buf_init(&plain);
	hv_buf_addc(&json, '[');
	for (r = 0; r < nr; r++) {
		if (r > 0)
			hv_buf_addc(&json, ',');
		hv_buf_addc(&json, '{');
		for (c = 0; c < nc; c++) {
			bp = &plain;
			hv_buf_reset(bp);
			if (c > 0)
				hv_buf_addc(&json, ',');
			json_string(&json, table_key(t, c));
			hv_buf_addc(&json, ':');
			render(&json, bp, table_value(t, r, c));
			if (format == OUT_CSV) {
				if (c > 0)
					putchar(',');
				csv_field(hv_buf_str(bp), nc == 1);
			} else if (format == OUT_VALUE) {
				if (c > 0)
					putchar('\t');
				fputs(hv_buf_str(bp), stdout);
			}
		}
		hv_buf_addc(&json, '}');
		if (format == OUT_CSV)
			csv_row_end();
		else if (format == OUT_VALUE)
			putchar('\n');
	}
	hv_buf_addc(&json, ']');
	hv_buf_release(&plain);
	if (!is_json()) {
		hv_buf_release(&json);
		return;
	}
	doc.tables = xgrow(doc.tables, &doc.tcap, doc.ntables + 1,
	    sizeof(*doc.tables));
	f = &doc.tables[doc.ntables++];
	f->key = xstrdup(key);
	f->json = hv_buf_detach(&json);
	f->plain = NULL;
}

void
out_raw(struct shell *sh)
{
	(void)sh;
	doc.raw = true;
}

/* ---- errors ----------------------------------------------------------- */

static void
error_object(const char *msg, const struct hv_error *e, const char *context)
{
	struct hv_buf b;

	hv_buf_init(&b);
	hv_buf_add(&b, "{\"error\":{\"message\":");
	json_string(&b, msg);
	if (e != NULL)
		hv_buf_addf(&b, ",\"code\":%d,\"domain\":%d", e->code,
		    e->domain);
	else
		hv_buf_add(&b, ",\"code\":null,\"domain\":null");
	if (context != NULL) {
		hv_buf_add(&b, ",\"context\":");
		json_string(&b, context);
	}
	hv_buf_add(&b, "}}\n");
	fputs(hv_buf_str(&b), stderr);
	fflush(stderr);
	hv_buf_release(&b);
}

void
out_error(struct shell *sh, const char *msg, const struct hv_error *e)
{
	(void)sh;
	if (e != NULL) {
		error_object(msg, e, held_context);
		free(held_context);
		held_context = NULL;
		return;
	}
	/* the shell's own words: the core's error may follow and explain */
	out_errors_flush(sh);
	held_context = xstrdup(msg);
}

void
out_errors_flush(struct shell *sh)
{
	(void)sh;
	if (held_context == NULL)
		return;
	error_object(held_context, NULL, NULL);
	free(held_context);
	held_context = NULL;
}
