/*
 * Node files of the test driver (test:///PATH): every malformed or
 * self-contradicting file refuses the connection with libvirt's exact
 * message; good files give the objects they describe, with the IDs,
 * states and sizes libvirt gives them.  Files are written to a fresh
 * temporary directory; '@' in an expected message stands for the node
 * file's path, '%' for the directory's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hv.h"
#include "unit.h"
#include "util/buf.h"

#define NS "xmlns:test='http://libvirt.org/schemas/domain/test/1.0'"
#define DOM(name, extra) \
	"<domain type='test'><name>" name "</name><memory>1024</memory>" \
	"<os><type>hvm</type></os>" extra "</domain>"

static char dir[64];

static void
write_file(const char *name, const char *text)
{
	char path[256];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	if (f == NULL) {
		perror(path);
		exit(1);
	}
	fputs(text, f);
	fclose(f);
}

/* want with '@' -> path and '%' -> dir; caller releases. */
static void
expand(struct hv_buf *b, const char *want, const char *path)
{
	for (const char *p = want; *p; p++) {
		if (*p == '@')
			hv_buf_add(b, path);
		else if (*p == '%')
			hv_buf_add(b, dir);
		else
			hv_buf_addc(b, *p);
	}
}

static struct hv_conn *
open_text(const char *text, char *path, size_t len)
{
	char uri[300];

	snprintf(path, len, "%s/node.xml", dir);
	write_file("node.xml", text);
	snprintf(uri, sizeof(uri), "test://%s", path);
	return hv_conn_open(uri, 0);
}

