/*
 * Everything generated from the command table: the help lists, one
 * command's help page, -h usage, and the self-test that checks the table
 * itself.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "shell.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* Names and keywords are the ones virsh scripts already type. */
const char *const cmd_group_names[GRP_COUNT] = {
	[GRP_DOMAIN] = "Domain Management",
	[GRP_MONITOR] = "Domain Monitoring",
	[GRP_EVENTS] = "Domain Events",
	[GRP_HOST] = "Host and Hypervisor",
	[GRP_CHECKPOINT] = "Checkpoint",
	[GRP_INTERFACE] = "Interface",
	[GRP_FILTER] = "Network Filter",
	[GRP_NETWORK] = "Networking",
	[GRP_NODEDEV] = "Node Device",
	[GRP_SECRET] = "Secret",
	[GRP_SNAPSHOT] = "Snapshot",
	[GRP_BACKUP] = "Backup",
	[GRP_POOL] = "Storage Pool",
	[GRP_VOLUME] = "Storage Volume",
	[GRP_SHELL] = "Virsh itself",
};

const char *const cmd_group_keywords[GRP_COUNT] = {
	[GRP_DOMAIN] = "domain",
	[GRP_MONITOR] = "monitor",
	[GRP_EVENTS] = "events",
	[GRP_HOST] = "host",
	[GRP_CHECKPOINT] = "checkpoint",
	[GRP_INTERFACE] = "interface",
	[GRP_FILTER] = "filter",
	[GRP_NETWORK] = "network",
	[GRP_NODEDEV] = "nodedev",
	[GRP_SECRET] = "secret",
	[GRP_SNAPSHOT] = "snapshot",
	[GRP_BACKUP] = "backup",
	[GRP_POOL] = "pool",
	[GRP_VOLUME] = "volume",
	[GRP_SHELL] = "virsh",
};

static bool
table_group_has_commands(const struct cmd_entry *const *table, int g)
{
	for (; *table != NULL; table++)
		if ((int)(*table)->group == g && !((*table)->flags & CMD_HIDDEN))
			return true;
	return false;
}

static bool
group_has_commands(int g)
{
	return table_group_has_commands(cmd_table, g);
}

static void
print_group(int g, bool colon)
{
	const struct cmd_entry *const *c;

	printf(" %s (help keyword '%s')%s\n", cmd_group_names[g],
	    cmd_group_keywords[g], colon ? ":" : "");
	for (c = cmd_table; *c != NULL; c++) {
		if ((int)(*c)->group != g || ((*c)->flags & CMD_HIDDEN))
			continue;
		printf("    %-30s %s\n", (*c)->name, (*c)->summary);
	}
}

void
help_all(void)
{
	int g;

	printf("Grouped commands:\n\n");
	for (g = 0; g < GRP_COUNT; g++) {
		if (!group_has_commands(g))
			continue;
		print_group(g, true);
		putchar('\n');
	}
}

void
help_group(int g)
{
	print_group(g, true);
}

/* virsh's rule: an argv option is shown with its name once an earlier
 * value option could be given without its name. */
static bool
argv_named(const struct cmd_opt *opts, const struct cmd_opt *upto)
{
	const struct cmd_opt *o;

	for (o = opts; o < upto; o++)
		if (o->type != OPT_BOOL && o->type != OPT_ALIAS &&
		    o->type != OPT_ARGV && !(o->flags & OPT_NAMED))
			return true;
	return false;
}

static void
synopsis_token(struct hv_buf *b, const struct cmd_opt *opts,
    const struct cmd_opt *o)
{
	bool req = o->flags & OPT_REQUIRED;
	bool named = o->flags & OPT_NAMED;

	switch (o->type) {
	case OPT_BOOL:
		hv_buf_addf(b, " [--%s]", o->name);
		break;
	case OPT_STRING:
		if (req && !named)
			hv_buf_addf(b, " <%s>", o->name);
		else if (req)
			hv_buf_addf(b, " --%s <string>", o->name);
		else
			hv_buf_addf(b, " [--%s <string>]", o->name);
		break;
	case OPT_INT:
	case OPT_INT_SIGNED:
	case OPT_SCALED:
		if (req && !named)
			hv_buf_addf(b, " <%s>", o->name);
		else if (req)
			hv_buf_addf(b, " --%s <number>", o->name);
		else
			hv_buf_addf(b, " [--%s <number>]", o->name);
		break;
	case OPT_ARGV:
		if (argv_named(opts, o))
			hv_buf_addf(b, req ? " {[--%s] <string>}..." :
			    " [[--%s] <string>]...", o->name);
		else
			hv_buf_addf(b, req ? " <%s>..." : " [<%s>]...",
			    o->name);
		break;
	case OPT_ALIAS:
		break;
	}
}

