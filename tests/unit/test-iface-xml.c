/*
 * Host interface XML: parse then format must give what libvirt 9.0
 * prints (expected texts taken from virsh iface-dumpxml on
 * test:///default and on node files holding these interfaces), and bad
 * definitions give libvirt's errors.
 */
#include <stdlib.h>
#include <string.h>

#include "conf/interface.h"
#include "error.h"
#include "unit.h"

static const struct {
	const char *name;
	const char *in;
	const char *out;
} ok_cases[] = {
	{ "default eth1",
	    "<interface type='ethernet' name='eth1'>\n"
	    "  <start mode='onboot'/>\n"
	    "  <mtu size='1492'/>\n"
	    "  <protocol family='ipv4'>\n"
	    "    <ip address='192.168.0.5' prefix='24'/>\n"
	    "    <route gateway='192.168.0.1'/>\n"
	    "  </protocol>\n"
	    "  <mac address='aa:bb:cc:dd:ee:ff'/>\n"
	    "</interface>\n",
	    "<interface type='ethernet' name='eth1'>\n"
	    "  <start mode='onboot'/>\n"
	    "  <mtu size='1492'/>\n"
	    "  <protocol family='ipv4'>\n"
	    "    <ip address='192.168.0.5' prefix='24'/>\n"
	    "    <route gateway='192.168.0.1'/>\n"
	    "  </protocol>\n"
	    "  <mac address='aa:bb:cc:dd:ee:ff'/>\n"
	    "</interface>\n" },
	{ "node.xml eth2",
	    "<interface type=\"ethernet\" name=\"eth2\">\n"
	    "  <mac address=\"AA:bb:cc:dd:ee:02\"/>\n"
	    "  <link speed=\"1000\" state=\"up\"/>\n"
	    "  <protocol family=\"ipv6\"><dhcp/><autoconf/><ip"
	    " address=\"::1\" prefix=\"64\"/><route"
	    " gateway=\"::2\"/></protocol>\n"
	    "  <protocol family=\"ipv4\"><dhcp peerdns=\"no\"/></protocol>\n"
	    "  <start mode=\"hotplug\"/>\n"
	    "  <mtu size=\"1500\"/>\n"
	    "  <foo/>\n"
	    "</interface>",
	    "<interface type='ethernet' name='eth2'>\n"
	    "  <start mode='hotplug'/>\n"
	    "  <mtu size='1500'/>\n"
	    "  <protocol family='ipv6'>\n"
	    "    <autoconf/>\n"
	    "    <dhcp/>\n"
	    "    <ip address='::1' prefix='64'/>\n"
	    "    <route gateway='::2'/>\n"
	    "  </protocol>\n"
	    "  <protocol family='ipv4'>\n"
	    "    <dhcp peerdns='no'/>\n"
	    "  </protocol>\n"
	    "  <link speed='1000' state='up'/>\n"
	    "  <mac address='AA:bb:cc:dd:ee:02'/>\n"
	    "</interface>\n" },
	{ "node.xml br0",
	    "<interface type=\"bridge\" name=\"br0\">\n"
	    "  <start mode=\"onboot\"/>\n"
	    "  <protocol family=\"ipv4\"><ip address=\"192.168.0.5\""
	    " prefix=\"24\"/></protocol>\n"
	    "  <bridge stp=\"off\" delay=\"0.01\">\n"
	    "    <interface type=\"ethernet\" name=\"eth0\"><mac"
	    " address=\"ab:bb:cc:dd:ee:ff\"/></interface>\n"
	    "    <interface type=\"ethernet\" name=\"eth9\"/>\n"
	    "  </bridge>\n"
	    "</interface>",
	    "<interface type='bridge' name='br0'>\n"
	    "  <start mode='onboot'/>\n"
	    "  <protocol family='ipv4'>\n"
	    "    <ip address='192.168.0.5' prefix='24'/>\n"
	    "  </protocol>\n"
	    "  <bridge stp='off' delay='0.01'>\n"
	    "    <interface type='ethernet' name='eth0'>\n"
	    "      <mac address='ab:bb:cc:dd:ee:ff'/>\n"
	    "    </interface>\n"
	    "    <interface type='ethernet' name='eth9'>\n"
	    "    </interface>\n"
	    "  </bridge>\n"
	    "</interface>\n" },
	{ "node.xml bond0",
	    "<interface type=\"bond\" name=\"bond0\">\n"
	    "  <start mode=\"none\"/>\n"
	    "  <bond mode=\"active-backup\">\n"
	    "    <miimon freq=\"100\" updelay=\"10\" carrier=\"ioctl\"/>\n"
	    "    <interface type=\"ethernet\" name=\"eth3\"><mac"
	    " address=\"ab:bb:cc:dd:ee:f3\"/></interface>\n"
	    "    <interface type=\"ethernet\" name=\"eth4\"/>\n"
	    "  </bond>\n"
	    "</interface>",
	    "<interface type='bond' name='bond0'>\n"
	    "  <start mode='none'/>\n"
	    "  <bond mode='active-backup'>\n"
	    "    <miimon freq='100' updelay='10' carrier='ioctl'/>\n"
	    "    <interface type='ethernet' name='eth3'>\n"
	    "      <mac address='ab:bb:cc:dd:ee:f3'/>\n"
	    "    </interface>\n"
	    "    <interface type='ethernet' name='eth4'>\n"
	    "    </interface>\n"
	    "  </bond>\n"
	    "</interface>\n" },
	{ "node.xml eth0.42",
	    "<interface type=\"vlan\" name=\"eth0.42\">\n"
	    "  <start mode=\"onboot\"/>\n"
	    "  <vlan tag=\"42\"><interface name=\"eth0\"/></vlan>\n"
	    "</interface>",
	    "<interface type='vlan' name='eth0.42'>\n"
	    "  <start mode='onboot'/>\n"
	    "  <vlan tag='42'>\n"
	    "    <interface name='eth0'/>\n"
	    "  </vlan>\n"
	    "</interface>\n" },
	{ "node.xml eth0",
	    "<interface type=\"ethernet\" name=\"eth0\">\n"
	    "</interface>",
	    "<interface type='ethernet' name='eth0'>\n"
	    "</interface>\n" },
	{ "node2.xml br1",
	    "<interface type=\"bridge\" name=\"br1\">\n"
	    "  <protocol family=\"ipv4\"/>\n"
	    "  <bridge>\n"
	    "    <interface type=\"bond\" name=\"bond1\"><bond><arpmon"
	    " interval=\"100\" target=\"192.168.1.1\""
	    " validate=\"active\"/><interface type=\"ethernet\""
	    " name=\"eth7\"/></bond></interface>\n"
	    "    <interface type=\"vlan\" name=\"v.1\"><vlan"
	    " tag=\"1\"><interface name=\"eth8\"/></vlan></interface>\n"
	    "  </bridge>\n"
	    "  <mtu size=\"100\"/>\n"
	    "</interface>",
	    "<interface type='bridge' name='br1'>\n"
	    "  <mtu size='100'/>\n"
	    "  <protocol family='ipv4'>\n"
	    "  </protocol>\n"
	    "  <bridge>\n"
	    "    <interface type='bond' name='bond1'>\n"
	    "      <bond>\n"
	    "        <arpmon interval='100' target='192.168.1.1'"
	    " validate='active'/>\n"
	    "        <interface type='ethernet' name='eth7'>\n"
	    "        </interface>\n"
	    "      </bond>\n"
	    "    </interface>\n"
	    "    <interface type='vlan' name='v.1'>\n"
	    "      <vlan tag='1'>\n"
	    "        <interface name='eth8'/>\n"
	    "      </vlan>\n"
	    "    </interface>\n"
	    "  </bridge>\n"
	    "</interface>\n" },
	{ "node2.xml eth3",
	    "<interface type=\"ethernet\" name=\"eth3\"><link"
	    " state=\"down\"/><protocol family=\"ipv4\"><dhcp/><ip"
	    " address=\"1.1.1.1\"/></protocol><mac"
	    " address=\"aa:aa:aa:aa:aa:aa\"/></interface>",
	    "<interface type='ethernet' name='eth3'>\n"
	    "  <protocol family='ipv4'>\n"
	    "    <dhcp/>\n"
	    "    <ip address='1.1.1.1'/>\n"
	    "  </protocol>\n"
	    "  <link state='down'/>\n"
	    "  <mac address='aa:aa:aa:aa:aa:aa'/>\n"
	    "</interface>\n" },
	{ "node3.xml br1",
	    "<interface type=\"bridge\" name=\"br1\">\n"
	    "  <bridge>\n"
	    "    <interface type=\"ethernet\" name=\"eth7\"><start"
	    " mode=\"onboot\"/><mtu size=\"1000\"/><protocol"
	    " family=\"ipv4\"><dhcp/></protocol><mac"
	    " address=\"11:22:33:44:55:66\"/></interface>\n"
	    "  </bridge>\n"
	    "</interface>",
	    "<interface type='bridge' name='br1'>\n"
	    "  <bridge>\n"
	    "    <interface type='ethernet' name='eth7'>\n"
	    "      <mac address='11:22:33:44:55:66'/>\n"
	    "    </interface>\n"
	    "  </bridge>\n"
	    "</interface>\n" },
	{ "node3.xml bond1",
	    "<interface type=\"bond\" name=\"bond1\"><bond"
	    " mode=\"802.3ad\"><miimon freq=\"1\"/><interface"
	    " type=\"ethernet\" name=\"eth8\"/></bond></interface>",
	    "<interface type='bond' name='bond1'>\n"
	    "  <bond mode='802.3ad'>\n"
	    "    <miimon freq='1'/>\n"
	    "    <interface type='ethernet' name='eth8'>\n"
	    "    </interface>\n"
	    "  </bond>\n"
	    "</interface>\n" },
};