static void
test_bad_files(void)
{
	static const struct {
		const char *text;
		const char *msg;
	} cases[] = {
		{ "", "@:1: Document is empty\n(null)\n^" },
		{ "<node><domain>", "@:1: Premature end of data in tag domain "
		  "line 1\n<node><domain>\n--------------^" },
		{ "hello\n", "@:1: Start tag expected, '<' not found\n"
		  "hello\n^" },
		{ "<node/>\n<junk", "@:2: Extra content at the end of the "
		  "document\n<junk\n^" },
		{ "<domain/>", "XML error: expecting root element of 'node', "
		  "not 'domain'" },
		{ "<node><cpu><nodes>x</nodes></cpu></node>",
		  "XML error: invalid node cpu nodes value" },
		{ "<node><cpu><sockets>-1</sockets></cpu></node>",
		  "XML error: invalid node cpu sockets value" },
		{ "<node><cpu><cores>2 </cores></cpu></node>",
		  "XML error: invalid node cpu cores value" },
		{ "<node><cpu><threads>99999999999</threads></cpu></node>",
		  "XML error: invalid node cpu threads value" },
		{ "<node><cpu><active>a</active></cpu></node>",
		  "XML error: invalid node cpu active value" },
		{ "<node><cpu><mhz>1.5</mhz></cpu></node>",
		  "XML error: invalid node cpu mhz value" },
		{ "<node><memory>lots</memory></node>",
		  "XML error: invalid node memory value" },
		{ "<node><cpu><model>0123456789012345678901234567890123"
		  "</model></cpu></node>", "internal error: Model "
		  "0123456789012345678901234567890123 too big for destination" },
		/* node info is read first, wherever it stands */
		{ "<node><domain/><cpu><mhz>x</mhz></cpu></node>",
		  "XML error: invalid node cpu mhz value" },
		/* and a syntax error anywhere beats everything */
		{ "<node><domain/><cpu><mhz>x</mhz></cpu></node><x",
		  "@:1: Extra content at the end of the document\n"
		  "<node><domain/><cpu><mhz>x</mhz></cpu></node><x\n"
		  "---------------------------------------------^" },
		{ "<node><domain><name>x</name></domain></node>",
		  "internal error: missing domain type attribute" },
		{ "<node><domain type='test'><memory>1</memory></domain>"
		  "</node>", "missing name information" },
		{ "<node>" DOM("a", "<test:runstate>8</test:runstate>")
		  "</node>", NULL },
		{ "<node " NS ">" DOM("a", "<test:runstate>8</test:runstate>")
		  "</node>", "XML error: runstate '8' out of range'" },
		{ "<node " NS ">" DOM("a", "<test:runstate>x</test:runstate>")
		  "</node>", "XML error: invalid runstate" },
		{ "<node " NS ">" DOM("a", "<test:runstate>-1</test:runstate>")
		  "</node>", "XML error: invalid runstate" },
		{ "<node " NS ">" DOM("a", "<test:runstate>5</test:runstate>"
		  "<test:transient/>") "</node>", "XML error: transient domain "
		  "cannot have runstate 'shutoff'" },
		{ "<node " NS ">" DOM("a", "<test:hasmanagedsave/>") "</node>",
		  "XML error: domain with managedsave data can only have "
		  "runstate 'shutoff'" },
		/* the namespace is read before libvirt's post-parse checks */
		{ "<node " NS "><domain type='test'><name>a</name><os><type>"
		  "hvm</type></os><test:runstate>9</test:runstate></domain>"
		  "</node>", "XML error: runstate '9' out of range'" },
		{ "<node><domain type='test'><name>a</name><os><type>hvm"
		  "</type></os></domain></node>", "XML error: Memory size "
		  "must be specified via <memory> or in the <numa> "
		  "configuration" },
		{ "<node>" DOM("a", "<uuid>6695eb01-f6a4-8304-79aa-"
		  "97f2502e193f</uuid>") DOM("b", "<uuid>6695eb01-f6a4-8304-"
		  "79aa-97f2502e193f</uuid>") "</node>", "operation failed: "
		  "domain 'a' is already defined with uuid "
		  "6695eb01-f6a4-8304-79aa-97f2502e193f" },
		{ "<node>" DOM("a", "<uuid>6695eb01-f6a4-8304-79aa-"
		  "97f2502e193f</uuid>") DOM("a", "<uuid>6695eb01-f6a4-8304-"
		  "79aa-97f2502e193e</uuid>") "</node>", "operation failed: "
		  "domain 'a' already exists with uuid "
		  "6695eb01-f6a4-8304-79aa-97f2502e193f" },
		{ "<node><network file='nothere.xml'/></node>",
		  "XML error: failed to parse xml document '%/nothere.xml'" },
		{ "<node><domain file='net.xml'/></node>",
		  "XML error: expecting root element of 'domain', not "
		  "'network'" },
		{ "<node><pool type='dir'><name>p</name><target><path>/p"
		  "</path></target><volume file='nothere.xml'/></pool></node>",
		  "XML error: failed to parse xml document '%/nothere.xml'" },
		{ "<node><domain file=''/></node>",
		  "%/:1: Document is empty\n(null)\n^" },
		{ "<node><auth><user password='pw'></user></auth></node>",
		  "XML error: missing username in /node/auth/user field" },
		{ "<node><auth><user password='pw'>joe</user></auth></node>",
		  "authentication failed: authentication failed, see test XML "
		  "for the correct username/password" },
	};
	char path[256];

	write_file("net.xml", "<network><name>n</name></network>");
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct hv_conn *conn = open_text(cases[i].text, path,
		    sizeof(path));
		const struct hv_error *e = hv_error_last();
		struct hv_buf want = HV_BUF_INIT;

		if (cases[i].msg == NULL) {
			/* an undeclared prefix: the element is ignored */
			CHECK(conn != NULL);
			hv_conn_close(conn);
			continue;
		}
		expand(&want, cases[i].msg, path);
		if (!CHECK(conn == NULL))
			fprintf(stderr, "  case %zu\n", i);
		if (!CHECK_STR(e ? e->message : NULL, hv_buf_str(&want)))
			fprintf(stderr, "  case %zu\n", i);
		hv_conn_close(conn);
		hv_buf_release(&want);
	}
	CHECK(hv_conn_open("test:///nonexistent/node.xml", 0) == NULL);
	CHECK_STR(hv_error_last()->message, "XML error: failed to parse xml "
	    "document '/nonexistent/node.xml'");
}

