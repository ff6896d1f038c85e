/* The built-in host of test:///default: its objects and texts. */
#include "drivers/test/test.h"

#include "util/buf.h"

const char test_default_domain_xml[] =
	"<domain type='test'>"
	"<name>test</name>"
	"<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>"
	"<memory>8388608</memory>"
	"<currentMemory>2097152</currentMemory>"
	"<vcpu>2</vcpu>"
	"<os><type>hvm</type></os>"
	"<devices>"
	"<disk type='file'>"
	"<source file='/guest/diskimage1'/>"
	"<target dev='vda' bus='virtio'/>"
	"<address type='pci' domain='0' bus='1' slot='0' function='0'/>"
	"</disk>"
	"<interface type='network'>"
	"<mac address='aa:bb:cc:dd:ee:ff'/>"
	"<source network='default'/>"
	"<address type='pci' domain='0' bus='0' slot='1' function='0'/>"
	"</interface>"
	"<memballoon model='virtio'>"
	"<address type='pci' domain='0' bus='0' slot='2' function='0'/>"
	"</memballoon>"
	"</devices>"
	"</domain>";

const char test_default_network_xml[] =
	"<network>"
	"<name>default</name>"
	"<uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>"
	"<forward mode='nat'/>"
	"<bridge name='virbr0' stp='on' delay='0'/>"
	"<ip address='192.168.122.1' netmask='255.255.255.0'>"
	"<dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp>"
	"</ip>"
	"</network>";

const char test_default_pool_xml[] =
	"<pool type='dir'>"
	"<name>default-pool</name>"
	"<uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>"
	"<capacity unit='bytes'>107374182400</capacity>"
	"<allocation unit='bytes'>0</allocation>"
	"<available unit='bytes'>107374182400</available>"
	"<source></source>"
	"<target><path>/default-pool</path></target>"
	"</pool>";

const char test_default_iface_xml[] =
	"<interface type='ethernet' name='eth1'>"
	"<start mode='onboot'/>"
	"<mtu size='1492'/>"
	"<protocol family='ipv4'>"
	"<ip address='192.168.0.5' prefix='24'/>"
	"<route gateway='192.168.0.1'/>"
	"</protocol>"
	"<mac address='aa:bb:cc:dd:ee:ff'/>"
	"</interface>";

const char *const test_default_nodedev_xml[] = {
	"<device><name>computer</name>"
	"<capability type='system'>"
	"<hardware><vendor>Libvirt</vendor><version>Test driver</version>"
	"<serial>123456</serial>"
	"<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware>"
	"<firmware><vendor>Libvirt</vendor><version>Test Driver</version>"
	"<release_date>01/22/2007</release_date></firmware>"
	"</capability></device>",
	"<device><name>scsi_host1</name><parent>computer</parent>"
	"<capability type='scsi_host'><host>1</host><unique_id>0</unique_id>"
	"<capability type='fc_host'><wwnn>2000000012341234</wwnn>"
	"<wwpn>1000000012341234</wwpn>"
	"<fabric_wwn>2000000043214321</fabric_wwn></capability>"
	"<capability type='vport_ops'><max_vports>127</max_vports>"
	"<vports>1</vports></capability>"
	"</capability></device>",
	"<device><name>scsi_host2</name><parent>computer</parent>"
	"<capability type='scsi_host'><host>2</host><unique_id>1</unique_id>"
	"<capability type='fc_host'><wwnn>2000000056785678</wwnn>"
	"<wwpn>1000000056785678</wwpn>"
	"<fabric_wwn>2000000087658765</fabric_wwn></capability>"
	"<capability type='vport_ops'><max_vports>127</max_vports>"
	"<vports>0</vports></capability>"
	"</capability></device>",
	"<device><name>scsi_host11</name><parent>scsi_host1</parent>"
	"<capability type='scsi_host'><host>11</host>"
	"<unique_id>10</unique_id>"
	"<capability type='fc_host'><wwnn>2000000034563456</wwnn>"
	"<wwpn>1000000034563456</wwpn>"
	"<fabric_wwn>2000000043214321</fabric_wwn></capability>"
	"</capability></device>",
	NULL
};

static void
add_guest(struct hv_buf *b, const char *os_type)
{
	hv_buf_addf(b,
	    "  <guest>\n"
	    "    <os_type>%s</os_type>\n"
	    "    <arch name='i686'>\n"
	    "      <wordsize>32</wordsize>\n"
	    "      <emulator>/usr/bin/test-hv</emulator>\n"
	    "      <domain type='test'/>\n"
	    "    </arch>\n"
	    "    <features>\n"
	    "      <pae/>\n"
	    "      <nonpae/>\n"
	    "    </features>\n"
	    "  </guest>\n"
	    "\n", os_type);
}

static void
add_cells(struct hv_buf *b, const struct test_state *st)
{
	unsigned int cpu = 0;

	hv_buf_addf(b, "    <topology>\n      <cells num='%d'>\n", st->ncells);
	for (int i = 0; i < st->ncells; i++) {
		const struct test_cell *c = &st->cells[i];

		hv_buf_addf(b,
		    "        <cell id='%d'>\n"
		    "          <memory unit='KiB'>%llu</memory>\n"
		    "          <pages unit='KiB' size='%u'>%llu</pages>\n"
		    "          <pages unit='KiB' size='2048'>0</pages>\n"
		    "          <pages unit='KiB' size='1048576'>0</pages>\n"
		    "          <cpus num='%u'>\n", i, c->mem, c->page_kib,
		    c->mem / c->page_kib, c->ncpus);
		for (unsigned int k = 0; k < c->ncpus; k++, cpu++)
			hv_buf_addf(b,
			    "            <cpu id='%u' socket_id='%d' "
			    "die_id='0' core_id='%u' siblings='%u'/>\n",
			    cpu, i, k, cpu);
		hv_buf_add(b, "          </cpus>\n        </cell>\n");
	}
	hv_buf_add(b, "      </cells>\n    </topology>\n");
}

char *
test_capabilities(const struct test_state *st)
{
	struct hv_buf b = HV_BUF_INIT;

	hv_buf_add(&b,
	    "<capabilities>\n"
	    "\n"
	    "  <host>\n"
	    "    <cpu>\n"
	    "      <arch>i686</arch>\n"
	    "      <features>\n"
	    "        <pae/>\n"
	    "        <nonpae/>\n"
	    "      </features>\n"
	    "      <pages unit='KiB' size='4'/>\n"
	    "      <pages unit='KiB' size='8'/>\n"
	    "      <pages unit='KiB' size='2048'/>\n"
	    "      <pages unit='KiB' size='1048576'/>\n"
	    "    </cpu>\n"
	    "    <power_management/>\n"
	    "    <iommu support='no'/>\n");
	if (st->ncells > 0)
		add_cells(&b, st);
	hv_buf_add(&b,
	    "    <secmodel>\n"
	    "      <model>testSecurity</model>\n"
	    "      <doi></doi>\n"
	    "    </secmodel>\n"
	    "  </host>\n"
	    "\n");
	add_guest(&b, "hvm");
	add_guest(&b, "xen");
	hv_buf_add(&b, "</capabilities>\n");
	return hv_buf_detach(&b);
}