static void
option_spelling(struct hv_buf *b, const struct cmd_opt *opts,
    const struct cmd_opt *o)
{
	bool req = o->flags & OPT_REQUIRED;
	bool named = o->flags & OPT_NAMED;

	switch (o->type) {
	case OPT_BOOL:
		hv_buf_addf(b, "--%s", o->name);
		break;
	case OPT_STRING:
		hv_buf_addf(b, req && !named ? "[--%s] <string>" :
		    "--%s <string>", o->name);
		break;
	case OPT_INT:
	case OPT_INT_SIGNED:
	case OPT_SCALED:
		hv_buf_addf(b, req && !named ? "[--%s] <number>" :
		    "--%s <number>", o->name);
		break;
	case OPT_ARGV:
		hv_buf_addf(b, argv_named(opts, o) ? "[--%s] <string>" :
		    "<%s>", o->name);
		break;
	case OPT_ALIAS:
		break;
	}
}

static void
print_indented(const char *text)
{
	const char *nl;

	while (*text != '\0') {
		nl = strchr(text, '\n');
		if (nl == NULL)
			nl = text + strlen(text);
		printf("    %.*s\n", (int)(nl - text), text);
		text = *nl ? nl + 1 : nl;
	}
}

void
help_command(const struct cmd_entry *cmd)
{
	const struct cmd_opt *o;
	struct hv_buf b = HV_BUF_INIT;
	bool any = false;

	printf("  NAME\n    %s - %s\n\n", cmd->name, cmd->summary);
	hv_buf_add(&b, cmd->name);
	for (o = cmd->opts; o != NULL && o->name != NULL; o++) {
		synopsis_token(&b, cmd->opts, o);
		if (o->type != OPT_ALIAS)
			any = true;
	}
	printf("  SYNOPSIS\n    %s\n", hv_buf_str(&b));
	if (cmd->desc != NULL && *cmd->desc != '\0') {
		printf("\n  DESCRIPTION\n");
		print_indented(cmd->desc);
	}
	if (any) {
		printf("\n  OPTIONS\n");
		for (o = cmd->opts; o->name != NULL; o++) {
			if (o->type == OPT_ALIAS)
				continue;
			hv_buf_reset(&b);
			option_spelling(&b, cmd->opts, o);
			printf("    %-15s  %s\n", hv_buf_str(&b), o->help);
		}
	}
	putchar('\n');
	hv_buf_release(&b);
}

void
help_usage(struct shell *sh)
{
	const struct cmd_entry *const *c;
	const char *p = sh->progname;
	int g;

	printf("\n"
	    "%s [options]... [<command_string>]\n"
	    "%s [options]... <command> [args...]\n"
	    "\n"
	    "  options:\n"
	    "    -c | --connect=URI      URI of the hypervisor to use\n"
	    "    -d | --debug=NUM        debug level, 0 (all) to 4 (errors)\n"
	    "    -e | --escape <char>    console escape sequence\n"
	    "    -h | --help             show this text\n"
	    "    -k | --keepalive-interval=NUM\n"
	    "                            seconds between keepalive probes, "
	    "0 turns them off\n"
	    "    -K | --keepalive-count=NUM\n"
	    "                            unanswered probes before giving up\n"
	    "    -l | --log=FILE         append a log to FILE\n"
	    "    -o | --output=FORMAT    text (default), json, json-pretty, "
	    "csv or value\n"
	    "    -q | --quiet            print less\n"
	    "    -r | --readonly         open the connection read-only\n"
	    "    -t | --timing           show how long each command took\n"
	    "    -v                      print the version\n"
	    "    -V                      print the version and features\n"
	    "         --version[=TYPE]   version; TYPE is short (default) "
	    "or long\n"
	    "  commands (non interactive mode):\n"
	    "\n", p, p);
	for (g = 0; g < GRP_COUNT; g++) {
		if (!group_has_commands(g))
			continue;
		printf(" %s (help keyword '%s')\n", cmd_group_names[g],
		    cmd_group_keywords[g]);
		for (c = cmd_table; *c != NULL; c++)
			if ((int)(*c)->group == g &&
			    !((*c)->flags & CMD_HIDDEN))
				printf("    %-30s %s\n", (*c)->name,
				    (*c)->summary);
		putchar('\n');
	}
	printf("\n"
	    "  (specify help <group> for details about the commands in the "
	    "group)\n"
	    "\n"
	    "  (specify help <command> for details about the command)\n"
	    "\n");
}

void
help_version_long(struct shell *sh)
{
	printf("hvsh, a virsh-compatible shell (libvirt 9.0.0 command "
	    "interface)\n"
	    "See the manual page hvsh(1)\n"
	    "\n"
	    "Compiled with support for:\n"
	    /* what this build has, not what is planned */
	    " Hypervisors: Test\n"
#if defined(WITH_READLINE) || defined(WITH_LIBEDIT)
	    " Miscellaneous: Readline\n"
#endif
	    );
}

/* ---- self-test ------------------------------------------------------ */

