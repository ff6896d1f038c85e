/*
 * The table printer of virsh's lists: cells made safe for a terminal, columns
 * as wide as their widest cell, one space before and two after each.
 * Also the "Label:   value" lines of the info commands.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "out.h"
#include "shell.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* A cell's machine value; its strings are owned. */
struct cell_val {
	struct out_val v;
	char *s;
};

struct table {
	size_t ncols;
	char **header;
	char **keys;	/* machine keys; NULL: made from the headers */
	char ***rows;
	struct cell_val **vals;	/* per row; NULL: the text as a string */
	size_t nrows;
	size_t cap;	/* room in rows: it doubles, a list may be long */
	size_t vcap;
};

struct table *
table_new(const char *header, ...)
{
	struct table *t = xcalloc(1, sizeof(*t));
	const char *h;
	va_list ap;

	va_start(ap, header);
	for (h = header; h != NULL; h = va_arg(ap, const char *))
		hv_strv_add(&t->header, &t->ncols, h);
	va_end(ap);
	return t;
}

void
table_set_keys(struct table *t, const char *key, ...)
{
	const char *k;
	size_t n = 0;
	va_list ap;

	hv_strv_free(t->keys);
	t->keys = NULL;
	va_start(ap, key);
	for (k = key; k != NULL; k = va_arg(ap, const char *))
		hv_strv_add(&t->keys, &n, k);
	va_end(ap);
	while (n < t->ncols)
		hv_strv_add(&t->keys, &n, "");
}

static void
add_row(struct table *t, char **row, struct cell_val *vals)
{
	t->rows = xgrow(t->rows, &t->cap, t->nrows + 1, sizeof(*t->rows));
	if (vals != NULL || t->vals != NULL) {
		t->vals = xgrow(t->vals, &t->vcap, t->nrows + 1,
		    sizeof(*t->vals));
		t->vals[t->nrows] = vals;
	}
	t->rows[t->nrows++] = row;
}

void
table_add_row(struct table *t, const char *cell, ...)
{
	char **row = xcalloc(t->ncols + 1, sizeof(*row));
	size_t i;
	va_list ap;

	va_start(ap, cell);
	for (i = 0; i < t->ncols; i++) {
		row[i] = xstrdup(cell != NULL ? cell : "");
		if (i + 1 < t->ncols)
			cell = va_arg(ap, const char *);
	}
	va_end(ap);
	add_row(t, row, NULL);
}

void
table_add_cells(struct table *t, const struct table_cell *cells)
{
	char **row = xcalloc(t->ncols + 1, sizeof(*row));
	struct cell_val *vals = xcalloc(t->ncols, sizeof(*vals));
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		row[i] = xstrdup(cells[i].text != NULL ? cells[i].text : "");
		vals[i].v = cells[i].v;
		vals[i].v.list = NULL;
		if (cells[i].v.s != NULL)
			vals[i].s = xstrdup(cells[i].v.s);
		vals[i].v.s = vals[i].s;
		if (cells[i].v.type == OUT_LIST)
			vals[i].v.type = OUT_NULL;
	}
	add_row(t, row, vals);
}

size_t
table_ncols(const struct table *t)
{
	return t->ncols;
}

size_t
table_nrows(const struct table *t)
{
	return t->nrows;
}

const char *
table_key(const struct table *t, size_t col)
{
	static char made[64];
	const char *h;
	size_t n = 0;

	if (t->keys != NULL && t->keys[col][0] != '\0')
		return t->keys[col];
	/* "MAC address" -> "mac_address" */
	for (h = t->header[col]; *h != '\0' && n + 1 < sizeof(made); h++) {
		if ((*h >= 'a' && *h <= 'z') || (*h >= '0' && *h <= '9'))
			made[n++] = *h;
		else if (*h >= 'A' && *h <= 'Z')
			made[n++] = (char)(*h - 'A' + 'a');
		else if (n > 0 && made[n - 1] != '_')
			made[n++] = '_';
	}
	while (n > 0 && made[n - 1] == '_')
		n--;
	made[n] = '\0';
	return made;
}

struct out_val
table_value(const struct table *t, size_t row, size_t col)
{
	if (t->vals != NULL && t->vals[row] != NULL)
		return t->vals[row][col].v;
	return OV_STR(t->rows[row][col]);
}

/* Printable ASCII without "\x": printed as it is, one column a byte. */
static bool
is_plain(const char *s, size_t *width)
{
	const char *p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f ||
		    (*p == '\\' && p[1] == 'x'))
			return false;
	*width = (size_t)(p - s);
	return true;
}

/*
 * Control bytes, bytes that are not a printable character and the two
 * characters "\x" become \xNN (as virsh does, a byte above 0x7f always
 * reads \xff: virsh formats it as a negative char and truncates).
 */
static char *
sanitise(const char *s, size_t *width)
{
	struct hv_buf b = HV_BUF_INIT;
	mbstate_t st;
	wchar_t wc;
	size_t len;
	int w;

	*width = 0;
	while (*s != '\0') {
		unsigned char c = (unsigned char)*s;

		if ((c == '\\' && s[1] == 'x') || c < 0x20 || c == 0x7f) {
			hv_buf_addf(&b, "\\x%02x", c);
			*width += 4;
			s++;
			continue;
		}
		if (c < 0x80) {
			/* printable ASCII: one column in every locale */
			hv_buf_addc(&b, (char)c);
			*width += 1;
			s++;
			continue;
		}
		memset(&st, 0, sizeof(st));
		len = mbrtowc(&wc, s, MB_CUR_MAX, &st);
		if (len != (size_t)-1 && len != (size_t)-2 && len > 0 &&
		    iswprint(wc) && (w = wcwidth(wc)) >= 0) {
			hv_buf_addn(&b, s, len);
			*width += w;
			s += len;
			continue;
		}
		hv_buf_addf(&b, "\\x%02x", c >= 0x80 ? 0xff : c);
		*width += 4;
		s++;
	}
	return hv_buf_detach(&b);
}

