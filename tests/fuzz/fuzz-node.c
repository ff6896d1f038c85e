/*
 * libFuzzer target: test-driver node files (test:///PATH).  Each input
 * is written to a node file in a private directory and a connection
 * opened on it: the streamed parse, file= references (which may name
 * anything, devices and directories included), the object loaders and
 * the deferred errors all run.  A connection that opens is listed and
 * closed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "hv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64], path[128], uri[160];

static void
setup(void)
{
	FILE *f;

	/* a file= reference to /dev/stdin must find nothing to wait on */
	if (freopen("/dev/null", "r", stdin) == NULL)
		abort();
	snprintf(dir, sizeof(dir), "/tmp/hvsh-fuzz.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		abort();
	}
	snprintf(path, sizeof(path), "%s/node.xml", dir);
	snprintf(uri, sizeof(uri), "test://%s", path);
	/* something for file= references to find */
	snprintf(path, sizeof(path), "%s/d.xml", dir);
	if ((f = fopen(path, "w")) != NULL) {
		fputs("<domain type='test'><name>ext</name><memory>1024"
		    "</memory><os><type>hvm</type></os></domain>", f);
		fclose(f);
	}
	snprintf(path, sizeof(path), "%s/node.xml", dir);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct hv_domain **doms;
	struct hv_conn *c;
	FILE *f;
	int n;

	if (dir[0] == '\0')
		setup();
	if ((f = fopen(path, "w")) == NULL)
		abort();
	if (size > 0 && fwrite(data, 1, size, f) != size)
		abort();
	fclose(f);
	if ((c = hv_conn_open(uri, 0)) == NULL) {
		hv_error_reset();
		return 0;
	}
	/* what list and dumpxml would show of each domain */
	doms = NULL;
	n = hv_conn_list_all_domains(c, &doms, 0);
	for (int i = 0; i < n; i++)
		free(hv_domain_get_xml_desc(doms[i], 0));
	hv_domain_list_free(doms, n < 0 ? 0 : n);
	hv_error_reset();
	hv_conn_close(c);
	return 0;
}