/* The problems found so far. */
struct problems {
	char **v;
	size_t n;
};

static void
problem(struct problems *pr, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
problem(struct problems *pr, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	hv_strv_add_take(&pr->v, &pr->n, xvasprintf(fmt, ap));
	va_end(ap);
}

static void
check_command(struct problems *pr, const struct cmd_entry *cmd)
{
	const struct cmd_opt *o, *p;
	bool optional_seen = false, argv_seen = false;
	char *target;
	int t;

	if (cmd->summary == NULL || cmd->handler == NULL || cmd->opts == NULL)
		problem(pr, "command '%s': missing summary, handler or "
		    "options", cmd->name);
	if ((int)cmd->group < 0 || cmd->group >= GRP_COUNT)
		problem(pr, "command '%s': bad group", cmd->name);
	for (o = cmd->opts; o != NULL && o->name != NULL; o++) {
		if (o->help == NULL)
			problem(pr, "command '%s': option '%s' has no "
			    "help", cmd->name, o->name);
		for (p = cmd->opts; p < o; p++)
			if (strcmp(p->name, o->name) == 0)
				problem(pr, "command '%s': option '%s' "
				    "twice", cmd->name, o->name);
		if (o->type == OPT_ALIAS) {
			if (o->help == NULL)
				continue;
			target = xstrndup(o->help, strcspn(o->help, "="));
			t = cmd_opt_index(cmd, target);
			if (t < 0 || cmd->opts[t].type == OPT_ALIAS ||
			    (strchr(o->help, '=') != NULL &&
			    cmd->opts[t].type == OPT_BOOL))
				problem(pr, "command '%s': alias '%s' "
				    "points to no option", cmd->name, o->name);
			free(target);
			continue;
		}
		if (argv_seen)
			problem(pr, "command '%s': option '%s' after the "
			    "argv option", cmd->name, o->name);
		if (o->type == OPT_ARGV)
			argv_seen = true;
		if (o->type == OPT_BOOL) {
			if (o->flags & OPT_REQUIRED)
				problem(pr, "command '%s': required bool "
				    "'%s'", cmd->name, o->name);
			continue;
		}
		if (o->type == OPT_SCALED && o->unit == 0)
			problem(pr, "command '%s': option '%s' has no "
			    "unit", cmd->name, o->name);
		if (o->flags & OPT_NAMED)
			continue;
		if (!(o->flags & OPT_REQUIRED))
			optional_seen = true;
		else if (optional_seen)
			problem(pr, "command '%s': required option '%s' "
			    "after an optional positional one", cmd->name,
			    o->name);
	}
}

static void
completers_missing(const struct cmd_entry *cmd)
{
	const struct cmd_opt *o;
	bool first = true;

	for (o = cmd->opts; o != NULL && o->name != NULL; o++) {
		/* virsh counts string options only, not argv ones */
		if (o->type != OPT_STRING || o->complete != COMPLETE_NONE)
			continue;
		printf(first ? "%s: %s" : ", %s", first ? cmd->name : o->name,
		    o->name);
		first = false;
	}
	if (!first)
		putchar('\n');
}

char **
help_check_table(const struct cmd_entry *const *table)
{
	const struct cmd_entry *const *c, *const *d;
	struct problems pr = { NULL, 0 };

	for (c = table; *c != NULL; c++) {
		for (d = table; d < c; d++) {
			if (strcmp((*c)->name, (*d)->name) == 0 ||
			    ((*d)->alias != NULL &&
			    strcmp((*c)->name, (*d)->alias) == 0) ||
			    ((*c)->alias != NULL &&
			    (strcmp((*c)->alias, (*d)->name) == 0 ||
			    ((*d)->alias != NULL &&
			    strcmp((*c)->alias, (*d)->alias) == 0))))
				problem(&pr, "command '%s' listed twice",
				    (*c)->name);
		}
		if (c > table && (*c)->group < (*(c - 1))->group)
			problem(&pr, "command '%s' out of group order",
			    (*c)->name);
		check_command(&pr, *c);
	}
	/* Groups we have no commands for yet are simply not listed; one
	 * holding only hidden commands would be listed empty. */
	for (c = table; *c != NULL; c++) {
		for (d = table; d < c && (*d)->group != (*c)->group; d++)
			;
		if (d == c && (int)(*c)->group >= 0 &&
		    (*c)->group < GRP_COUNT &&
		    !table_group_has_commands(table, (*c)->group))
			problem(&pr, "group '%s' has no listed commands",
			    cmd_group_keywords[(*c)->group]);
	}
	return pr.v;
}

bool
help_self_test(struct shell *sh, bool missing)
{
	const struct cmd_entry *const *c;
	char **problems = help_check_table(cmd_table);

	shell_error_lines(sh, problems);
	if (problems == NULL && missing)
		for (c = cmd_table; *c != NULL; c++)
			completers_missing(*c);
	hv_strv_free(problems);
	return problems == NULL;
}