static void
print_row(char *const *cells, const size_t *cw, const size_t *widths,
    size_t ncols)
{
	static const char spaces[] = "                                ";
	size_t i, pad, n;

	for (i = 0; i < ncols; i++) {
		putchar_unlocked(' ');
		fputs_unlocked(cells[i], stdout);
		if (i + 1 < ncols) {
			for (pad = widths[i] - cw[i] + 2; pad > 0; pad -= n) {
				n = pad < sizeof(spaces) - 1 ? pad :
				    sizeof(spaces) - 1;
				fwrite_unlocked(spaces, 1, n, stdout);
			}
		}
	}
	putchar_unlocked('\n');
}

void
table_print(struct shell *sh, const struct table *t)
{
	size_t nr = t->nrows + 1, r, c, dashes = 0;
	char ***cells = xcalloc(nr, sizeof(*cells));
	size_t **cw = xcalloc(nr, sizeof(*cw));
	size_t *widths = xcalloc(t->ncols + 1, sizeof(*widths));
	bool header = !shell_quiet(sh);

	for (r = 0; r < nr; r++) {
		char **src = r == 0 ? t->header : t->rows[r - 1];

		cells[r] = xcalloc(t->ncols + 1, sizeof(**cells));
		cw[r] = xcalloc(t->ncols + 1, sizeof(**cw));
		for (c = 0; c < t->ncols; c++) {
			cells[r][c] = is_plain(src[c], &cw[r][c]) ?
			    xstrdup(src[c]) : sanitise(src[c], &cw[r][c]);
			if ((r > 0 || header) && cw[r][c] > widths[c])
				widths[c] = cw[r][c];
		}
	}
	if (header) {
		print_row(cells[0], cw[0], widths, t->ncols);
		for (c = 0; c < t->ncols; c++)
			dashes += widths[c] + 3;
		while (dashes-- > 0)
			putchar('-');
		putchar('\n');
	}
	for (r = 1; r < nr; r++)
		print_row(cells[r], cw[r], widths, t->ncols);
	for (r = 0; r < nr; r++) {
		hv_strv_free(cells[r]);
		free(cw[r]);
	}
	free(cells);
	free(cw);
	free(widths);
}

void
table_free(struct table *t)
{
	size_t r;

	if (t == NULL)
		return;
	hv_strv_free(t->header);
	hv_strv_free(t->keys);
	for (r = 0; r < t->nrows; r++) {
		hv_strv_free(t->rows[r]);
		if (t->vals != NULL && t->vals[r] != NULL) {
			for (size_t c = 0; c < t->ncols; c++)
				free(t->vals[r][c].s);
			free(t->vals[r]);
		}
	}
	free(t->rows);
	free(t->vals);
	free(t);
}

void
print_field(int width, const char *label, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	print_fieldv(width, label, fmt, ap);
	va_end(ap);
}

void
print_fieldv(int width, const char *label, const char *fmt, va_list ap)
{
	char line[256];
	size_t n = strlen(label), len;

	/* the line is put together and written at once when it fits */
	if (n + (size_t)width + 2 >= sizeof(line)) {
		printf("%-*s ", width, label);
		vprintf(fmt, ap);
		putchar_unlocked('\n');
		return;
	}
	memcpy(line, label, n);
	while (n < (size_t)width)
		line[n++] = ' ';
	line[n++] = ' ';
	if (strcmp(fmt, "%s") == 0) {
		const char *v = va_arg(ap, const char *);

		len = strlen(v);
		if (n + len + 1 <= sizeof(line)) {
			memcpy(line + n, v, len);
			n += len;
		} else {
			fwrite_unlocked(line, 1, n, stdout);
			fputs_unlocked(v, stdout);
			n = 0;
		}
	} else {
		va_list cp;
		int r;

		va_copy(cp, ap);
		r = vsnprintf(line + n, sizeof(line) - n, fmt, cp);
		va_end(cp);
		if (r >= 0 && (size_t)r < sizeof(line) - n - 1) {
			n += (size_t)r;
		} else {
			fwrite_unlocked(line, 1, n, stdout);
			vprintf(fmt, ap);
			n = 0;
		}
	}
	line[n++] = '\n';
	fwrite_unlocked(line, 1, n, stdout);
}

/*
 * ns as virsh prints it, "%.1lfs" of ns / 1e9 as a double, without the
 * floating-point formatting where integers give the same digits: the
 * double is off the exact value by less than ns / 2^50 + 1000 ns, so
 * only a value that near a rounding tie needs printf to decide.
 */
const char *
format_cpu_time(unsigned long long ns, char out[32])
{
	unsigned long long tenths = ns / 100000000, rem = ns % 100000000;
	unsigned long long near = (ns >> 50) + 1000;
	char *p;

	if (rem > 50000000 - near && rem < 50000000 + near) {
		snprintf(out, 32, "%.1lfs", (double)ns / 1000000000.0);
		return out;
	}
	if (rem > 50000000)
		tenths++;
	p = out + 31;
	*p = '\0';
	*--p = 's';
	*--p = (char)('0' + tenths % 10);
	*--p = '.';
	tenths /= 10;
	do {
		*--p = (char)('0' + tenths % 10);
		tenths /= 10;
	} while (tenths != 0);
	return p;
}
