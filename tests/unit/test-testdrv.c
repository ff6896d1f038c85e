/*
 * The test driver through the public API: test:///default's contents,
 * life cycle, sharing between connections, the reset after the last
 * close, read-only refusals and unknown flags.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hv.h"
#include "unit.h"
#include "util/strv.h"

static const char *
errmsg(void)
{
	const struct hv_error *e = hv_error_last();

	return e ? e->message : NULL;
}

static int
state_of(struct hv_domain *dom, int *reason)
{
	int state = -1;

	if (hv_domain_get_state(dom, &state, reason, 0) < 0)
		return -1;
	return state;
}

static void
test_open_errors(void)
{
	static const struct {
		const char *uri;
		const char *msg;
	} cases[] = {
		{ "test://", "invalid argument: testOpen: supply a path or "
		  "use test:///default" },
		{ "test:///", "invalid argument: testOpen: supply a path or "
		  "use test:///default" },
		{ "///var/run/xend/xend-socket", "no connection driver "
		  "available for URI '///var/run/xend/xend-socket' does not "
		  "include a driver name" },
		{ "qemu://system", "internal error: invalid URI qemu://system "
		  "(maybe you want qemu:///system)" },
		{ "qemu+bogus:///system", "invalid argument: remote_open: "
		  "transport in URL not recognised (should be "
		  "tls|unix|ssh|ext|tcp|libssh2|libssh)" },
		{ "qemu+unix://host/system", "invalid argument: using unix "
		  "socket and remote server 'host' is not supported." },
		{ "qemu+ext:///system", "invalid argument: remote_open: for "
		  "'ext' transport, command is required" },
		{ "qemu:///system?socket=/nonexistent/sock", "Failed to "
		  "connect socket to '/nonexistent/sock': No such file or "
		  "directory" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct hv_conn *c = hv_conn_open(cases[i].uri, 0);

		CHECK(c == NULL);
		CHECK_STR(errmsg(), cases[i].msg);
		hv_conn_close(c);
	}
	CHECK(hv_conn_open("test:///default", 0x100) == NULL);
	CHECK_STR(errmsg(), "unsupported flags (0x100) in function "
	    "virConnectOpenAuth");
	/* a node file is a later task: a clean error for now */
	CHECK(hv_conn_open("test:///tmp/nonexistent-node.xml", 0) == NULL);
	CHECK(errmsg() != NULL);
}

static void
test_host(struct hv_conn *c)
{
	struct hv_node_info ni;
	struct hv_secmodel sm;
	unsigned long long v, mems[4];
	char *s, host[256];

	CHECK_STR(hv_conn_get_type(c), "TEST");
	CHECK_INT(hv_conn_get_version(c, &v), 0);
	CHECK_INT(v, 2);
	CHECK_INT(hv_conn_get_lib_version(c, &v), 0);
	CHECK_INT(v, 9000000);
	s = hv_conn_get_uri(c);
	CHECK_STR(s, "test:///default");
	free(s);
	CHECK_INT(hv_conn_get_max_vcpus(c, NULL), 32);
	CHECK_INT(hv_node_get_info(c, &ni), 0);
	CHECK_STR(ni.model, "i686");
	CHECK_INT(ni.memory, 3145728);
	CHECK_INT(ni.cpus, 16);
	CHECK_INT(ni.mhz, 1400);
	CHECK_INT(ni.nodes * ni.sockets * ni.cores * ni.threads, 16);
	CHECK_INT(hv_node_get_cells_free_memory(c, mems, 0, 4), 2);
	CHECK_INT(mems[0], 2097152);
	CHECK_INT(mems[1], 4194304);
	CHECK_INT(hv_node_get_cells_free_memory(c, mems, 1, 1), 1);
	CHECK_INT(mems[0], 4194304);
	CHECK_INT(hv_node_get_cells_free_memory(c, mems, 5, 1), -1);
	CHECK_STR(errmsg(), "invalid argument: Range exceeds available "
	    "cells");
	CHECK_INT(hv_node_get_free_memory(c, &v), 0);
	CHECK_INT(v, 3145728);
	CHECK_INT(hv_node_get_security_model(c, &sm), 0);
	CHECK_STR(sm.model, "testSecurity");
	CHECK_STR(sm.doi, "");
	s = hv_conn_get_hostname(c);
	gethostname(host, sizeof(host));
	CHECK_STR(s, host);
	free(s);
	s = hv_conn_get_capabilities(c);
	CHECK(s && strstr(s, "<cells num='2'>") &&
	    strstr(s, "<cpu id='15' socket_id='1' die_id='0' core_id='7' "
	    "siblings='15'/>") && strstr(s, "<os_type>xen</os_type>"));
	free(s);
	s = hv_conn_get_sysinfo(c, 0);
	CHECK(s && strncmp(s, "<sysinfo type='smbios'>", 23) == 0);
	free(s);
}

