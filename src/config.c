/*
 * libvirt.conf, read with libvirt's "virConf" grammar:
 *
 *	file      = *( statement separator )
 *	statement = name blanks "=" blanks value [ "#" comment ]
 *	          | "#" comment
 *	separator = EOL | ";"
 *	value     = "..." | '...' | """...""" | [+-]digits
 *	          | "[" [ value *( "," value ) [ "," ] ] "]"
 *
 * Names start with a letter and go on with letters, digits and '_'.
 * Strings have no escapes and, except the triple-quoted form, stay on
 * one line.  Lists may span lines but hold no comments.  The syntax
 * errors, the line numbers in them and the order of the checks are
 * libvirt's, because virsh users see them.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "error.h"
#include "util/file.h"
#include "util/xalloc.h"
#include "util/xdg.h"

/* libvirt refuses bigger configuration files. */
#define CONF_MAX_SIZE (10 * 1024 * 1024)
/* Deeper lists are refused rather than recursed into. */
#define CONF_MAX_DEPTH 256

#define ALIAS_CHARS \
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"

enum value_type {
	VALUE_STRING,
	VALUE_NUMBER,
	VALUE_LIST,
};

struct value {
	enum value_type type;
	char *str;		/* VALUE_STRING */
	struct value *items;	/* VALUE_LIST */
	size_t nitems;
};

struct entry {
	char *name;
	struct value value;
};

struct conf {
	char *path;
	struct entry *entries;
	size_t nentries;
};

struct parser {
	const char *path;
	const char *cur;
	const char *end;	/* *end is '\0' */
	int line;
};

static void
value_release(struct value *v)
{
	size_t i;

	free(v->str);
	for (i = 0; i < v->nitems; i++)
		value_release(&v->items[i]);
	free(v->items);
	memset(v, 0, sizeof(*v));
}

static void
conf_free(struct conf *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nentries; i++) {
		free(c->entries[i].name);
		value_release(&c->entries[i].value);
	}
	free(c->entries);
	free(c->path);
	free(c);
}

static int
syntax_error(struct parser *p, const char *what)
{
	hv_error_report(HV_FROM_CONF, HV_ERR_CONF_SYNTAX, "%s:%d: %s",
	    p->path, p->line, what);
	return -1;
}

static int
is_blank(int c)
{
	return c == ' ' || c == '\t';
}

