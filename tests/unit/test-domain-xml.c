/*
 * Domain XML: parse -> format round trips against what virsh 9.0 prints
 * for the same input, and the error for each kind of bad input.
 */
#include <stdlib.h>
#include <string.h>

#include "conf/domain.h"
#include "error.h"
#include "util/buf.h"
#include "unit.h"

#define UUID "<uuid>0f0e0d0c-0b0a-0908-0706-050403020100</uuid>"

/* What libvirt adds to a minimal hvm domain, from <vcpu> to </domain>. */
#define MIN_TAIL \
	"  <vcpu placement='static'>1</vcpu>\n" \
	"  <os>\n" \
	"    <type arch='i686'>hvm</type>\n" \
	"    <boot dev='hd'/>\n" \
	"  </os>\n" \
	"  <clock offset='utc'/>\n" \
	"  <on_poweroff>destroy</on_poweroff>\n" \
	"  <on_reboot>restart</on_reboot>\n" \
	"  <on_crash>destroy</on_crash>\n"

static const struct {
	const char *in;
	const char *out;
} round_trips[] = {
	{
		"<domain type='test'><name>n</name>" UUID
		"<memory>1024</memory><os><type>hvm</type></os></domain>",
		"<domain type='test'>\n"
		"  <name>n</name>\n"
		"  " UUID "\n"
		"  <memory unit='KiB'>1024</memory>\n"
		"  <currentMemory unit='KiB'>1024</currentMemory>\n"
		MIN_TAIL
		"  <devices>\n"
		"  </devices>\n"
		"</domain>\n"
	},
	{
		/* units, currentMemory capped, title and description */
		"<domain type='kvm' id='7'>\n  <description>a &lt;b&gt; "
		"'c'</description><title>T</title><name>n</name>" UUID
		"<memory unit='MiB'>2</memory><currentMemory unit='b'>"
		"99999999</currentMemory><os><type>hvm</type></os>"
		"<bogus/></domain>",
		"<domain type='kvm'>\n"
		"  <name>n</name>\n"
		"  " UUID "\n"
		"  <title>T</title>\n"
		"  <description>a &lt;b&gt; &apos;c&apos;</description>\n"
		"  <memory unit='KiB'>2048</memory>\n"
		"  <currentMemory unit='KiB'>2048</currentMemory>\n"
		MIN_TAIL
		"  <devices>\n"
		"  </devices>\n"
		"</domain>\n"
	},
	{
		/* disks on drive buses get addresses and controllers;
		 * disks with the same bus as written (none here) go in
		 * target order, sda before hdc; generated interface names
		 * are dropped */
		"<domain type='test'><name>n</name>" UUID
		"<memory>1024</memory><vcpu current='1'>2</vcpu>"
		"<os><type>hvm</type></os><devices>"
		"<memballoon model='virtio'/>"
		"<interface type='network'><target dev='vnet3'/>"
		"<source network='default'/><mac address='52:54:00:AA:bb:cc'/>"
		"</interface>"
		"<disk device='cdrom' type='block'><readonly/>"
		"<target dev='hdc'/><source dev='/dev/sr0'/></disk>"
		"<disk type='file'><source file='/a'/><target dev='sda'/>"
		"</disk>"
		"<input type='tablet' bus='usb'/>"
		"</devices></domain>",
		"<domain type='test'>\n"
		"  <name>n</name>\n"
		"  " UUID "\n"
		"  <memory unit='KiB'>1024</memory>\n"
		"  <currentMemory unit='KiB'>1024</currentMemory>\n"
		"  <vcpu placement='static' current='1'>2</vcpu>\n"
		"  <os>\n"
		"    <type arch='i686'>hvm</type>\n"
		"    <boot dev='hd'/>\n"
		"  </os>\n"
		"  <clock offset='utc'/>\n"
		"  <on_poweroff>destroy</on_poweroff>\n"
		"  <on_reboot>restart</on_reboot>\n"
		"  <on_crash>destroy</on_crash>\n"
		"  <devices>\n"
		"    <disk type='file' device='disk'>\n"
		"      <source file='/a'/>\n"
		"      <target dev='sda' bus='scsi'/>\n"
		"      <address type='drive' controller='0' bus='0' "
		"target='0' unit='0'/>\n"
		"    </disk>\n"
		"    <disk type='block' device='cdrom'>\n"
		"      <source dev='/dev/sr0'/>\n"
		"      <target dev='hdc' bus='ide'/>\n"
		"      <readonly/>\n"
		"      <address type='drive' controller='0' bus='1' "
		"target='0' unit='0'/>\n"
		"    </disk>\n"
		"    <controller type='scsi' index='0'/>\n"
		"    <controller type='ide' index='0'/>\n"
		"    <interface type='network'>\n"
		"      <mac address='52:54:00:aa:bb:cc'/>\n"
		"      <source network='default'/>\n"
		"    </interface>\n"
		"    <input type='tablet' bus='usb'/>\n"
		"    <memballoon model='virtio'/>\n"
		"  </devices>\n"
		"</domain>\n"
	},
	{
		/* kept verbatim in libvirt's places: metadata, features,
		 * cpu (with dies), clock, pm; os children reordered */
		"<domain type='test'><pm><suspend-to-mem enabled='no'/></pm>"
		"<name>n</name>" UUID "<metadata><a:x xmlns:a='urn:a'>1"
		"</a:x></metadata><memory>1024</memory>"
		"<os><boot dev='network'/><type arch='x86_64' machine='pc'>"
		"hvm</type><kernel>/k</kernel></os>"
		"<clock offset='localtime'/><cpu mode='custom'>"
		"<topology sockets='1' cores='2' threads='1'/></cpu>"
		"<features><acpi/></features>"
		"<on_crash>restart</on_crash></domain>",
		"<domain type='test'>\n"
		"  <name>n</name>\n"
		"  " UUID "\n"
		"  <metadata>\n"
		"    <a:x xmlns:a=\"urn:a\">1</a:x>\n"
		"  </metadata>\n"
		"  <memory unit='KiB'>1024</memory>\n"
		"  <currentMemory unit='KiB'>1024</currentMemory>\n"
		"  <vcpu placement='static'>1</vcpu>\n"
		"  <os>\n"
		"    <type arch='x86_64' machine='pc'>hvm</type>\n"
		"    <kernel>/k</kernel>\n"
		"    <boot dev='network'/>\n"
		"  </os>\n"
		"  <features>\n"
		"    <acpi/>\n"
		"  </features>\n"
		"  <cpu mode='custom'>\n"
		"    <topology sockets='1' dies='1' cores='2' threads='1'/>\n"
		"  </cpu>\n"
		"  <clock offset='localtime'/>\n"
		"  <on_poweroff>destroy</on_poweroff>\n"
		"  <on_reboot>restart</on_reboot>\n"
		"  <on_crash>restart</on_crash>\n"
		"  <pm>\n"
		"    <suspend-to-mem enabled='no'/>\n"
		"  </pm>\n"
		"  <devices>\n"
		"  </devices>\n"
		"</domain>\n"
	},
};