static void
test_default_domain(struct hv_conn *c)
{
	struct hv_domain_info info;
	struct hv_seclabel sl;
	struct hv_domain *d = hv_domain_lookup_by_name(c, "test");
	struct hv_domain *d2;
	char uuid[HV_UUID_STRLEN], *s;
	int reason = -1;

	CHECK(d != NULL);
	if (d == NULL)
		return;
	CHECK_INT(d->id, 1);
	CHECK_STR(hv_uuid_format(d->uuid, uuid),
	    "6695eb01-f6a4-8304-79aa-97f2502e193f");
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_RUNNING);
	CHECK_INT(reason, HV_DOMAIN_RUNNING_UNKNOWN);
	CHECK_INT(hv_domain_get_info(d, &info), 0);
	CHECK_INT(info.max_mem, 8388608);
	CHECK_INT(info.memory, 2097152);
	CHECK_INT(info.nr_virt_cpu, 2);
	CHECK(info.cpu_time > 1000000000ULL * 1600000000ULL);
	s = hv_domain_get_os_type(d);
	CHECK_STR(s, "linux");
	free(s);
	s = hv_domain_get_hostname(d, 0);
	CHECK_STR(s, "testhost");
	free(s);
	CHECK_INT(hv_domain_get_security_label(d, &sl), 0);
	CHECK_STR(sl.label, "libvirt-test");
	CHECK_INT(sl.enforcing, 1);
	s = hv_domain_get_xml_desc(d, 0);
	CHECK(s && strncmp(s, "<domain type='test' id='1'>\n", 28) == 0 &&
	    strstr(s, "<target dev='testnet0'/>"));
	free(s);

	d2 = hv_domain_lookup_by_id(c, 1);
	CHECK(d2 && strcmp(d2->name, "test") == 0);
	hv_domain_free(d2);
	d2 = hv_domain_lookup_by_uuid_string(c,
	    "6695eb01-f6a4-8304-79aa-97f2502e193f");
	CHECK(d2 && d2->id == 1);
	hv_domain_free(d2);
	CHECK(hv_domain_lookup_by_name(c, "x") == NULL);
	/* libvirt's test driver says no more than this for a lookup */
	CHECK_STR(errmsg(), "Domain not found");
	CHECK_INT(hv_error_last()->code, HV_ERR_NO_DOMAIN);
	CHECK(hv_domain_lookup_by_id(c, 7) == NULL);
	CHECK_STR(errmsg(), "Domain not found");
	CHECK(hv_domain_lookup_by_uuid_string(c,
	    "00000000-0000-0000-0000-000000000001") == NULL);
	CHECK_STR(errmsg(), "Domain not found");
	hv_domain_free(d);
}

