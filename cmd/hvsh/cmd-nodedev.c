/*
 * Node device commands: nodedev-list, nodedev-dumpxml, nodedev-info.
 *
 * Note for the man page: virsh 9.0 cannot list node devices on the test
 * driver at all (it passes state flags the 9.0 test driver rejects, so
 * "nodedev-list" fails with "unsupported flags (0x80000000) in function
 * testConnectListAllNodeDevices").  hvsh's test driver accepts those
 * flags and answers nodedev-list properly, plain, filtered by --cap and
 * as a --tree, in the layout virsh uses against real hosts.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "complete-storage.h"
#include "conf/nodedev.h"
#include "util-xml.h"
#include "util/buf.h"
#include "util/strv.h"
#include "util/xalloc.h"

/* ---- nodedev-list --------------------------------------------------- */

enum { O_LIST_TREE, O_LIST_CAP, O_LIST_INACTIVE, O_LIST_ALL };
static const struct cmd_opt list_opts[] = {
	[O_LIST_TREE] = { "tree", OPT_BOOL, 0,
	    "draw the devices as a tree of parents and children" },
	[O_LIST_CAP] = { "cap", OPT_STRING, OPT_EMPTY_OK,
	    "show only devices with one of these capabilities "
	    "(comma-separated)",
	    COMPLETE_NODEDEV_CAP },
	[O_LIST_INACTIVE] = { "inactive", OPT_BOOL, 0,
	    "show only inactive devices" },
	[O_LIST_ALL] = { "all", OPT_BOOL, 0,
	    "show active and inactive devices" },
	{ NULL }
};

static int
cmp_devs(const void *x, const void *y)
{
	const struct hv_nodedev *const *p = x, *const *q = y;

	return strcasecmp((*p)->name, (*q)->name);
}

struct tree {
	struct hv_nodedev **devs;
	char **parents;			/* NULL for roots */
	int n;
};

/*
 * Print device i and, below it, its children.  indent holds the prefix
 * of this level; last is the index of the last child of i's parent (i
 * itself for a root).  The layout is virsh's: "+- " before each child,
 * a "|" line before a group of children, "| " or "  " continuing the
 * parent's column depending on whether more siblings follow, and an
 * indent-only line after the last leaf of a group.
 */
static void
tree_print(struct shell *sh, const struct tree *t, int i, int last,
    bool root, struct hv_buf *indent)
{
	const char *name = t->devs[i]->name;
	size_t mark = indent->len;
	int j, last_child = -1;

	out_line(sh, NULL, OV_NULL, "%s%s%s", hv_buf_str(indent),
	    root ? "" : "+- ", name);
	if (!root)
		hv_buf_add(indent, i == last ? "  " : "| ");
	for (j = 0; j < t->n; j++)
		if (t->parents[j] && strcmp(t->parents[j], name) == 0)
			last_child = j;
	if (last_child != -1)
		out_line(sh, NULL, OV_NULL, "%s  |", hv_buf_str(indent));
	hv_buf_add(indent, "  ");
	for (j = 0; j < t->n; j++)
		if (t->parents[j] && strcmp(t->parents[j], name) == 0)
			tree_print(sh, t, j, last_child, false, indent);
	indent->len -= 2;
	indent->s[indent->len] = '\0';
	if (last_child == -1 && i == last)
		out_line(sh, NULL, OV_NULL, "%s", hv_buf_str(indent));
	indent->len = mark;
	if (indent->s)
		indent->s[mark] = '\0';
}

static void
list_tree(struct shell *sh, struct hv_nodedev **devs, int n)
{
	struct hv_buf indent = HV_BUF_INIT;
	struct tree t = { devs, xcalloc((size_t)n + 1, sizeof(char *)), n };
	int i;

	for (i = 0; i < n; i++) {
		t.parents[i] = hv_nodedev_get_parent(devs[i]);
		hv_error_reset();
	}
	hv_buf_add(&indent, "");
	for (i = 0; i < n; i++)
		if (t.parents[i] == NULL)
			tree_print(sh, &t, i, i, true, &indent);
	for (i = 0; i < n; i++)
		free(t.parents[i]);
	free(t.parents);
	hv_buf_release(&indent);
}

/*
 * For scripts, a table of the names; with --tree each device's parent
 * too (null for a root), from which the tree is drawn.
 */
