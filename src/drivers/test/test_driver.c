/*
 * The test driver: an in-process simulated host.  test:///default is a
 * fixed host shared by every connection of the process; test:///PATH
 * loads a node file into a private state.
 */
#include "drivers/test/test.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "util/xalloc.h"

/* The shared state of test:///default, built by the first open. */
static pthread_mutex_t default_lock = PTHREAD_MUTEX_INITIALIZER;
static struct test_state *default_state;

static struct test_state *
default_get(void)
{
	struct test_state *st;

	pthread_mutex_lock(&default_lock);
	if (default_state) {
		default_state->refs++;
		st = default_state;
		goto out;
	}
	st = test_state_new();
	if (test_state_load_default(st) < 0) {
		test_state_free(st);
		st = NULL;
		goto out;
	}
	default_state = st;
out:
	pthread_mutex_unlock(&default_lock);
	return st;
}

static int
test_open(struct hv_conn *conn, const struct hv_uri *uri, unsigned int flags)
{
	const char *path;
	struct test_state *st;

	if (uri == NULL)
		return HV_DRV_OPEN_DECLINED;
	path = uri->path ? uri->path : "";
	if (uri->scheme == NULL || strcmp(uri->scheme, "test") != 0 ||
	    (uri->server && *uri->server))
		return HV_DRV_OPEN_DECLINED;
	if (hv_check_flags(HV_FROM_TEST, flags, HV_CONNECT_RO,
	    "testConnectOpen") < 0)
		return HV_DRV_OPEN_ERROR;
	if (*path == '\0' || strcmp(path, "/") == 0) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "testOpen: supply a path or use test:///default");
		return HV_DRV_OPEN_ERROR;
	}
	if (strcmp(path, "/default") == 0) {
		st = default_get();
	} else {
		st = test_state_new();
		if (test_state_load_file(st, path) < 0) {
			test_state_free(st);
			st = NULL;
		}
	}
	if (st == NULL)
		return HV_DRV_OPEN_ERROR;
	conn->priv = st;
	return HV_DRV_OPEN_SUCCESS;
}

static void
test_close(struct hv_conn *conn)
{
	struct test_state *st = conn->priv;

	conn->priv = NULL;
	if (st == NULL)
		return;
	if (!st->is_default) {
		test_state_free(st);
		return;
	}
	pthread_mutex_lock(&default_lock);
	if (--st->refs == 0) {
		if (default_state == st)
			default_state = NULL;
		test_state_free(st);
	}
	pthread_mutex_unlock(&default_lock);
}

static const char *
test_get_type(struct hv_conn *conn)
{
	return "TEST";
}

static int
test_get_version(struct hv_conn *conn, unsigned long long *hvver)
{
	*hvver = 2;
	return 0;
}

static int
test_get_lib_version(struct hv_conn *conn, unsigned long long *ver)
{
	*ver = hv_lib_version();
	return 0;
}

static char *
test_get_hostname(struct hv_conn *conn)
{
	char name[256];

	if (gethostname(name, sizeof(name) - 1) < 0) {
		hv_error_system_from(HV_FROM_TEST, errno, "%s",
		    "failed to determine host name");
		return NULL;
	}
	name[sizeof(name) - 1] = '\0';
	return xstrdup(name);
}

static char *
test_get_sysinfo(struct hv_conn *conn, unsigned int flags)
{
	if (hv_check_flags(HV_FROM_TEST, flags, 0,
	    "testConnectGetSysinfo") < 0)
		return NULL;
	return xstrdup("<sysinfo type='smbios'>\n"
	    "  <bios>\n"
	    "    <entry name='vendor'>LENOVO</entry>\n"
	    "    <entry name='version'>G4ETA1WW (2.61 )</entry>\n"
	    "    <entry name='date'>05/07/2014</entry>\n"
	    "    <entry name='release'>2.61</entry>\n"
	    "  </bios>\n"
	    "</sysinfo>\n");
}

static char *
test_get_capabilities(struct hv_conn *conn)
{
	struct test_state *st = test_conn_state(conn);
	char *caps;

	pthread_mutex_lock(&st->lock);
	caps = test_capabilities(st);
	pthread_mutex_unlock(&st->lock);
	return caps;
}

static int
test_get_max_vcpus(struct hv_conn *conn, const char *type)
{
	return 32;
}

static int
test_node_get_info(struct hv_conn *conn, struct hv_node_info *info)
{
	struct test_state *st = test_conn_state(conn);

	pthread_mutex_lock(&st->lock);
	*info = st->node;
	pthread_mutex_unlock(&st->lock);
	return 0;
}

static int
test_node_get_cells_free_memory(struct hv_conn *conn,
    unsigned long long *mems, int start, int max)
{
	struct test_state *st = test_conn_state(conn);
	int n = 0;

	pthread_mutex_lock(&st->lock);
	if (start < 0 || start >= st->ncells) {
		hv_error_report(HV_FROM_TEST, HV_ERR_INVALID_ARG, "%s",
		    "Range exceeds available cells");
		n = -1;
		goto out;
	}
	/* libvirt's test driver reports the KiB figures as bytes */
	for (int i = start; i < st->ncells && n < max; i++)
		mems[n++] = st->cells[i].free_mem;
out:
	pthread_mutex_unlock(&st->lock);
	return n;
}

static int
test_node_get_free_memory(struct hv_conn *conn, unsigned long long *bytes)
{
	struct test_state *st = test_conn_state(conn);

	/* the same unit slip as libvirt's test driver: KiB as bytes */
	pthread_mutex_lock(&st->lock);
	*bytes = st->node.memory;
	pthread_mutex_unlock(&st->lock);
	return 0;
}

static int
test_node_get_security_model(struct hv_conn *conn,
    struct hv_secmodel *model)
{
	memset(model, 0, sizeof(*model));
	snprintf(model->model, sizeof(model->model), "testSecurity");
	return 0;
}

const struct hv_driver hv_test_driver = {
	.name = "Test",
	.open = test_open,
	.close = test_close,
	.get_type = test_get_type,
	.get_version = test_get_version,
	.get_lib_version = test_get_lib_version,
	.get_hostname = test_get_hostname,
	.get_sysinfo = test_get_sysinfo,
	.get_capabilities = test_get_capabilities,
	.get_max_vcpus = test_get_max_vcpus,
	.node_get_info = test_node_get_info,
	.node_get_cells_free_memory = test_node_get_cells_free_memory,
	.node_get_free_memory = test_node_get_free_memory,
	.node_get_security_model = test_node_get_security_model,
	.domain = &test_domain_driver,
	.network = &test_network_driver,
	.iface = &test_iface_driver,
	.storage = &test_storage_driver,
	.nodedev = &test_nodedev_driver,
};