static void
test_lifecycle(struct hv_conn *c)
{
	static const char dom2[] =
	    "<domain type='test'><name>dom2</name>"
	    "<memory unit='MiB'>64</memory><os><type>hvm</type></os>"
	    "</domain>";
	struct hv_domain *d = hv_domain_lookup_by_name(c, "test");
	struct hv_domain *n, **list;
	int reason, cnt;
	char *s;

	CHECK_INT(hv_domain_shutdown(d, 1), -1);
	CHECK_STR(errmsg(), "unsupported flags (0x1) in function "
	    "testDomainShutdownFlags");
	CHECK_INT(hv_domain_set_vcpus(d, 3), -1);
	CHECK_STR(errmsg(), "invalid argument: requested cpu amount exceeds "
	    "maximum (3 > 2)");
	CHECK_INT(hv_domain_set_memory(d, 9000000, HV_DOMAIN_AFFECT_LIVE), -1);
	CHECK_STR(errmsg(), "invalid argument: cannot set memory higher than "
	    "max memory");
	CHECK_INT(hv_domain_set_memory(d, 100, HV_DOMAIN_MEM_MAXIMUM), -1);
	CHECK_STR(errmsg(), "Requested operation is not valid: cannot resize "
	    "the maximum memory on an active domain");
	CHECK_INT(hv_domain_set_vcpus(d, 1), 0);
	CHECK_INT(hv_domain_get_vcpus(d, HV_DOMAIN_AFFECT_LIVE), 1);
	CHECK_INT(hv_domain_get_vcpus(d, HV_DOMAIN_AFFECT_CONFIG), 2);
	CHECK_INT(hv_domain_set_vcpus_flags(d, 4, HV_DOMAIN_AFFECT_CONFIG |
	    HV_DOMAIN_VCPU_MAXIMUM), 0);
	CHECK_INT(hv_domain_get_vcpus(d, HV_DOMAIN_AFFECT_CONFIG |
	    HV_DOMAIN_VCPU_MAXIMUM), 4);
	CHECK_INT(hv_domain_get_vcpus(d, HV_DOMAIN_VCPU_GUEST), -1);
	CHECK_STR(errmsg(), "unsupported flags (0x8) in function "
	    "testDomainGetVcpusFlags");

	CHECK_INT(hv_domain_suspend(d), 0);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_PAUSED);
	CHECK_INT(reason, HV_DOMAIN_PAUSED_USER);
	CHECK_INT(hv_domain_suspend(d), -1);
	CHECK_STR(errmsg(), "internal error: domain 'test' not running");
	CHECK_INT(hv_domain_resume(d), 0);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_RUNNING);
	CHECK_INT(reason, HV_DOMAIN_RUNNING_UNPAUSED);
	CHECK_INT(hv_domain_resume(d), -1);
	CHECK_STR(errmsg(), "internal error: domain 'test' not paused");

	CHECK_INT(hv_domain_destroy(d, 0), 0);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_SHUTOFF);
	CHECK_INT(reason, HV_DOMAIN_SHUTOFF_DESTROYED);
	/* the config changes made while running now apply */
	CHECK_INT(hv_domain_get_vcpus(d, HV_DOMAIN_VCPU_MAXIMUM), 4);
	CHECK_INT(hv_domain_destroy(d, 0), -1);
	CHECK_STR(errmsg(), "Requested operation is not valid: domain is not "
	    "running");
	CHECK_INT(hv_domain_shutdown(d, 0), -1);
	CHECK_STR(errmsg(), "internal error: domain 'test' not running");
	CHECK(hv_domain_get_hostname(d, 0) == NULL);
	CHECK_INT(hv_domain_create(d, 0), 0);
	CHECK_INT(d->id, 2);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_RUNNING);
	CHECK_INT(reason, HV_DOMAIN_RUNNING_BOOTED);
	CHECK_INT(hv_domain_create(d, 0), -1);
	CHECK_INT(hv_domain_destroy(d, 0), 0);
	CHECK_INT(hv_domain_create(d, 0), 0);
	CHECK_INT(d->id, 3);

	/* define, duplicate detection, listing order */
	n = hv_domain_define_xml(c, dom2, 0);
	CHECK(n != NULL);
	s = n ? hv_domain_get_xml_desc(n, 0) : NULL;
	CHECK(s && strstr(s, "<memory unit='KiB'>65536</memory>"));
	free(s);
	hv_domain_free(n);
	n = hv_domain_define_xml(c, "<domain type='test'><name>test</name>"
	    "<uuid>00000000-0000-0000-0000-000000000001</uuid>"
	    "<memory>1024</memory><os><type>hvm</type></os></domain>", 0);
	CHECK(n == NULL);
	CHECK_STR(errmsg(), "operation failed: domain 'test' already exists "
	    "with uuid 6695eb01-f6a4-8304-79aa-97f2502e193f");
	cnt = hv_conn_list_all_domains(c, &list, 0);
	CHECK_INT(cnt, 2);
	if (cnt == 2) {
		CHECK_STR(list[0]->name, "test");
		CHECK_STR(list[1]->name, "dom2");
	}
	hv_domain_list_free(list, cnt);
	cnt = hv_conn_list_all_domains(c, &list, HV_LIST_DOMAINS_INACTIVE);
	CHECK_INT(cnt, 1);
	hv_domain_list_free(list, cnt);
	CHECK_INT(hv_conn_list_all_domains(c, &list, 1u << 20), -1);
	CHECK_STR(errmsg(), "unsupported flags (0x100000) in function "
	    "testConnectListAllDomains");

	/* managed save, title metadata, undefine */
	CHECK_INT(hv_domain_managed_save(d, 0), 0);
	CHECK_INT(hv_domain_has_managed_save(d, 0), 1);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_SHUTOFF);
	CHECK_INT(reason, HV_DOMAIN_SHUTOFF_SAVED);
	CHECK(hv_domain_get_metadata(d, HV_DOMAIN_METADATA_TITLE, NULL, 0) ==
	    NULL);
	CHECK_INT(hv_error_last()->code, 80);
	CHECK_INT(hv_domain_set_metadata(d, HV_DOMAIN_METADATA_TITLE, "T1",
	    NULL, NULL, 0), 0);
	s = hv_domain_get_metadata(d, HV_DOMAIN_METADATA_TITLE, NULL, 0);
	CHECK_STR(s, "T1");
	free(s);
	CHECK_INT(hv_domain_create(d, 0), 0);
	CHECK_INT(hv_domain_has_managed_save(d, 0), 0);
	CHECK_INT(hv_domain_undefine(d, 0), 0);
	CHECK_INT(hv_domain_is_persistent(d), 0);
	CHECK_INT(hv_domain_destroy(d, 0), 0);
	CHECK(hv_domain_lookup_by_name(c, "test") == NULL);
	hv_domain_free(d);
}

