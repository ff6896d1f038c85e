/*
 * Host and hypervisor commands: uri, version, hostname, sysinfo,
 * nodeinfo, capabilities, freecell, maxvcpus.
 */
#include <stdio.h>
#include <stdlib.h>

#include "cmd.h"
#include "util-xml.h"

static const struct cmd_opt no_opts[] = {
	{ NULL }
};

/* ---- uri ------------------------------------------------------------ */

static bool
cmd_uri_exec(struct shell *sh, const struct cmd_args *a)
{
	char *uri = hv_conn_get_uri(shell_conn(sh));

	if (uri == NULL) {
		shell_error(sh, "failed to get URI");
		return false;
	}
	out_line(sh, "uri", OV_STR(uri), "%s", uri);
	free(uri);
	return true;
}

const struct cmd_entry cmd_uri = {
	"uri", NULL, GRP_HOST,
	"show the canonical URI of the connection",
	NULL,
	no_opts, cmd_uri_exec, 0
};

/* ---- version -------------------------------------------------------- */

enum { O_VERSION_DAEMON };
static const struct cmd_opt version_opts[] = {
	[O_VERSION_DAEMON] = { "daemon", OPT_BOOL, 0,
	    "also show the version of the daemon" },
	{ NULL }
};

/* "Label: what 9.0.0"; for scripts key: "9.0.0". */
static void
print_version(struct shell *sh, const char *label, const char *what,
    const char *key, unsigned long long v)
{
	char ver[48];

	snprintf(ver, sizeof(ver), "%u.%u.%u", (unsigned int)(v / 1000000),
	    (unsigned int)(v / 1000 % 1000), (unsigned int)(v % 1000));
	out_line(sh, key, OV_STR(ver), "%s: %s%s%s", label, what,
	    *what != '\0' ? " " : "", ver);
}

static bool
cmd_version_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_conn *conn = shell_conn(sh);
	unsigned long long lib = hv_lib_version(), hv = 0, daemon = 0;
	const char *type;

	/* what the keys below mean: a script checks it before trusting them */
	out_field(sh, 0, NULL, "schema_version", OV_INT(OUT_SCHEMA_VERSION),
	    NULL);
	print_version(sh, "Compiled against library", "libvirt",
	    "compiled_library_version", lib);
	print_version(sh, "Using library", "libvirt", "library_version", lib);
	if ((type = hv_conn_get_type(conn)) == NULL) {
		shell_error(sh, "failed to get hypervisor type");
		return false;
	}
	print_version(sh, "Using API", type, "api_version", lib);
	out_field(sh, 0, NULL, "hypervisor_type", OV_STR(type), NULL);
	if (hv_conn_get_version(conn, &hv) < 0) {
		shell_error(sh, "failed to get the hypervisor version");
		return false;
	}
	if (hv == 0)
		out_line(sh, "hypervisor_version", OV_NULL,
		    "Cannot extract running %s hypervisor version", type);
	else
		print_version(sh, "Running hypervisor", type,
		    "hypervisor_version", hv);
	if (opt_bool(a, O_VERSION_DAEMON)) {
		if (hv_conn_get_lib_version(conn, &daemon) < 0) {
			shell_error(sh, "failed to get the daemon version");
			return false;
		}
		print_version(sh, "Running against daemon", "",
		    "daemon_version", daemon);
	}
	return true;
}

const struct cmd_entry cmd_version = {
	"version", NULL, GRP_HOST,
	"show versions",
	"Show the versions of the library, the API and the running "
	"hypervisor.",
	version_opts, cmd_version_exec, 0
};

/* ---- hostname ------------------------------------------------------- */

static bool
cmd_hostname_exec(struct shell *sh, const struct cmd_args *a)
{
	char *name = hv_conn_get_hostname(shell_conn(sh));

	if (name == NULL) {
		shell_error(sh, "failed to get hostname");
		return false;
	}
	out_line(sh, "hostname", OV_STR(name), "%s", name);
	free(name);
	return true;
}

const struct cmd_entry cmd_hostname = {
	"hostname", NULL, GRP_HOST,
	"show the host name of the hypervisor",
	NULL,
	no_opts, cmd_hostname_exec, 0
};

/* ---- sysinfo -------------------------------------------------------- */