static int
is_eol(int c)
{
	return c == '\n' || c == '\r';
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static void
skip_blanks(struct parser *p)
{
	while (p->cur < p->end && is_blank(*p->cur))
		p->cur++;
}

static void
skip_blanks_eol(struct parser *p)
{
	while (p->cur < p->end && (is_blank(*p->cur) || is_eol(*p->cur))) {
		if (*p->cur == '\n')
			p->line++;
		p->cur++;
	}
}

static int
parse_string(struct parser *p, struct value *v)
{
	const char *start;
	char quote = *p->cur;

	if (p->cur + 6 < p->end && strncmp(p->cur, "\"\"\"", 3) == 0) {
		p->cur += 3;
		start = p->cur;
		while (p->cur + 2 < p->end &&
		    strncmp(p->cur, "\"\"\"", 3) != 0) {
			if (*p->cur == '\n')
				p->line++;
			p->cur++;
		}
		if (strncmp(p->cur, "\"\"\"", 3) != 0)
			return syntax_error(p, "unterminated string");
		v->str = xstrndup(start, p->cur - start);
		p->cur += 3;
	} else {
		start = ++p->cur;
		while (p->cur < p->end && *p->cur != quote &&
		    !is_eol(*p->cur))
			p->cur++;
		if (*p->cur != quote)
			return syntax_error(p, "unterminated string");
		v->str = xstrndup(start, p->cur - start);
		p->cur++;
	}
	v->type = VALUE_STRING;
	return 0;
}

/* The number itself is never used: check its form only. */
static int
parse_number(struct parser *p, struct value *v)
{
	if (*p->cur == '-' || *p->cur == '+')
		p->cur++;
	if (p->cur >= p->end || !is_digit(*p->cur))
		return syntax_error(p, "unterminated number");
	while (p->cur < p->end && is_digit(*p->cur))
		p->cur++;
	v->type = VALUE_NUMBER;
	return 0;
}

static int parse_value(struct parser *p, struct value *v, int depth);

static int
add_item(struct parser *p, struct value *list, int depth)
{
	list->items = xgrow_count(list->items, list->nitems,
	    list->nitems + 1, sizeof(*list->items));
	memset(&list->items[list->nitems], 0, sizeof(*list->items));
	list->nitems++;
	return parse_value(p, &list->items[list->nitems - 1], depth + 1);
}

static int
parse_list(struct parser *p, struct value *v, int depth)
{
	v->type = VALUE_LIST;
	if (depth >= CONF_MAX_DEPTH)
		return syntax_error(p, "lists nested too deeply");
	p->cur++;
	skip_blanks_eol(p);
	if (p->cur < p->end && *p->cur != ']') {
		if (add_item(p, v, depth) < 0)
			return -1;
		skip_blanks_eol(p);
	}
	while (p->cur < p->end && *p->cur != ']') {
		if (*p->cur != ',')
			return syntax_error(p, "expecting a separator in list");
		p->cur++;
		skip_blanks_eol(p);
		if (*p->cur == ']')
			break;
		if (add_item(p, v, depth) < 0)
			return -1;
		skip_blanks_eol(p);
	}
	if (*p->cur != ']')
		return syntax_error(p, "list is not closed with ]");
	p->cur++;
	return 0;
}

static int
parse_value(struct parser *p, struct value *v, int depth)
{
	skip_blanks(p);
	if (p->cur >= p->end)
		return syntax_error(p, "expecting a value");
	if (*p->cur == '"' || *p->cur == '\'')
		return parse_string(p, v);
	if (*p->cur == '[')
		return parse_list(p, v, depth);
	if (is_digit(*p->cur) || *p->cur == '-' || *p->cur == '+')
		return parse_number(p, v);
	return syntax_error(p, "expecting a value");
}

static int
parse_statement(struct parser *p, struct conf *c)
{
	const char *start, *name_end;
	struct entry *e;

	skip_blanks_eol(p);
	if (*p->cur == '#') {
		while (p->cur < p->end && !is_eol(*p->cur))
			p->cur++;
		return 0;
	}
	skip_blanks(p);
	start = p->cur;
	if (!is_alpha(*p->cur))
		return syntax_error(p, "expecting a name");
	while (p->cur < p->end && (is_alpha(*p->cur) || is_digit(*p->cur) ||
	    *p->cur == '_'))
		p->cur++;
	name_end = p->cur;
	skip_blanks(p);
	if (*p->cur != '=')
		return syntax_error(p, "expecting an assignment");
	p->cur++;
	skip_blanks(p);

	c->entries = xgrow_count(c->entries, c->nentries,
	    c->nentries + 1, sizeof(*c->entries));
	e = &c->entries[c->nentries++];
	memset(e, 0, sizeof(*e));
	e->name = xstrndup(start, name_end - start);
	if (parse_value(p, &e->value, 0) < 0)
		return -1;

	skip_blanks(p);
	if (*p->cur == '#')
		while (p->cur < p->end && !is_eol(*p->cur))
			p->cur++;
	return 0;
}

static int
parse_separator(struct parser *p)
{
	skip_blanks(p);
	if (p->cur >= p->end)
		return 0;
	if (is_eol(*p->cur))
		skip_blanks_eol(p);
	else if (*p->cur == ';') {
		p->cur++;
		skip_blanks_eol(p);
	} else
		return syntax_error(p, "expecting a separator");
	return 0;
}

/*
 * Read the configuration file.  0 with *out NULL when there is none,
 * 0 with *out set (caller frees), or -1 with the error set.
 */
static int
conf_load(struct conf **out)
{
	struct parser p;
	struct conf *c = NULL;
	char *path, *text = NULL;
	size_t len;
	int ret = -1;

	*out = NULL;
	path = hv_config_path();
	if (access(path, F_OK) < 0) {
		ret = 0;
		goto cleanup;
	}
	if ((text = hv_file_read(path, CONF_MAX_SIZE, &len)) == NULL)
		goto cleanup;

	c = xcalloc(1, sizeof(*c));
	c->path = path;
	path = NULL;
	p.path = c->path;
	p.cur = text;
	p.end = text + len;
	p.line = 1;
	while (p.cur < p.end) {
		if (parse_statement(&p, c) < 0 || parse_separator(&p) < 0)
			goto cleanup;
	}
	*out = c;
	c = NULL;
	ret = 0;

cleanup:
	conf_free(c);
	free(text);
	free(path);
	return ret;
}

/* The first entry of that name, as libvirt looks values up. */
static const struct value *
conf_get(const struct conf *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->nentries; i++)
		if (strcmp(c->entries[i].name, name) == 0)
			return &c->entries[i].value;
	return NULL;
}