static const char good[] =
	"<node " NS ">\n"
	"  <domain type='test'><name>zeta</name><memory>1024</memory>"
	"<os><type>hvm</type></os></domain>\n"
	"  <domain file='sub/dom.xml'/>\n"
	"  <domain type='kvm'><name>Alpha</name><memory>2048</memory>"
	"<os><type>hvm</type></os><test:runstate>5</test:runstate>"
	"<test:hasmanagedsave/></domain>\n"
	"  <domain type='test'><name>beta</name><memory>1024</memory>"
	"<os><type>hvm</type></os><test:runstate>3</test:runstate>"
	"<test:transient/></domain>\n"
	"  <unknown/>\n"
	"  <memory>8192000</memory>\n"
	"  <cpu><mhz>6000</mhz><model>i986</model><active>50</active>"
	"<nodes>4</nodes><sockets>4</sockets><cores>4</cores>"
	"<threads>2</threads></cpu>\n"
	"  <network file='sub/net.xml'/>\n"
	"  <interface type='ethernet' name='eth7'><mac "
	"address='aa:bb:cc:dd:ee:01'/></interface>\n"
	"  <pool file='sub/pool.xml'><volume><name>lost</name>"
	"<capacity>1</capacity></volume></pool>\n"
	"  <pool type='dir'><name>inline</name><target><path>/in</path>"
	"</target><volume><name>a</name><capacity>1000</capacity>"
	"<allocation>10</allocation></volume><volume file='sub/vol.xml'/>"
	"</pool>\n"
	"  <device><name>mydev</name><capability type='system'><hardware>"
	"<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware>"
	"</capability></device>\n"
	"</node>\n";

static void
test_good_file(void)
{
	struct hv_conn *conn, *conn2;
	struct hv_node_info ni;
	struct hv_domain **doms = NULL;
	struct hv_domain *d;
	struct hv_pool *p;
	struct hv_pool_info pi;
	struct hv_vol *v;
	struct hv_vol_info vi;
	struct hv_network *net;
	struct hv_iface *ifc;
	struct hv_nodedev *dev;
	char path[256], sub[128], *s;
	int n, state, reason;

	snprintf(sub, sizeof(sub), "%s/sub", dir);
	mkdir(sub, 0755);
	write_file("sub/dom.xml", "<domain type='test'><name>ext</name>"
	    "<memory>4096</memory><os><type>hvm</type></os></domain>");
	write_file("sub/net.xml", "<network><name>extnet</name>"
	    "<bridge name='virbr9'/></network>");
	write_file("sub/pool.xml", "<pool type='dir'><name>extpool</name>"
	    "<target><path>/ext</path></target><volume><name>kept</name>"
	    "<capacity>2048</capacity></volume></pool>");
	write_file("sub/vol.xml", "<volume><name>c</name><key>k</key>"
	    "<capacity>8192</capacity><allocation>0</allocation>"
	    "<target><path>/else/c</path></target></volume>");
	conn = open_text(good, path, sizeof(path));
	if (!CHECK(conn != NULL)) {
		fprintf(stderr, "  %s\n", hv_error_last()->message);
		return;
	}

	CHECK_INT(hv_node_get_info(conn, &ni), 0);
	CHECK_STR(ni.model, "i986");
	CHECK_INT(ni.cpus, 50);
	CHECK_INT(ni.mhz, 6000);
	CHECK_INT(ni.nodes, 4);
	CHECK_INT(ni.memory, 8192000);

	n = hv_conn_list_all_domains(conn, &doms, HV_LIST_DOMAINS_ACTIVE |
	    HV_LIST_DOMAINS_INACTIVE);
	CHECK_INT(n, 4);
	hv_domain_list_free(doms, n);
	/* IDs in document order, external files included */
	d = hv_domain_lookup_by_id(conn, 1);
	CHECK_STR(d ? d->name : NULL, "zeta");
	hv_domain_free(d);
	d = hv_domain_lookup_by_id(conn, 2);
	CHECK_STR(d ? d->name : NULL, "ext");
	hv_domain_free(d);
	d = hv_domain_lookup_by_id(conn, 3);
	CHECK_STR(d ? d->name : NULL, "beta");
	CHECK_INT(hv_domain_get_state(d, &state, &reason, 0), 0);
	CHECK_INT(state, HV_DOMAIN_PAUSED);
	CHECK_INT(reason, 0);
	CHECK_INT(hv_domain_is_persistent(d), 0);
	hv_domain_free(d);
	d = hv_domain_lookup_by_name(conn, "Alpha");
	CHECK_INT(d ? d->id : 0, -1);
	CHECK_INT(hv_domain_has_managed_save(d, 0), 1);
	CHECK_INT(hv_domain_is_persistent(d), 1);
	hv_domain_free(d);

	net = hv_network_lookup_by_name(conn, "extnet");
	CHECK_INT(hv_network_is_active(net), 1);
	hv_network_free(net);
	ifc = hv_iface_lookup_by_name(conn, "eth7");
	CHECK_INT(hv_iface_is_active(ifc), 1);
	hv_iface_free(ifc);
	dev = hv_nodedev_lookup_by_name(conn, "mydev");
	CHECK(dev != NULL);
	hv_nodedev_free(dev);

	/* the external pool replaced its element: 'lost' is gone */
	p = hv_pool_lookup_by_name(conn, "extpool");
	CHECK_INT(hv_pool_get_info(p, &pi), 0);
	CHECK_INT(pi.capacity, 100ULL << 30);
	CHECK_INT(pi.allocation, 2048);
	CHECK_INT(pi.available, (100ULL << 30) - 2048);
	CHECK(hv_vol_lookup_by_name(p, "lost") == NULL);
	v = hv_vol_lookup_by_name(p, "kept");
	s = v ? hv_vol_get_path(v) : NULL;
	CHECK_STR(s, "/ext/kept");
	CHECK_STR(v ? v->key : NULL, "/ext/kept");
	free(s);
	hv_vol_free(v);
	hv_pool_free(p);
	p = hv_pool_lookup_by_name(conn, "inline");
	CHECK_INT(hv_pool_get_info(p, &pi), 0);
	CHECK_INT(pi.allocation, 10);
	v = hv_vol_lookup_by_name(p, "c");
	s = v ? hv_vol_get_path(v) : NULL;
	CHECK_STR(s, "/else/c");
	CHECK_STR(v ? v->key : NULL, "k");
	CHECK_INT(hv_vol_get_info(v, &vi, 0), 0);
	CHECK_INT(vi.allocation, 0);
	free(s);
	hv_vol_free(v);
	hv_pool_free(p);

	/* each connection parses the file anew: private state */
	conn2 = open_text(good, path, sizeof(path));
	d = hv_domain_lookup_by_name(conn, "zeta");
	CHECK_INT(hv_domain_destroy(d, 0), 0);
	hv_domain_free(d);
	d = hv_domain_lookup_by_name(conn2, "zeta");
	CHECK_INT(d ? d->id : 0, 1);
	CHECK_INT(hv_domain_is_active(d), 1);
	hv_domain_free(d);
	hv_conn_close(conn2);
	hv_conn_close(conn);
}