static bool
cmd_sysinfo_exec(struct shell *sh, const struct cmd_args *a)
{
	char *xml;

	out_raw(sh);
	if ((xml = hv_conn_get_sysinfo(shell_conn(sh), 0)) == NULL) {
		shell_error(sh, "failed to get sysinfo");
		return false;
	}
	fputs(xml, stdout);
	free(xml);
	return true;
}

const struct cmd_entry cmd_sysinfo = {
	"sysinfo", NULL, GRP_HOST,
	"show the hypervisor's system information",
	"Print the hypervisor's system information as XML, when it has any.",
	no_opts, cmd_sysinfo_exec, 0
};

/* ---- nodeinfo ------------------------------------------------------- */

static bool
cmd_nodeinfo_exec(struct shell *sh, const struct cmd_args *a)
{
	struct hv_node_info info;

	if (hv_node_get_info(shell_conn(sh), &info) < 0) {
		shell_error(sh, "failed to get node information");
		return false;
	}
	out_field(sh, 20, "CPU model:", "cpu_model", OV_STR(info.model),
	    NULL);
	out_field(sh, 20, "CPU(s):", "cpus", OV_UINT(info.cpus), NULL);
	out_field(sh, 20, "CPU frequency:", "cpu_frequency_mhz",
	    OV_UINT(info.mhz), "%u MHz", info.mhz);
	out_field(sh, 20, "CPU socket(s):", "cpu_sockets",
	    OV_UINT(info.sockets), NULL);
	out_field(sh, 20, "Core(s) per socket:", "cores_per_socket",
	    OV_UINT(info.cores), NULL);
	out_field(sh, 20, "Thread(s) per core:", "threads_per_core",
	    OV_UINT(info.threads), NULL);
	out_field(sh, 20, "NUMA cell(s):", "numa_cells",
	    OV_UINT(info.nodes), NULL);
	out_field(sh, 20, "Memory size:", "memory_bytes",
	    OV_UINT(info.memory * 1024), "%llu KiB", info.memory);
	return true;
}

const struct cmd_entry cmd_nodeinfo = {
	"nodeinfo", NULL, GRP_HOST,
	"show information about the host",
	"Print the host's CPU model, CPU topology and memory size.",
	no_opts, cmd_nodeinfo_exec, 0
};

/* ---- capabilities --------------------------------------------------- */

static bool
cmd_capabilities_exec(struct shell *sh, const struct cmd_args *a)
{
	char *xml;

	out_raw(sh);
	if ((xml = hv_conn_get_capabilities(shell_conn(sh))) == NULL) {
		shell_error(sh, "failed to get capabilities");
		return false;
	}
	printf("%s\n", xml);
	free(xml);
	return true;
}

const struct cmd_entry cmd_capabilities = {
	"capabilities", NULL, GRP_HOST,
	"show the capabilities of the hypervisor",
	"Print what the hypervisor and its driver can do, as XML.",
	no_opts, cmd_capabilities_exec, 0
};

/* ---- freecell ------------------------------------------------------- */

enum { O_FREECELL_CELLNO, O_FREECELL_ALL };
static const struct cmd_opt freecell_opts[] = {
	[O_FREECELL_CELLNO] = { "cellno", OPT_INT_SIGNED, 0,
	    "the NUMA cell to report",
	    COMPLETE_CELLNO },
	[O_FREECELL_ALL] = { "all", OPT_BOOL, 0,
	    "report every NUMA cell and the total" },
	{ NULL }
};