static const struct {
	const char *in;
	const char *err;
} bad[] = {
	{ "vm\n", "(domain_definition):1: Start tag expected, '<' not "
	  "found\nvm\n^" },
	{ "", "(domain_definition):1: Document is empty\n(null)\n^" },
	{ "<domain type=\"test\"><name>x</name>\n  <memory>1</memory\n"
	  "</domain>", "(domain_definition):3: expected '>'\n</domain>\n^" },
	{ "<foo/>", "XML error: expecting root element of 'domain', not "
	  "'foo'" },
	{ "<domain><name>x</name></domain>", "internal error: missing domain "
	  "type attribute" },
	{ "<domain type='test'><memory>1024</memory></domain>",
	  "missing name information" },
	{ "<domain type='test'><name>n</name><os><type>hvm</type></os>"
	  "</domain>", "XML error: Memory size must be specified via "
	  "<memory> or in the <numa> configuration" },
	{ "<domain type='test'><name>n</name><memory>1</memory></domain>",
	  "XML error: an os <type> must be specified" },
	{ "<domain type='test'><name>u</name><uuid>zz</uuid>"
	  "<memory>1024</memory><os><type>hvm</type></os></domain>",
	  "internal error: malformed uuid element" },
	{ "<domain type='test'><name>u</name><memory>abc</memory>"
	  "<os><type>hvm</type></os></domain>", "XML error: Invalid value "
	  "'abc' for element or attribute './memory[1]'" },
	{ "<domain type='test'><name>u</name><memory unit='foo'>1</memory>"
	  "<os><type>hvm</type></os></domain>",
	  "invalid argument: unknown suffix 'foo'" },
	{ "<domain type='test'><name>a/b</name><memory>1024</memory>"
	  "<os><type>hvm</type></os></domain>",
	  "XML error: name a/b cannot contain '/'" },
	{ "<domain type='test'><name>u</name><memory>1024</memory>"
	  "<vcpu current='3'>2</vcpu><os><type>hvm</type></os></domain>",
	  "unsupported configuration: maximum vCPU count must not be less "
	  "than current vCPU count" },
	{ "<domain type='test'><name>u</name><memory>1024</memory>"
	  "<os><type>hvm</type></os><devices><disk type='file'>"
	  "<source file='/x'/></disk></devices></domain>",
	  "missing target information for device /x" },
	{ "<domain type='test'><name>u</name><memory>1024</memory>"
	  "<os><type>hvm</type></os><devices><interface type='network'>"
	  "<mac address='zz'/></interface></devices></domain>",
	  "XML error: unable to parse mac address 'zz'" },
	{ "<domain type='test'><name>u</name><memory>1024</memory>"
	  "<os><type>hvm</type></os><on_poweroff>foo</on_poweroff></domain>",
	  "unsupported configuration: unknown on_poweroff action: foo" },
	{ "<domain type='test'><name>u</name><title>a\nb</title>"
	  "<memory>1024</memory><os><type>hvm</type></os></domain>",
	  "XML error: Domain title can't contain newlines" },
};