static const struct {
	const char *name;
	const char *in;
	const char *msg;
} bad_cases[] = {
	{ "unknown type", "<interface type='foo' name='x'/>",
	  "XML error: Invalid value for attribute 'type' in element "
	  "'interface': 'foo'." },
	{ "no type", "<interface name='x'/>",
	  "XML error: Missing required attribute 'type' in element "
	  "'interface'" },
	{ "no name", "<interface type='ethernet'/>",
	  "XML error: interface has no name" },
	{ "bad start mode", "<interface type='ethernet' name='x'>"
	  "<start mode='bad'/></interface>",
	  "XML error: unknown interface startmode bad" },
	{ "bridge without bridge", "<interface type='bridge' name='b'/>",
	  "XML error: bridge interface misses the bridge element" },
	{ "vlan without tag", "<interface type='vlan' name='b'><vlan/>"
	  "</interface>",
	  "XML error: vlan interface misses the tag attribute" },
	{ "vlan without device", "<interface type='vlan' name='b'>"
	  "<vlan tag='1'/></interface>",
	  "XML error: vlan interface misses name attribute" },
	{ "protocol without family", "<interface type='ethernet' name='b'>"
	  "<protocol/></interface>",
	  "XML error: protocol misses the family attribute" },
	{ "bad bond mode", "<interface type='bond' name='b1'>"
	  "<bond mode='nope'><interface type='ethernet' name='e'/></bond>"
	  "</interface>",
	  "XML error: unknown bonding mode nope" },
	{ "wrong root", "<network/>",
	  "XML error: expecting root element of 'interface', not 'network'" },
};