static void
list_machine(struct shell *sh, struct hv_nodedev **devs, int n, bool tree)
{
	struct table *t;
	char *parent;
	int i;

	t = tree ? table_new("Name", "Parent", NULL) : table_new("Name", NULL);
	for (i = 0; i < n; i++) {
		if (!tree) {
			table_add_cells(t, (struct table_cell[]){
			    { devs[i]->name, OV_STR(devs[i]->name) } });
			continue;
		}
		parent = hv_nodedev_get_parent(devs[i]);
		hv_error_reset();
		table_add_cells(t, (struct table_cell[]){
		    { devs[i]->name, OV_STR(devs[i]->name) },
		    { parent, OV_STR_OR_NULL(parent) } });
		free(parent);
	}
	out_table(sh, "devices", t);
	table_free(t);
}

/* The capability filter bits of a comma list; "" filters nothing. */
static bool
cap_flags(struct shell *sh, const char *list, unsigned int *flags)
{
	char *copy, *p, *comma;
	bool ok = true;
	int t;

	if (*list == '\0')
		return true;
	copy = xstrdup(list);
	for (p = copy;; p = comma + 1) {
		if ((comma = strchr(p, ',')))
			*comma = '\0';
		if ((t = hv_nodedev_cap_parse(p)) < 0) {
			shell_error(sh, "Invalid capability type");
			ok = false;
			break;
		}
		*flags |= 1u << t;
		if (!comma)
			break;
	}
	free(copy);
	return ok;
}

static bool
cmd_nodedev_list_exec(struct shell *sh, const struct cmd_args *a)
{
	bool tree = opt_bool(a, O_LIST_TREE);
	bool inactive = opt_bool(a, O_LIST_INACTIVE);
	unsigned int flags = HV_LIST_NODEDEVS_ACTIVE;
	struct hv_nodedev **devs = NULL;
	int i, n;

	if (inactive && opt_bool(a, O_LIST_ALL)) {
		shell_error(sh, "Option --all is incompatible with --inactive");
		return false;
	}
	if (tree && (opt_given(a, O_LIST_CAP) || inactive)) {
		shell_error(sh, "Option --tree is incompatible with --cap and "
		    "--inactive");
		return false;
	}
	if (inactive)
		flags = HV_LIST_NODEDEVS_INACTIVE;
	if (opt_bool(a, O_LIST_ALL))
		flags = HV_LIST_NODEDEVS_ACTIVE | HV_LIST_NODEDEVS_INACTIVE;
	if (opt_given(a, O_LIST_CAP) &&
	    !cap_flags(sh, opt_str(a, O_LIST_CAP), &flags))
		return false;
	if ((n = hv_conn_list_all_nodedevs(shell_conn(sh), &devs, flags)) < 0) {
		shell_error(sh, "Failed to list node devices");
		return false;
	}
	if (n > 1)
		qsort(devs, (size_t)n, sizeof(*devs), cmp_devs);
	if (!out_is_text()) {
		list_machine(sh, devs, n, tree);
	} else if (tree) {
		list_tree(sh, devs, n);
	} else {
		for (i = 0; i < n; i++)
			out_line(sh, NULL, OV_NULL, "%s", devs[i]->name);
	}
	hv_nodedev_list_free(devs, n);
	return true;
}

const struct cmd_entry cmd_nodedev_list = {
	"nodedev-list", NULL, GRP_NODEDEV,
	"list the host's devices",
	NULL,
	list_opts, cmd_nodedev_list_exec, 0
};

/* ---- lookup --------------------------------------------------------- */

/*
 * 16 hex digits, optionally after "0x"; else the error is set.  virsh
 * checks this itself, with libvirt's utility code (no driver is asked),
 * before it looks the device up.
 */
static bool
valid_wwn(const char *w)
{
	const char *p = strncmp(w, "0x", 2) == 0 ? w + 2 : w;
	size_t i;

	for (i = 0; p[i] && isxdigit((unsigned char)p[i]); i++)
		;
	if (i == 16 && p[i] == '\0')
		return true;
	hv_error_report(HV_FROM_NONE, HV_ERR_INTERNAL_ERROR,
	    "Malformed wwn: %s", w);
	return false;
}

/* A device by name, or by "WWNN,WWPN" for an FC SCSI host. */
static struct hv_nodedev *
find_device(struct shell *sh, const char *value)
{
	struct hv_nodedev *dev = NULL;
	char *copy, *comma;

	if ((comma = strchr(value, ',')) == NULL) {
		dev = hv_nodedev_lookup_by_name(shell_conn(sh), value);
	} else if (strchr(comma + 1, ',')) {
		shell_error(sh, "Malformed device value '%s'", value);
		return NULL;
	} else {
		copy = xstrdup(value);
		copy[comma - value] = '\0';
		if (!valid_wwn(copy) || !valid_wwn(comma + 1)) {
			free(copy);
			return NULL;
		}
		dev = hv_nodedev_lookup_scsi_host_by_wwn(shell_conn(sh), copy,
		    comma + 1, 0);
		free(copy);
	}
	if (dev == NULL)
		shell_error(sh, "Could not find matching device '%s'", value);
	return dev;
}

