/*
 * Binding words to a command's options.  The grammar is virsh's:
 * exact option names, "--name=value" or "--name value",
 * "--" making the rest data, and data words filling the positional-capable
 * options in declaration order.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "parse.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* Every name and alias of the table, sorted, for a binary search. */
struct cmd_name {
	const char *name;
	const struct cmd_entry *cmd;
};

static int
cmp_cmd_name(const void *a, const void *b)
{
	return strcmp(((const struct cmd_name *)a)->name,
	    ((const struct cmd_name *)b)->name);
}

static const struct cmd_name *
cmd_names(size_t *n)
{
	static struct cmd_name *names;
	static size_t count;
	const struct cmd_entry *const *c;

	if (names == NULL) {
		for (c = cmd_table; *c != NULL; c++)
			count += (*c)->alias != NULL ? 2 : 1;
		names = xcalloc(count, sizeof(*names));
		count = 0;
		for (c = cmd_table; *c != NULL; c++) {
			names[count++] = (struct cmd_name){ (*c)->name, *c };
			if ((*c)->alias != NULL)
				names[count++] =
				    (struct cmd_name){ (*c)->alias, *c };
		}
		qsort(names, count, sizeof(*names), cmp_cmd_name);
	}
	*n = count;
	return names;
}

const struct cmd_entry *
cmd_lookup(const char *name)
{
	struct cmd_name key = { name, NULL };
	const struct cmd_name *names, *hit;
	size_t n;

	names = cmd_names(&n);
	hit = bsearch(&key, names, n, sizeof(*names), cmp_cmd_name);
	return hit != NULL ? hit->cmd : NULL;
}

int
cmd_opt_index(const struct cmd_entry *cmd, const char *name)
{
	int i;

	if (cmd->opts == NULL)
		return -1;
	for (i = 0; cmd->opts[i].name != NULL; i++)
		if (strcmp(cmd->opts[i].name, name) == 0)
			return i;
	return -1;
}

static size_t
count_opts(const struct cmd_entry *cmd)
{
	size_t n = 0;

	while (cmd->opts != NULL && cmd->opts[n].name != NULL)
		n++;
	return n;
}