static void
check_ok(size_t i)
{
	struct hv_iface_def *def, *again;
	char *out = NULL, *out2 = NULL;

	def = hv_iface_def_parse(ok_cases[i].in);
	if (!CHECK(def != NULL)) {
		fprintf(stderr, "  case '%s': %s\n", ok_cases[i].name,
		    hv_error_last() ? hv_error_last()->message : "?");
		return;
	}
	out = hv_iface_def_format(def);
	if (!CHECK_STR(out, ok_cases[i].out))
		fprintf(stderr, "  case '%s'\n", ok_cases[i].name);
	again = hv_iface_def_parse(out);
	if (CHECK(again != NULL)) {
		out2 = hv_iface_def_format(again);
		CHECK_STR(out2, out);
	}
	free(out2);
	free(out);
	hv_iface_def_free(again);
	hv_iface_def_free(def);
}

static void
check_bad(size_t i)
{
	struct hv_iface_def *def;
	const struct hv_error *e;

	hv_error_reset();
	def = hv_iface_def_parse(bad_cases[i].in);
	if (!CHECK(def == NULL)) {
		fprintf(stderr, "  case '%s' parsed\n", bad_cases[i].name);
		hv_iface_def_free(def);
		return;
	}
	e = hv_error_last();
	if (CHECK(e != NULL) && !CHECK_STR(e->message, bad_cases[i].msg))
		fprintf(stderr, "  case '%s'\n", bad_cases[i].name);
}

/* The fields the driver reads; libvirt keeps the MAC's case. */
static void
check_fields(void)
{
	struct hv_iface_def *def = hv_iface_def_parse(
	    "<interface type='ethernet' name='eth2'>"
	    "<mac address='AA:bb:cc:dd:ee:02'/></interface>");

	if (!CHECK(def != NULL))
		return;
	CHECK_STR(def->name, "eth2");
	CHECK_STR(def->mac, "AA:bb:cc:dd:ee:02");
	CHECK_INT(def->type, HV_IFACE_ETHERNET);
	hv_iface_def_free(def);
}

int
main(void)
{
	for (size_t i = 0; i < sizeof(ok_cases) / sizeof(ok_cases[0]); i++)
		check_ok(i);
	for (size_t i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++)
		check_bad(i);
	check_fields();
	return unit_done();
}
