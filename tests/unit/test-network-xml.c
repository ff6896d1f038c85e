/*
 * Network XML: parse then format must give what libvirt 9.0 prints (the
 * expected texts were taken from virsh net-dumpxml on test:///default),
 * formatting is stable, and bad documents give libvirt's errors.
 */
#include <stdlib.h>
#include <string.h>

#include "conf/network.h"
#include "error.h"
#include "unit.h"

static const struct {
	const char *name;
	const char *in;
	const char *out;
} ok_cases[] = {
	{ "default network",
	    "<network>\n"
	    "  <name>default</name>\n"
	    "  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>\n"
	    "  <forward mode='nat'/>\n"
	    "  <bridge name='virbr0' stp='on' delay='0'/>\n"
	    "  <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
	    "    <dhcp>\n"
	    "      <range start='192.168.122.2' end='192.168.122.254'/>\n"
	    "    </dhcp>\n"
	    "  </ip>\n"
	    "</network>\n",
	    "<network>\n"
	    "  <name>default</name>\n"
	    "  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>\n"
	    "  <forward mode='nat'/>\n"
	    "  <bridge name='virbr0' stp='on' delay='0'/>\n"
	    "  <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
	    "    <dhcp>\n"
	    "      <range start='192.168.122.2' end='192.168.122.254'/>\n"
	    "    </dhcp>\n"
	    "  </ip>\n"
	    "</network>\n" },
	{ "minimal: bridge defaults",
	    "<network>\n"
	    "  <name>n1</name>\n"
	    "  <uuid>11111111-2222-3333-4444-555555555555</uuid>\n"
	    "</network>\n",
	    "<network>\n"
	    "  <name>n1</name>\n"
	    "  <uuid>11111111-2222-3333-4444-555555555555</uuid>\n"
	    "  <bridge stp='on' delay='0'/>\n"
	    "</network>\n" },
	{ "everything libvirt keeps, in its order",
	    "<network ipv6='yes' trustGuestRxFilters='no'>\n"
	    "  <name>n2</name>\n"
	    "  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5aa</uuid>\n"
	    "  <metadata><app1:foo"
	    " xmlns:app1=\"http://app1.org/app1/\">fooish</app1:foo></met"
	    "adata>\n"
	    "  <forward mode='nat' dev='eth0'><nat><address"
	    " start='1.2.3.4' end='1.2.3.10'/><port start='500'"
	    " end='1000'/></nat><interface dev='eth0'/></forward>\n"
	    "  <bridge name='br9' stp='off' delay='3'"
	    " macTableManager='libvirt' zone='trusted'/>\n"
	    "  <mtu size='9000'/>\n"
	    "  <mac address='52:54:00:AB:cd:01'/>\n"
	    "  <domain name='example.com' localOnly='yes'/>\n"
	    "  <dns enable='yes' forwardPlainNames='no'><forwarder"
	    " addr='8.8.8.8'/><txt name='example' value='example"
	    " value'/><host ip='192.168.122.2'><hostname>myhost</hostname"
	    "></host><srv service='name' protocol='tcp'"
	    " domain='test-domain-name' target='.' port='1024'"
	    " priority='10' weight='10'/></dns>\n"
	    "  <bandwidth><inbound average='1000' peak='5000'"
	    " burst='1024'/></bandwidth>\n"
	    "  <vlan trunk='yes'><tag id='42'/></vlan>\n"
	    "  <port isolated='yes'/>\n"
	    "  <ip address='192.168.122.1' prefix='24' localPtr='yes'>\n"
	    "    <tftp root='/srv/tftp'/>\n"
	    "    <dhcp><range start='192.168.122.2'"
	    " end='192.168.122.254'><lease expiry='1'"
	    " unit='hours'/></range>\n"
	    "    <host mac='00:16:3e:77:e2:ed' name='foo.example.com'"
	    " ip='192.168.122.10'/>\n"
	    "    <bootp file='pxelinux.0' server='1.1.1.1'/></dhcp>\n"
	    "  </ip>\n"
	    "  <ip family='ipv6' address='2001:db8:ca2:2::1' prefix='64'/>\n"
	    "  <route address='192.168.222.0' prefix='24'"
	    " gateway='192.168.122.2'/>\n"
	    "  <portgroup name='engineering'"
	    " default='yes'><bandwidth><inbound"
	    " average='1000'/></bandwidth></portgroup>\n"
	    "  <unknownelem foo='bar'/>\n"
	    "</network>\n",
	    "<network ipv6='yes' trustGuestRxFilters='no'>\n"
	    "  <name>n2</name>\n"
	    "  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5aa</uuid>\n"
	    "  <metadata>\n"
	    "    <app1:foo xmlns:app1=\"http://app1.org/app1/\">fooish</a"
	    "pp1:foo>\n"
	    "  </metadata>\n"
	    "  <forward dev='eth0' mode='nat'>\n"
	    "    <nat>\n"
	    "      <address start='1.2.3.4' end='1.2.3.10'/>\n"
	    "      <port start='500' end='1000'/>\n"
	    "    </nat>\n"
	    "    <interface dev='eth0'/>\n"
	    "  </forward>\n"
	    "  <bridge name='br9' zone='trusted' stp='off' delay='3'"
	    " macTableManager='libvirt'/>\n"
	    "  <mtu size='9000'/>\n"
	    "  <mac address='52:54:00:ab:cd:01'/>\n"
	    "  <domain name='example.com' localOnly='yes'/>\n"
	    "  <dns enable='yes' forwardPlainNames='no'>\n"
	    "    <forwarder addr='8.8.8.8'/>\n"
	    "    <txt name='example' value='example value'/>\n"
	    "    <srv service='name' protocol='tcp'"
	    " domain='test-domain-name' target='.' port='1024'"
	    " priority='10' weight='10'/>\n"
	    "    <host ip='192.168.122.2'>\n"
	    "      <hostname>myhost</hostname>\n"
	    "    </host>\n"
	    "  </dns>\n"
	    "  <vlan trunk='yes'>\n"
	    "    <tag id='42'/>\n"
	    "  </vlan>\n"
	    "  <bandwidth>\n"
	    "    <inbound average='1000' peak='5000' burst='1024'/>\n"
	    "  </bandwidth>\n"
	    "  <port isolated='yes'/>\n"
	    "  <ip address='192.168.122.1' prefix='24' localPtr='yes'>\n"
	    "    <tftp root='/srv/tftp'/>\n"
	    "    <dhcp>\n"
	    "      <range start='192.168.122.2' end='192.168.122.254'>\n"
	    "        <lease expiry='1' unit='hours'/>\n"
	    "      </range>\n"
	    "      <host mac='00:16:3e:77:e2:ed' name='foo.example.com'"
	    " ip='192.168.122.10'/>\n"
	    "      <bootp file='pxelinux.0' server='1.1.1.1'/>\n"
	    "    </dhcp>\n"
	    "  </ip>\n"
	    "  <ip family='ipv6' address='2001:db8:ca2:2::1' prefix='64'>\n"
	    "  </ip>\n"
	    "  <route address='192.168.222.0' prefix='24'"
	    " gateway='192.168.122.2'/>\n"
	    "  <portgroup name='engineering' default='yes'>\n"
	    "    <bandwidth>\n"
	    "      <inbound average='1000'/>\n"
	    "    </bandwidth>\n"
	    "  </portgroup>\n"
	    "</network>\n" },
	{ "bridge mode, attributes and children reordered",
	    "<network>\n"
	    "  <name>n3</name>\n"
	    "  <uuid>0a0abfea-a7cd-4595-b5e9-500ed653c6ce</uuid>\n"
	    "  <forward mode='bridge'/>\n"
	    "  <bridge name='br0'/>\n"
	    "  <mac address='52:54:0:AB:cd:1'/>\n"
	    "  <ip netmask='255.255.255.0' address='10.0.0.1'/>\n"
	    "  <dns><host ip='1.2.3.4'><hostname>a</hostname></host><forw"
	    "arder domain='x' addr='1.1.1.1'/></dns>\n"
	    "</network>\n",
	    "<network>\n"
	    "  <name>n3</name>\n"
	    "  <uuid>0a0abfea-a7cd-4595-b5e9-500ed653c6ce</uuid>\n"
	    "  <forward mode='bridge'/>\n"
	    "  <bridge name='br0'/>\n"
	    "  <mac address='52:54:00:ab:cd:01'/>\n"
	    "  <dns>\n"
	    "    <forwarder domain='x' addr='1.1.1.1'/>\n"
	    "    <host ip='1.2.3.4'>\n"
	    "      <hostname>a</hostname>\n"
	    "    </host>\n"
	    "  </dns>\n"
	    "  <ip address='10.0.0.1' netmask='255.255.255.0'>\n"
	    "  </ip>\n"
	    "</network>\n" },
	{ "forward dev becomes an interface",
	    "<network>\n"
	    "  <name>nd</name>\n"
	    "  <uuid>004b96e12d78c30f5aa5f03c87d21e69</uuid>\n"
	    "  <bridge name='brnd'/>\n"
	    "  <forward dev='eth0'/>\n"
	    "  <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
	    "    <dhcp>\n"
	    "      <range start='192.168.122.128' end='192.168.122.253'/>\n"
	    "    </dhcp>\n"
	    "  </ip>\n"
	    "</network>\n",
	    "<network>\n"
	    "  <name>nd</name>\n"
	    "  <uuid>004b96e1-2d78-c30f-5aa5-f03c87d21e69</uuid>\n"
	    "  <forward dev='eth0' mode='nat'>\n"
	    "    <interface dev='eth0'/>\n"
	    "  </forward>\n"
	    "  <bridge name='brnd' stp='on' delay='0'/>\n"
	    "  <ip address='192.168.122.1' netmask='255.255.255.0'>\n"
	    "    <dhcp>\n"
	    "      <range start='192.168.122.128' end='192.168.122.253'/>\n"
	    "    </dhcp>\n"
	    "  </ip>\n"
	    "</network>\n" },
	{ "empty dhcp and dns dropped",
	    "<network><name>e1</name><uuid>f7614149-ebcb-4a6f-ad68-1c49b0"
	    "8267d8</uuid><ip address=\"1.1.1.1\"><dhcp/></ip><dns/><brid"
	    "ge name=\"x\" stp=\"off\"/><forward mode=\"open\"/></network>",
	    "<network>\n"
	    "  <name>e1</name>\n"
	    "  <uuid>f7614149-ebcb-4a6f-ad68-1c49b08267d8</uuid>\n"
	    "  <forward mode='open'/>\n"
	    "  <bridge name='x' stp='off' delay='0'/>\n"
	    "  <ip address='1.1.1.1'>\n"
	    "  </ip>\n"
	    "</network>\n" },
	{ "hostdev with a pf",
	    "<network><name>hd</name><uuid>f7614149-ebcb-4a6f-ad68-1c49b0"
	    "8267d9</uuid><forward mode='hostdev' managed='yes'><pf"
	    " dev='eth3'/></forward></network>",
	    "<network>\n"
	    "  <name>hd</name>\n"
	    "  <uuid>f7614149-ebcb-4a6f-ad68-1c49b08267d9</uuid>\n"
	    "  <forward mode='hostdev' managed='yes'>\n"
	    "    <pf dev='eth3'/>\n"
	    "  </forward>\n"
	    "</network>\n" },
};