static void
add_err(char ***errs, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
add_err(char ***errs, const char *fmt, ...)
{
	va_list ap;
	size_t n;

	if (errs == NULL)
		return;
	n = hv_strv_len(*errs);
	va_start(ap, fmt);
	hv_strv_add_take(errs, &n, xvasprintf(fmt, ap));
	va_end(ap);
}

static void
set_value(struct opt_val *v, const struct cmd_opt *o, const char *val)
{
	v->given = true;
	if (o->type == OPT_ARGV) {
		hv_strv_add(&v->argv, &v->argc, val);
		return;
	}
	free(v->str);
	v->str = xstrdup(val);
}

/* The first option data words may still fill, or -1. */
static int
next_positional(const struct cmd_args *a)
{
	const struct cmd_opt *o;
	size_t i;

	for (i = 0; i < a->nopts; i++) {
		o = &a->cmd->opts[i];
		if (o->type == OPT_BOOL || o->type == OPT_ALIAS ||
		    (o->flags & OPT_NAMED))
			continue;
		if (o->type == OPT_ARGV || !a->v[i].given)
			return (int)i;
	}
	return -1;
}

/* help ignores the options and data words it does not understand. */
static bool
is_lenient_cmd(const struct cmd_entry *cmd)
{
	return strcmp(cmd->name, "help") == 0;
}

static const char *
value_kind(const struct cmd_opt *o)
{
	return o->type == OPT_INT || o->type == OPT_INT_SIGNED ||
	    o->type == OPT_SCALED ? "number" : "string";
}

/*
 * lenient (completion): never fail once the command is known; errs
 * may then be NULL.
 */
static struct cmd_args *
bind(const struct cmd_entry *cmd, char *const *words, size_t n, bool lenient,
    char ***errs)
{
	const struct cmd_opt *o;
	struct cmd_args *a = NULL;
	bool data_only = false, missing;
	size_t i, j;

	a = xcalloc(1, sizeof(*a));
	a->cmd = cmd;
	a->nopts = count_opts(cmd);
	a->v = xcalloc(a->nopts + 1, sizeof(*a->v));

	for (i = 1; i < n; i++) {
		const char *w = words[i];
		char *name = NULL;
		const char *eq, *val = NULL, *forced = NULL;
		int idx;

		if (!data_only && w[0] == '-' && w[1] == '-' && w[2] == '\0') {
			data_only = true;
			continue;
		}
		if (data_only || w[0] != '-' || w[1] != '-' ||
		    !isalnum((unsigned char)w[2])) {
			if ((idx = next_positional(a)) < 0) {
				if (lenient || is_lenient_cmd(cmd))
					continue;
				add_err(errs, "unexpected data '%s'", w);
				goto error;
			}
			set_value(&a->v[idx], &cmd->opts[idx], w);
			continue;
		}

		eq = strchr(w + 2, '=');
		name = eq ? xstrndup(w + 2, eq - (w + 2)) : xstrdup(w + 2);
		idx = cmd_opt_index(cmd, name);
		if (idx < 0 && strcmp(name, "help") == 0) {
			free(name);
			if (eq != NULL && !lenient) {
				add_err(errs, "invalid '=' after option --help");
				goto error;
			}
			a->help = true;
			continue;
		}
		if (idx < 0) {
			if (lenient || is_lenient_cmd(cmd)) {
				free(name);
				continue;
			}
			add_err(errs, "command '%s' doesn't support option --%s",
			    cmd->name, name);
			free(name);
			goto error;
		}
		o = &cmd->opts[idx];
		if (o->type == OPT_ALIAS) {
			const char *target = o->help;
			const char *teq = strchr(target, '=');
			char *tname = teq ? xstrndup(target, teq - target) :
			    xstrdup(target);

			forced = teq ? teq + 1 : NULL;
			idx = cmd_opt_index(cmd, tname);
			free(tname);
			if (idx < 0 || cmd->opts[idx].type == OPT_ALIAS) {
				/* self-test catches this; treat as unknown */
				if (!lenient)
					add_err(errs, "command '%s' doesn't "
					    "support option --%s", cmd->name,
					    name);
				free(name);
				if (lenient)
					continue;
				goto error;
			}
		}
		o = &cmd->opts[idx];
		if (a->v[idx].given && o->type != OPT_ARGV) {
			if (lenient) {
				free(name);
				continue;
			}
			add_err(errs, "option --%s already seen", o->name);
			free(name);
			/* help says so and goes on; a value word is data */
			if (is_lenient_cmd(cmd))
				continue;
			goto error;
		}
		if (o->type == OPT_BOOL || forced != NULL) {
			if (eq != NULL) {
				if (!lenient)
					add_err(errs, "invalid '=' after option "
					    "--%s", name);
				free(name);
				if (lenient)
					continue;
				goto error;
			}
			free(name);
			if (o->type == OPT_BOOL)
				a->v[idx].given = true;
			else
				set_value(&a->v[idx], o, forced);
			continue;
		}
		free(name);
		if (eq != NULL) {
			val = eq + 1;
		} else if (i + 1 < n) {
			val = words[++i];
		} else {
			if (lenient)
				break;
			add_err(errs, "expected syntax: --%s <%s>", o->name,
			    value_kind(o));
			goto error;
		}
		set_value(&a->v[idx], o, val);
	}

	if (a->help || lenient)
		return a;
	/*
	 * Every missing one is reported.  Only data words (positional
	 * strings and argv) are spelled <name>; numbers and named-only
	 * options are spelled --name, even when a data word could fill them.
	 */
	missing = false;
	for (j = 0; j < a->nopts; j++) {
		o = &cmd->opts[j];
		if (!(o->flags & OPT_REQUIRED) || a->v[j].given)
			continue;
		if (o->type == OPT_ARGV ||
		    (o->type == OPT_STRING && !(o->flags & OPT_NAMED)))
			add_err(errs, "command '%s' requires <%s> option",
			    cmd->name, o->name);
		else
			add_err(errs, "command '%s' requires --%s option",
			    cmd->name, o->name);
		missing = true;
	}
	if (missing)
		goto error;
	return a;

error:
	cmd_args_free(a);
	return NULL;
}

struct cmd_args *
parse_bind(const struct cmd_entry *cmd, char *const *words, size_t n,
    char ***errs)
{
	return bind(cmd, words, n, false, errs);
}

struct cmd_args *
parse_command(char *const *words, size_t n, char ***errs)
{
	const struct cmd_entry *cmd;

	if (n == 0)
		return NULL;
	if ((cmd = cmd_lookup(words[0])) == NULL) {
		add_err(errs, "unknown command: '%s'", words[0]);
		return NULL;
	}
	return bind(cmd, words, n, false, errs);
}

struct cmd_args *
parse_command_lenient(char *const *words, size_t n)
{
	const struct cmd_entry *cmd;

	if (n == 0 || (cmd = cmd_lookup(words[0])) == NULL)
		return NULL;
	return bind(cmd, words, n, true, NULL);
}

void
cmd_args_free(struct cmd_args *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->nopts; i++) {
		free(a->v[i].str);
		hv_strv_free(a->v[i].argv);
	}
	free(a->v);
	free(a);
}

/* ---- what handlers read ------------------------------------------- */

bool
opt_bool(const struct cmd_args *a, unsigned int i)
{
	return i < a->nopts && a->v[i].given;
}

const char *
opt_str(const struct cmd_args *a, unsigned int i)
{
	if (i >= a->nopts || !a->v[i].given)
		return NULL;
	if (a->v[i].str == NULL && a->v[i].argv != NULL)
		return a->v[i].argv[0];
	return a->v[i].str;
}

const char *const *
opt_argv(const struct cmd_args *a, unsigned int i)
{
	if (i >= a->nopts || !a->v[i].given)
		return NULL;
	return (const char *const *)a->v[i].argv;
}

bool
opt_given(const struct cmd_args *a, unsigned int i)
{
	return i < a->nopts && a->v[i].given;
}