/* A running domain's live and config definitions part on a change. */
static void
test_split(void)
{
	struct hv_conn *conn;
	struct hv_domain *d;
	struct hv_domain_info info;
	char path[256];

	conn = open_text("<node>" DOM("a", "") "</node>", path, sizeof(path));
	d = hv_domain_lookup_by_name(conn, "a");
	CHECK_INT(hv_domain_set_memory(d, 512, HV_DOMAIN_AFFECT_LIVE), 0);
	CHECK_INT(hv_domain_get_info(d, &info), 0);
	CHECK_INT(info.memory, 512);
	CHECK_INT(hv_domain_destroy(d, 0), 0);
	CHECK_INT(hv_domain_get_info(d, &info), 0);
	CHECK_INT(info.memory, 1024);
	CHECK_INT(hv_domain_create(d, 0), 0);
	CHECK_INT(hv_domain_set_memory(d, 256, HV_DOMAIN_AFFECT_CONFIG), 0);
	CHECK_INT(hv_domain_get_info(d, &info), 0);
	CHECK_INT(info.memory, 1024);
	CHECK_INT(hv_domain_destroy(d, 0), 0);
	CHECK_INT(hv_domain_get_info(d, &info), 0);
	CHECK_INT(info.memory, 256);
	hv_domain_free(d);
	hv_conn_close(conn);
}

int
main(void)
{
	char cmd[128];

	snprintf(dir, sizeof(dir), "/tmp/hvsh-node.XXXXXX");
	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	test_bad_files();
	test_good_file();
	test_split();
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	return unit_done();
}