/* ---- nodedev-dumpxml ------------------------------------------------ */

enum { O_DUMP_DEVICE, O_DUMP_XPATH, O_DUMP_WRAP };
static const struct cmd_opt dump_opts[] = {
	[O_DUMP_DEVICE] = { "device", OPT_STRING, OPT_REQUIRED,
	    "device name, or its WWNN and WWPN as 'wwnn,wwpn'",
	    COMPLETE_NODEDEV },
	[O_DUMP_XPATH] = { "xpath", OPT_STRING, OPT_NAMED,
	    "print only what this XPath expression selects",
	    COMPLETE_EMPTY },
	[O_DUMP_WRAP] = { "wrap", OPT_BOOL, 0,
	    "put the XPath results inside one root element" },
	{ NULL }
};

static bool
cmd_nodedev_dumpxml_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_nodedev *dev;
	const char *xpath = opt_str(a, O_DUMP_XPATH), *word;
	bool ret;

	out_raw(sh);
	/* virsh reads --xpath first, quietly: "" fails without a word */
	if (xpath != NULL && *xpath == '\0')
		return false;
	if (!opt_string(sh, a, O_DUMP_DEVICE, &word) ||
	    (dev = find_device(sh, word)) == NULL)
		return false;
	ret = util_xml_print_desc(hv_nodedev_get_xml_desc(dev, 0), xpath,
	    opt_bool(a, O_DUMP_WRAP));
	hv_nodedev_free(dev);
	return ret;
}

const struct cmd_entry cmd_nodedev_dumpxml = {
	"nodedev-dumpxml", NULL, GRP_NODEDEV,
	"print the XML description of a host device",
	"Print a host device's XML description on standard output.",
	dump_opts, cmd_nodedev_dumpxml_exec, 0
};

/* ---- nodedev-info --------------------------------------------------- */

enum { O_INFO_DEVICE };
static const struct cmd_opt info_opts[] = {
	[O_INFO_DEVICE] = { "device", OPT_STRING, OPT_REQUIRED,
	    "device name, or its WWNN and WWPN as 'wwnn,wwpn'",
	    COMPLETE_NODEDEV },
	{ NULL }
};

/* As virsh: a failed call (-1) reads as true. */
static const char *
yes_no(int v)
{
	return v != 0 ? "yes" : "no";
}

/* For scripts a failed call is not known. */
static struct out_val
yes_no_val(int v)
{
	return v < 0 ? OV_NULL : OV_BOOL(v);
}

static bool
cmd_nodedev_info_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_nodedev *dev;
	int autostart = 0, r;
	const char *word;
	char *parent;

	if (!opt_string(sh, a, O_INFO_DEVICE, &word) ||
	    (dev = find_device(sh, word)) == NULL)
		return false;
	parent = hv_nodedev_get_parent(dev);
	out_field(sh, 15, "Name:", "name", OV_STR(dev->name), NULL);
	out_field(sh, 15, "Parent:", "parent", OV_STR_OR_NULL(parent), "%s",
	    parent ? parent : "");
	r = hv_nodedev_is_active(dev);
	out_field(sh, 15, "Active:", "active", yes_no_val(r), "%s",
	    yes_no(r));
	r = hv_nodedev_is_persistent(dev);
	out_field(sh, 15, "Persistent:", "persistent", yes_no_val(r), "%s",
	    yes_no(r));
	if (hv_nodedev_get_autostart(dev, &autostart) < 0)
		out_field(sh, 15, "Autostart:", "autostart", OV_NULL, "%s",
		    "no autostart");
	else
		out_field(sh, 15, "Autostart:", "autostart",
		    OV_BOOL(autostart), "%s", yes_no(autostart));
	hv_error_reset();
	free(parent);
	hv_nodedev_free(dev);
	return true;
}

const struct cmd_entry cmd_nodedev_info = {
	"nodedev-info", NULL, GRP_NODEDEV,
	"show a host device's parent and state",
	"Print a host device's name, parent, state, persistence and "
	"autostart.",
	info_opts, cmd_nodedev_info_exec, 0
};