static void
test_save_restore(struct hv_conn *c)
{
	char path[] = "/tmp/hvsh-testdrv-XXXXXX";
	struct hv_domain *d = hv_domain_lookup_by_name(c, "test"), *r;
	int fd = mkstemp(path), reason;

	CHECK(fd >= 0 && d != NULL);
	if (fd < 0 || d == NULL)
		goto out;
	close(fd);
	CHECK_INT(hv_domain_save(d, path, NULL, 0), 0);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_SHUTOFF);
	CHECK_INT(reason, HV_DOMAIN_SHUTOFF_SAVED);
	CHECK_INT(hv_domain_save(d, path, NULL, 0), -1);
	CHECK_STR(errmsg(), "Requested operation is not valid: domain is not "
	    "running");
	CHECK_INT(hv_domain_restore(c, path, NULL, 0), 0);
	r = hv_domain_lookup_by_name(c, "test");
	CHECK(r != NULL && r->id == 2);
	CHECK_INT(state_of(d, &reason), HV_DOMAIN_RUNNING);
	CHECK_INT(reason, HV_DOMAIN_RUNNING_RESTORED);
	hv_domain_free(r);
	CHECK_INT(hv_domain_restore(c, "/nonexistent/x.save", NULL, 0), -1);
	CHECK_STR(errmsg(), "cannot read domain image '/nonexistent/x.save': "
	    "No such file or directory");
	CHECK_INT(hv_domain_restore(c, "/etc/hostname", NULL, 0), -1);
	/* the saved definition stays: a replacement is refused first */
	CHECK_INT(hv_domain_restore(c, path, "<domain/>", 0), -1);
	CHECK_STR(errmsg(), "argument unsupported: xml modification "
	    "unsupported");
	CHECK_INT(hv_domain_save(d, path, "<domain/>", 0), -1);
	CHECK_STR(errmsg(), "argument unsupported: xml modification "
	    "unsupported");
out:
	unlink(path);
	hv_domain_free(d);
}

static void
test_sharing(void)
{
	struct hv_conn *a = hv_conn_open("test:///default", 0);
	struct hv_conn *b = hv_conn_open("test:///default", 0);
	struct hv_domain *da, *db;

	CHECK(a && b);
	da = hv_domain_lookup_by_name(a, "test");
	db = hv_domain_lookup_by_name(b, "test");
	CHECK_INT(hv_domain_destroy(da, 0), 0);
	CHECK_INT(hv_domain_is_active(db), 0);
	hv_domain_free(da);
	hv_domain_free(db);
	hv_conn_close(a);
	/* b still holds the state */
	db = hv_domain_lookup_by_name(b, "test");
	CHECK_INT(hv_domain_is_active(db), 0);
	hv_domain_free(db);
	hv_conn_close(b);
	/* the last close dropped it: a new open starts afresh */
	a = hv_conn_open("test:///default", 0);
	da = hv_domain_lookup_by_name(a, "test");
	CHECK(da && da->id == 1);
	CHECK_INT(hv_domain_is_active(da), 1);
	hv_domain_free(da);
	hv_conn_close(a);
}