/* Every cell the capabilities list, with its free memory. */
static bool
freecell_all(struct shell *sh)
{
	struct hv_conn *conn = shell_conn(sh);
	xmlXPathContextPtr ctxt = NULL;
	xmlXPathObjectPtr obj = NULL;
	unsigned long long total = 0, mem;
	struct table *t = NULL;
	xmlDocPtr doc = NULL;
	char *caps, *end;
	bool ret = false;
	int i, n;

	if ((caps = hv_conn_get_capabilities(conn)) == NULL) {
		shell_error(sh, "failed to get capabilities");
		return false;
	}
	if ((doc = util_xml_parse(caps, &ctxt)) == NULL)
		goto out;
	obj = xmlXPathEval((const xmlChar *)
	    "/capabilities/host/topology/cells/cell", ctxt);
	if (obj == NULL || obj->type != XPATH_NODESET) {
		shell_error(sh,
		    "could not get information about NUMA topology");
		goto out;
	}
	n = obj->nodesetval != NULL ? obj->nodesetval->nodeNr : 0;
	t = table_new("Cell", "Free", NULL);
	table_set_keys(t, "cell", "free_bytes", NULL);
	for (i = 0; i < n; i++) {
		xmlChar *val = xmlGetProp(obj->nodesetval->nodeTab[i],
		    (const xmlChar *)"id");
		unsigned long id = 0;
		bool ok = val != NULL && val[0] >= '0' && val[0] <= '9';

		if (ok)
			id = strtoul((const char *)val, &end, 10);
		ok = ok && *end == '\0';
		xmlFree(val);
		if (!ok) {
			shell_error(sh, "conversion from string failed");
			goto out;
		}
		if (hv_node_get_cells_free_memory(conn, &mem, (int)id, 1)
		    != 1) {
			shell_error(sh, "failed to get free memory for NUMA "
			    "node number: %lu", id);
			goto out;
		}
		/* text: virsh's own layout, not a table */
		if (out_is_text())
			out_line(sh, NULL, OV_NULL, "%5lu: %10llu KiB", id,
			    mem / 1024);
		else
			table_add_cells(t, (struct table_cell[]){
			    { NULL, OV_UINT(id) }, { NULL, OV_UINT(mem) } });
		total += mem;
	}
	/* virsh's total is an extra line that -q leaves out */
	out_field(sh, 0, NULL, "total_free_bytes", OV_UINT(total), NULL);
	if (!shell_quiet(sh)) {
		out_line(sh, NULL, OV_NULL, "--------------------");
		out_line(sh, NULL, OV_NULL, "%5s: %10llu KiB", "Total",
		    total / 1024);
	}
	if (!out_is_text())
		out_table(sh, "cells", t);
	ret = true;
out:
	table_free(t);
	xmlXPathFreeObject(obj);
	xmlXPathFreeContext(ctxt);
	xmlFreeDoc(doc);
	free(caps);
	return ret;
}

static bool
cmd_freecell_exec(struct shell *sh, const struct cmd_args *a)
{
	unsigned long long mem = 0;
	int cell, rc;

	if (!opt_exclusive(sh, a, O_FREECELL_ALL, O_FREECELL_CELLNO) ||
	    (rc = opt_int(sh, a, O_FREECELL_CELLNO, &cell)) < 0)
		return false;
	if (opt_bool(a, O_FREECELL_ALL))
		return freecell_all(sh);
	/* A negative cell goes to the core, which refuses it. */
	if (rc > 0) {
		if (hv_node_get_cells_free_memory(shell_conn(sh), &mem,
		    cell, 1) != 1)
			return false;
		out_field(sh, 0, NULL, "cell", OV_INT(cell), NULL);
		out_line(sh, "free_bytes", OV_UINT(mem), "%d: %llu KiB", cell,
		    mem / 1024);
		return true;
	}
	/* Zero free memory is how the call fails, as in virsh. */
	if (hv_node_get_free_memory(shell_conn(sh), &mem) < 0 || mem == 0)
		return false;
	out_line(sh, "total_free_bytes", OV_UINT(mem), "%s: %llu KiB",
	    "Total", mem / 1024);
	return true;
}

const struct cmd_entry cmd_freecell = {
	"freecell", NULL, GRP_HOST,
	"show free memory of NUMA cells",
	"Print the free memory of one NUMA cell, of all of them, or of the "
	"whole host.",
	freecell_opts, cmd_freecell_exec, 0
};

/* ---- maxvcpus ------------------------------------------------------- */

enum { O_MAXVCPUS_TYPE };
static const struct cmd_opt maxvcpus_opts[] = {
	[O_MAXVCPUS_TYPE] = { "type", OPT_STRING, 0,
	    "the domain type to ask about",
	    COMPLETE_VIRT_TYPE },
	{ NULL }
};

static bool
cmd_maxvcpus_exec(struct shell *sh, const struct cmd_args *a)
{
	const char *type;
	int n;

	if (!opt_string(sh, a, O_MAXVCPUS_TYPE, &type) ||
	    (n = hv_conn_get_max_vcpus(shell_conn(sh), type)) < 0)
		return false;
	out_line(sh, "max_vcpus", OV_INT(n), "%d", n);
	return true;
}

const struct cmd_entry cmd_maxvcpus = {
	"maxvcpus", NULL, GRP_HOST,
	"show the most virtual CPUs a guest may have",
	"Print the largest number of virtual CPUs a guest may have on this "
	"connection.",
	maxvcpus_opts, cmd_maxvcpus_exec, 0
};