char *
hv_config_path(void)
{
	char *base, *path;

	if (geteuid() == 0)
		return xstrdup("/etc/libvirt/libvirt.conf");
	base = hv_xdg_config_home();
	path = xasprintf("%s/libvirt/libvirt.conf", base);
	free(base);
	return path;
}

int
hv_config_check(void)
{
	struct conf *c;

	if (conf_load(&c) < 0)
		return -1;
	conf_free(c);
	return 0;
}

int
hv_config_string(const char *name, char **value)
{
	struct conf *c;
	const struct value *v;
	int ret = -1;

	*value = NULL;
	if (conf_load(&c) < 0)
		return -1;
	if (c == NULL || (v = conf_get(c, name)) == NULL) {
		ret = 0;
		goto cleanup;
	}
	if (v->type != VALUE_STRING) {
		hv_error_report(HV_FROM_CONF, HV_ERR_INTERNAL_ERROR,
		    "%s: expected a string for '%s' parameter", c->path, name);
		goto cleanup;
	}
	*value = xstrdup(v->str);
	ret = 0;

cleanup:
	conf_free(c);
	return ret;
}

int
hv_config_default_uri(char **uri)
{
	return hv_config_string("uri_default", uri);
}

/*
 * Scan the entries in order; each one up to the match must look like
 * "alias=uri" with an alias of ALIAS_CHARS.
 */
static int
find_alias(const struct value *list, const char *name, char **uri)
{
	const char *entry, *eq;
	size_t i, n = strlen(name);

	for (i = 0; i < list->nitems; i++) {
		entry = list->items[i].str;
		if ((eq = strchr(entry, '=')) == NULL) {
			hv_error_report(HV_FROM_URI, HV_ERR_CONF_SYNTAX,
			    "Malformed 'uri_aliases' config entry '%s', "
			    "expected 'alias=uri://host/path'", entry);
			return -1;
		}
		if (strspn(entry, ALIAS_CHARS) < (size_t)(eq - entry)) {
			hv_error_report(HV_FROM_URI, HV_ERR_CONF_SYNTAX,
			    "Malformed 'uri_aliases' config entry '%s', "
			    "aliases may only contain 'a-Z, 0-9, _, -'",
			    entry);
			return -1;
		}
		if ((size_t)(eq - entry) == n && strncmp(entry, name, n) == 0) {
			*uri = xstrdup(eq + 1);
			return 0;
		}
	}
	return 0;
}

int
hv_config_resolve_alias(const char *name, char **uri)
{
	struct conf *c;
	const struct value *v;
	size_t i;
	int ret = -1;

	*uri = NULL;
	if (conf_load(&c) < 0)
		return -1;
	if (c == NULL || (v = conf_get(c, "uri_aliases")) == NULL) {
		ret = 0;
		goto cleanup;
	}
	/* libvirt reports the two wrong shapes with different codes. */
	if (v->type != VALUE_LIST) {
		hv_error_report(HV_FROM_CONF, HV_ERR_INTERNAL_ERROR,
		    "%s: expected a string list for 'uri_aliases' parameter",
		    c->path);
		goto cleanup;
	}
	for (i = 0; i < v->nitems; i++) {
		if (v->items[i].type != VALUE_STRING) {
			hv_error_report(HV_FROM_CONF, HV_ERR_CONF_SYNTAX,
			    "%s: expected a string list for 'uri_aliases' "
			    "parameter", c->path);
			goto cleanup;
		}
	}
	ret = find_alias(v, name, uri);

cleanup:
	conf_free(c);
	return ret;
}