/* Checks the public API makes before the driver, in libvirt's words. */
static void
test_api_checks(struct hv_conn *c)
{
	struct hv_domain *d = hv_domain_lookup_by_name(c, "test");
	char **msgs = NULL;
	char *s;

	CHECK_INT(hv_domain_set_memory(d, 0, 0), -1);
	CHECK_STR(errmsg(), "memory in virDomainSetMemoryFlags must not be "
	    "zero");
	CHECK_INT(hv_error_last()->code, HV_ERR_INVALID_ARG);
	CHECK_INT(hv_domain_set_memory(d, 9007199254740991ULL, 0), -1);
	CHECK_STR(errmsg(), "numerical overflow: input too large: "
	    "9007199254740991");
	CHECK_INT(hv_domain_set_memory(d, 1024, HV_DOMAIN_AFFECT_LIVE |
	    HV_DOMAIN_AFFECT_CONFIG), -1);
	CHECK_STR(errmsg(), "Flags 'VIR_DOMAIN_AFFECT_LIVE' and "
	    "'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
	CHECK_INT(hv_domain_save(d, "x", NULL, HV_DOMAIN_SAVE_RUNNING |
	    HV_DOMAIN_SAVE_PAUSED), -1);
	CHECK_STR(errmsg(), "Flags 'VIR_DOMAIN_SAVE_RUNNING' and "
	    "'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive");
	CHECK_INT(hv_domain_managed_save(d, HV_DOMAIN_SAVE_RUNNING |
	    HV_DOMAIN_SAVE_PAUSED), -1);
	CHECK_STR(errmsg(), "Flags 'VIR_DOMAIN_SAVE_RUNNING' and "
	    "'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive");
	CHECK_INT(hv_domain_restore(c, "/", NULL, 0), -1);
	CHECK_STR(errmsg(), "incomplete save header in '/': Is a directory");
	CHECK_INT(hv_domain_restore(c, "//nosuch/../x//./y", NULL, 0), -1);
	CHECK_STR(errmsg(), "cannot read domain image '//x/y': No such file "
	    "or directory");
	CHECK_INT(hv_domain_set_metadata(d, HV_DOMAIN_METADATA_TITLE, "a\nb",
	    NULL, NULL, 0), -1);
	CHECK_STR(errmsg(), "metadata title can't contain newlines");
	CHECK(hv_domain_create_xml(c, "<domain type='test'><name>p</name>"
	    "<memory>1024</memory><os><type>hvm</type></os></domain>",
	    HV_DOMAIN_START_PAUSED) == NULL);
	CHECK_STR(errmsg(), "unsupported flags (0x1) in function "
	    "testDomainCreateXML");

	CHECK_INT(hv_domain_set_memory_stats_period(d, 3, 0), 0);
	s = hv_domain_get_xml_desc(d, 0);
	CHECK(s && strstr(s, "<memballoon model='virtio'>\n"
	    "      <stats period='3'/>\n"));
	free(s);
	CHECK_INT(hv_domain_set_memory_stats_period(d, 0, 0), 0);
	s = hv_domain_get_xml_desc(d, 0);
	CHECK(s && !strstr(s, "<stats"));
	free(s);
	CHECK_INT(hv_domain_set_memory_stats_period(d, 3,
	    HV_DOMAIN_AFFECT_LIVE | HV_DOMAIN_AFFECT_CONFIG), -1);
	CHECK_STR(errmsg(), "Flags 'VIR_DOMAIN_AFFECT_LIVE' and "
	    "'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");

	/* test:///default taints nothing */
	CHECK_INT(hv_domain_get_messages(d, &msgs, 0), 0);
	CHECK(msgs == NULL);
	CHECK_INT(hv_domain_get_messages(d, &msgs, 4), -1);
	CHECK_STR(errmsg(), "unsupported flags (0x4) in function "
	    "testDomainGetMessages");
	hv_domain_free(d);
}

/* A node file's domains are tainted by what they use. */
static void
test_messages(void)
{
	static const char node[] =
	    "<node><domain type='test'><name>t</name><memory>1024</memory>"
	    "<os><type>hvm</type><dtb>/x.dtb</dtb></os>"
	    "<cpu><model>Deprecated-Test</model></cpu><devices>"
	    "<disk type='block' device='cdrom'><source dev='/dev/sr0'/>"
	    "<target dev='hdc'/></disk>"
	    "<interface type='bridge'><source bridge='b'/>"
	    "<script path='/s'/></interface></devices></domain></node>\n";
	char path[] = "/tmp/hvsh-unit-XXXXXX";
	struct hv_conn *c;
	struct hv_domain *d;
	char **msgs = NULL, *uri;
	int fd = mkstemp(path);

	CHECK(fd >= 0);
	if (fd < 0)
		return;
	CHECK(write(fd, node, sizeof(node) - 1) == (ssize_t)sizeof(node) - 1);
	close(fd);
	uri = malloc(strlen(path) + 8);
	strcpy(uri, "test://");
	strcat(uri, path);
	c = hv_conn_open(uri, 0);
	d = hv_domain_lookup_by_name(c, "t");
	CHECK(d != NULL);
	CHECK_INT(hv_domain_get_messages(d, &msgs, 0), 5);
	if (msgs) {
		CHECK_STR(msgs[0], "tainted: network configuration using "
		    "opaque shell scripts");
		CHECK_STR(msgs[1], "tainted: use of host cdrom passthrough");
		CHECK_STR(msgs[2], "tainted: custom device tree blob used");
		CHECK_STR(msgs[3], "tainted: use of deprecated configuration "
		    "settings");
		CHECK_STR(msgs[4], "deprecated configuration: CPU model "
		    "Deprecated-Test");
		CHECK(msgs[5] == NULL);
	}
	hv_strv_free(msgs);
	CHECK_INT(hv_domain_get_messages(d, &msgs,
	    HV_DOMAIN_MESSAGE_DEPRECATION), 1);
	hv_strv_free(msgs);
	hv_domain_free(d);
	hv_conn_close(c);
	free(uri);
	unlink(path);
}

static void
test_readonly(void)
{
	struct hv_conn *c = hv_conn_open("test:///default", HV_CONNECT_RO);
	struct hv_domain *d = hv_domain_lookup_by_name(c, "test");
	char *s;

	CHECK(c && d);
	CHECK(hv_conn_is_readonly(c));
	CHECK_INT(hv_domain_destroy(d, 0), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainDestroy");
	CHECK_INT(hv_error_last()->code, HV_ERR_OPERATION_DENIED);
	CHECK(hv_domain_define_xml(c, "<domain/>", 0) == NULL);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainDefineXML");
	CHECK_INT(hv_domain_set_memory(d, 1024, HV_DOMAIN_AFFECT_LIVE), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainSetMemoryFlags");
	CHECK_INT(hv_domain_set_vcpus(d, 1), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainSetVcpus");
	CHECK_INT(hv_domain_set_vcpus_flags(d, 1, HV_DOMAIN_AFFECT_LIVE), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainSetVcpusFlags");
	CHECK_INT(hv_domain_undefine(d, 0), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainUndefineFlags");
	CHECK(hv_domain_define_xml(c, "<domain/>", HV_DOMAIN_DEFINE_VALIDATE)
	    == NULL);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainDefineXMLFlags");
	CHECK(hv_domain_get_hostname(d, 0) == NULL);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainGetHostname");
	/* the refusal comes before the argument checks */
	CHECK_INT(hv_domain_save(d, "x", NULL, HV_DOMAIN_SAVE_RUNNING |
	    HV_DOMAIN_SAVE_PAUSED), -1);
	CHECK_STR(errmsg(), "operation forbidden: read only access prevents "
	    "virDomainSaveFlags");
	CHECK(hv_domain_get_xml_desc(d, HV_DOMAIN_XML_SECURE) == NULL);
	s = hv_domain_get_xml_desc(d, 0);
	CHECK(s != NULL);
	free(s);
	CHECK_INT(hv_domain_is_active(d), 1);
	hv_domain_free(d);
	hv_conn_close(c);
}

int
main(void)
{
	struct hv_conn *c;

	unsetenv("LIBVIRT_DEFAULT_URI");
	test_open_errors();
	c = hv_conn_open("test:///default", 0);
	CHECK(c != NULL);
	if (c) {
		test_host(c);
		test_default_domain(c);
		test_lifecycle(c);
		hv_conn_close(c);
	}
	c = hv_conn_open("test:///default", 0);
	if (c) {
		test_save_restore(c);
		hv_conn_close(c);
	}
	c = hv_conn_open("test:///default", 0);
	if (c) {
		test_api_checks(c);
		hv_conn_close(c);
	}
	test_messages();
	test_sharing();
	test_readonly();
	return unit_done();
}