/* Inputs that must fail cleanly; only the absence of a crash, a leak
 * (under the sanitizers) and the presence of one error are checked. */
static void
test_hostile(void)
{
	struct hv_buf b = HV_BUF_INIT;
	struct hv_domain_def *def;

	/* nesting beyond libxml2's limit */
	for (int i = 0; i < 300; i++)
		hv_buf_add(&b, "<a>");
	def = hv_domain_def_parse(hv_buf_str(&b));
	CHECK(def == NULL && hv_error_last() &&
	    strstr(hv_error_last()->message, "Excessive depth"));
	hv_buf_release(&b);

	/* billion laughs */
	hv_buf_add(&b, "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">");
	for (int i = 1; i < 12; i++) {
		hv_buf_addf(&b, "<!ENTITY %c \"", 'a' + i);
		for (int k = 0; k < 10; k++)
			hv_buf_addf(&b, "&%c;", 'a' + i - 1);
		hv_buf_add(&b, "\">");
	}
	hv_buf_add(&b, "]><domain type='test'><name>&l;</name>"
	    "<memory>1</memory><os><type>hvm</type></os></domain>");
	def = hv_domain_def_parse(hv_buf_str(&b));
	CHECK(def == NULL && hv_error_last() != NULL);
	hv_domain_def_free(def);
	hv_buf_release(&b);

	/* external entities are never loaded */
	def = hv_domain_def_parse("<!DOCTYPE d [<!ENTITY x SYSTEM "
	    "\"file:///etc/passwd\">]><domain type='test'><name>&x;</name>"
	    "<memory>1</memory><os><type>hvm</type></os></domain>");
	CHECK(def == NULL || strstr(def->name, "root") == NULL);
	hv_domain_def_free(def);

	/* internal entities are expanded, as libvirt does */
	def = hv_domain_def_parse("<!DOCTYPE d [<!ENTITY x \"abc\">]>"
	    "<domain type='test'><name>&x;</name><memory>1</memory>"
	    "<os><type>hvm</type></os></domain>");
	CHECK(def && strcmp(def->name, "abc") == 0);
	hv_domain_def_free(def);

	/* not UTF-8 */
	def = hv_domain_def_parse("<domain type='test'><name>\xff\xfe"
	    "</name></domain>");
	CHECK(def == NULL && hv_error_last() &&
	    strstr(hv_error_last()->message, "not proper UTF-8"));

	/* a large but sane document */
	hv_buf_add(&b, "<domain type='test'><name>big</name>"
	    "<memory>1</memory><os><type>hvm</type></os><devices>");
	for (int i = 0; i < 2000; i++)
		hv_buf_addf(&b, "<disk type='file'><source file='/d%d'/>"
		    "<target dev='vd%c%c%c'/></disk>", i, 'a' + i / 676,
		    'a' + i / 26 % 26, 'a' + i % 26);
	hv_buf_add(&b, "</devices></domain>");
	def = hv_domain_def_parse(hv_buf_str(&b));
	CHECK(def && def->devices->nkids == 2000);
	hv_domain_def_free(def);
	hv_buf_release(&b);

	/* one target twice among many: the first disk with a twin named */
	hv_buf_add(&b, "<domain type='test'><name>big</name>"
	    "<memory>1</memory><os><type>hvm</type></os><devices>");
	for (int i = 0; i < 2000; i++)
		hv_buf_addf(&b, "<disk type='file'><source file='/d%d'/>"
		    "<target dev='vd%c%c%c'/></disk>", i, 'a' + i / 676,
		    'a' + i / 26 % 26, 'a' + (i == 1999 ? 1 : i % 26));
	hv_buf_add(&b, "</devices></domain>");
	def = hv_domain_def_parse(hv_buf_str(&b));
	CHECK(def == NULL);
	CHECK_STR(hv_error_last() ? hv_error_last()->message : NULL,
	    "XML error: target 'vdcyb' duplicated for disk sources "
	    "'/d1977' and '/d1999'");
	hv_error_reset();
	hv_buf_release(&b);
}

int
main(void)
{
	for (size_t i = 0; i < sizeof(round_trips) / sizeof(*round_trips);
	    i++) {
		struct hv_domain_def *def, *copy;
		char *out, *again;

		def = hv_domain_def_parse(round_trips[i].in);
		if (!CHECK(def != NULL)) {
			fprintf(stderr, "case %zu: %s\n", i,
			    hv_error_last()->message);
			continue;
		}
		out = hv_domain_def_format(def, 5,
		    HV_DOMAIN_DEF_FORMAT_INACTIVE);
		CHECK_STR(out, round_trips[i].out);
		/* formatting the output again changes nothing */
		copy = hv_domain_def_parse(out);
		again = copy ? hv_domain_def_format(copy, -1, 0) : NULL;
		CHECK_STR(again, round_trips[i].out);
		free(again);
		hv_domain_def_free(copy);
		copy = hv_domain_def_copy(def);
		again = hv_domain_def_format(copy, 3, 0);
		CHECK(strncmp(again, "<domain type='", 14) == 0 &&
		    strstr(again, " id='3'>\n"));
		free(again);
		hv_domain_def_free(copy);
		free(out);
		hv_domain_def_free(def);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		struct hv_domain_def *def = hv_domain_def_parse(bad[i].in);

		CHECK(def == NULL);
		hv_domain_def_free(def);
		CHECK_STR(hv_error_last() ? hv_error_last()->message : NULL,
		    bad[i].err);
	}
	test_hostile();
	hv_error_reset();
	return unit_done();
}