static const struct {
	const char *name;
	const char *in;
	int code;
	const char *msg;
} bad_cases[] = {
	{ "no name", "<network><uuid>dd8fe884-6c02-601e-7551-cca97df1c5aa"
	    "</uuid></network>",
	  HV_ERR_NO_NAME, "missing name information" },
	{ "empty name", "<network><name></name></network>",
	  HV_ERR_NO_NAME, "missing name information" },
	{ "slash in name", "<network><name>a/b</name></network>",
	  HV_ERR_XML_DETAIL, "invalid char in name: /" },
	{ "wrong root", "<netw><name>x</name></netw>",
	  HV_ERR_XML_ERROR,
	  "XML error: expecting root element of 'network', not 'netw'" },
	{ "bad uuid", "<network><name>x</name><uuid>zz</uuid></network>",
	  HV_ERR_INTERNAL_ERROR, "internal error: malformed uuid element" },
	{ "unknown forward mode",
	  "<network><name>x</name><forward mode='foo'/></network>",
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unsupported configuration: unknown forwarding type 'foo'" },
	{ "route without ip",
	  "<network><name>n4</name><forward mode='route'/></network>",
	  HV_ERR_XML_ERROR, "XML error: route forwarding requested, but no "
	  "IP address provided for network 'n4'" },
	{ "nat by default needs an ip",
	  "<network><name>n5</name><forward/></network>",
	  HV_ERR_XML_ERROR, "XML error: nat forwarding requested, but no "
	  "IP address provided for network 'n5'" },
	{ "multicast mac",
	  "<network><name>e2</name><mac address='01:00:00:00:00:00'/>"
	  "<forward mode='bridge'/></network>",
	  HV_ERR_XML_ERROR, "XML error: Invalid multicast bridge mac address "
	  "'01:00:00:00:00:00' in network 'e2'" },
	{ "bad mac", "<network><name>e2</name><mac address='01:00:00'/>"
	  "</network>",
	  HV_ERR_XML_ERROR, "XML error: Invalid bridge mac address "
	  "'01:00:00' in network 'e2'" },
	{ "bridge name in private mode",
	  "<network><name>p</name><forward mode='private' dev='eth0'/>"
	  "<bridge name='br0'/></network>",
	  HV_ERR_XML_ERROR, "XML error: bridge name not allowed in private "
	  "mode (network 'p')" },
	{ "truncated", "<network><name>x</name>",
	  HV_ERR_XML_DETAIL, "(network_definition):1: Premature end of data "
	  "in tag network line 1\n<network><name>x</name>\n"
	  "-----------------------^" },
	{ "empty", "",
	  HV_ERR_XML_DETAIL, "(network_definition):1: Document is empty\n"
	  "(null)\n^" },
};

static void
check_ok(size_t i)
{
	struct hv_network_def *def, *again;
	char *out = NULL, *out2 = NULL;

	def = hv_network_def_parse(ok_cases[i].in, false);
	if (!CHECK(def != NULL)) {
		fprintf(stderr, "  case '%s': %s\n", ok_cases[i].name,
		    hv_error_last() ? hv_error_last()->message : "?");
		return;
	}
	out = hv_network_def_format(def);
	if (!CHECK_STR(out, ok_cases[i].out))
		fprintf(stderr, "  case '%s'\n", ok_cases[i].name);
	/* what we print must read back to the same text */
	again = hv_network_def_parse(out, false);
	if (CHECK(again != NULL)) {
		out2 = hv_network_def_format(again);
		CHECK_STR(out2, out);
	}
	free(out2);
	free(out);
	hv_network_def_free(again);
	hv_network_def_free(def);
}

static void
check_bad(size_t i)
{
	struct hv_network_def *def;
	const struct hv_error *e;

	hv_error_reset();
	def = hv_network_def_parse(bad_cases[i].in, false);
	if (!CHECK(def == NULL)) {
		fprintf(stderr, "  case '%s' parsed\n", bad_cases[i].name);
		hv_network_def_free(def);
		return;
	}
	e = hv_error_last();
	if (!CHECK(e != NULL))
		return;
	if (!CHECK_INT(e->code, bad_cases[i].code) ||
	    !CHECK_STR(e->message, bad_cases[i].msg))
		fprintf(stderr, "  case '%s'\n", bad_cases[i].name);
}

/* Without a <uuid> one is made up, and stays the same when reformatted. */
static void
check_generated_uuid(void)
{
	static const unsigned char zero[HV_UUID_BUFLEN];
	struct hv_network_def *a, *b;
	char *x, *y;

	a = hv_network_def_parse("<network><name>g</name></network>", false);
	if (!CHECK(a != NULL))
		return;
	CHECK(memcmp(a->uuid, zero, sizeof(zero)) != 0);
	x = hv_network_def_format(a);
	b = hv_network_def_parse(x, false);
	if (CHECK(b != NULL)) {
		CHECK(memcmp(a->uuid, b->uuid, sizeof(a->uuid)) == 0);
		y = hv_network_def_format(b);
		CHECK_STR(y, x);
		free(y);
	}
	free(x);
	hv_network_def_free(b);
	hv_network_def_free(a);
}

/* The modelled fields a driver reads. */
static void
check_fields(void)
{
	struct hv_network_def *def = hv_network_def_parse(ok_cases[0].in,
	    false);

	if (!CHECK(def != NULL))
		return;
	CHECK_STR(def->name, "default");
	CHECK_STR(def->bridge, "virbr0");
	CHECK_INT(def->forward, HV_NET_FORWARD_NAT);
	CHECK_STR(hv_net_forward_name(def->forward), "nat");
	CHECK_INT(def->nips, 1);
	hv_network_def_free(def);
}

int
main(void)
{
	for (size_t i = 0; i < sizeof(ok_cases) / sizeof(ok_cases[0]); i++)
		check_ok(i);
	for (size_t i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++)
		check_bad(i);
	check_generated_uuid();
	check_fields();
	return unit_done();
}
