/*
 * Pool and volume XML: parse then format gives what libvirt 9.0 prints
 * (expected texts taken from virsh pool-dumpxml / vol-dumpxml on the test
 * driver, sizes aside: the driver resets those), formatting is stable,
 * and bad documents give libvirt's errors.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "conf/storage.h"
#include "error.h"
#include "unit.h"
#include "util/num.h"

static const struct {
	const char *name;
	const char *in;
	const char *out;
} pool_ok[] = {
	{ "built-in pool",
	    "<pool type='dir'><name>default-pool</name>"
	    "<uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>"
	    "<capacity unit='bytes'>107374182400</capacity>"
	    "<allocation unit='bytes'>0</allocation>"
	    "<available unit='bytes'>107374182400</available>"
	    "<source></source>"
	    "<target><path>/default-pool</path></target></pool>",
	    "<pool type='dir'>\n"
	    "  <name>default-pool</name>\n"
	    "  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>\n"
	    "  <capacity unit='bytes'>107374182400</capacity>\n"
	    "  <allocation unit='bytes'>0</allocation>\n"
	    "  <available unit='bytes'>107374182400</available>\n"
	    "  <source>\n"
	    "  </source>\n"
	    "  <target>\n"
	    "    <path>/default-pool</path>\n"
	    "  </target>\n"
	    "</pool>\n" },
	{ "units, permissions, path clean-up",
	    "<pool type='dir'><name>a</name>"
	    "<uuid>35bb2ad9388acdfe461ab8907f6e53fe</uuid>"
	    "<capacity unit='KiB'>2</capacity><allocation>5</allocation>"
	    "<target><path>//a//b/</path><permissions><mode>755</mode>"
	    "<owner>0</owner><group>10736</group><label>x&amp;y</label>"
	    "</permissions></target></pool>",
	    "<pool type='dir'>\n"
	    "  <name>a</name>\n"
	    "  <uuid>35bb2ad9-388a-cdfe-461a-b8907f6e53fe</uuid>\n"
	    "  <capacity unit='bytes'>2048</capacity>\n"
	    "  <allocation unit='bytes'>5</allocation>\n"
	    "  <available unit='bytes'>0</available>\n"
	    "  <source>\n"
	    "  </source>\n"
	    "  <target>\n"
	    "    <path>/a/b</path>\n"
	    "    <permissions>\n"
	    "      <mode>0755</mode>\n"
	    "      <owner>0</owner>\n"
	    "      <group>10736</group>\n"
	    "      <label>x&amp;y</label>\n"
	    "    </permissions>\n"
	    "  </target>\n"
	    "</pool>\n" },
	{ "netfs source",
	    "<pool type='netfs'><name>n</name>"
	    "<uuid>00000001-0000-4000-8000-000000000000</uuid>"
	    "<source><format type='nfs'/><dir path='/exp'/>"
	    "<host name='h' port='22'/></source>"
	    "<target><path>/n</path></target></pool>",
	    "<pool type='netfs'>\n"
	    "  <name>n</name>\n"
	    "  <uuid>00000001-0000-4000-8000-000000000000</uuid>\n"
	    "  <capacity unit='bytes'>0</capacity>\n"
	    "  <allocation unit='bytes'>0</allocation>\n"
	    "  <available unit='bytes'>0</available>\n"
	    "  <source>\n"
	    "    <host name='h' port='22'/>\n"
	    "    <dir path='/exp'/>\n"
	    "    <format type='nfs'/>\n"
	    "  </source>\n"
	    "  <target>\n"
	    "    <path>/n</path>\n"
	    "  </target>\n"
	    "</pool>\n" },
	{ "fs default format",
	    "<pool type='fs'><name>f</name>"
	    "<uuid>00000002-0000-4000-8000-000000000000</uuid>"
	    "<source><device path='/dev/x'/></source>"
	    "<target><path>/f</path></target></pool>",
	    "<pool type='fs'>\n"
	    "  <name>f</name>\n"
	    "  <uuid>00000002-0000-4000-8000-000000000000</uuid>\n"
	    "  <capacity unit='bytes'>0</capacity>\n"
	    "  <allocation unit='bytes'>0</allocation>\n"
	    "  <available unit='bytes'>0</available>\n"
	    "  <source>\n"
	    "    <device path='/dev/x'/>\n"
	    "    <format type='auto'/>\n"
	    "  </source>\n"
	    "  <target>\n"
	    "    <path>/f</path>\n"
	    "  </target>\n"
	    "</pool>\n" },
	{ "rbd has no target",
	    "<pool type='rbd'><name>r</name>"
	    "<uuid>00000003-0000-4000-8000-000000000000</uuid>"
	    "<source><host name='h'/><name>rbdpool</name></source></pool>",
	    "<pool type='rbd'>\n"
	    "  <name>r</name>\n"
	    "  <uuid>00000003-0000-4000-8000-000000000000</uuid>\n"
	    "  <capacity unit='bytes'>0</capacity>\n"
	    "  <allocation unit='bytes'>0</allocation>\n"
	    "  <available unit='bytes'>0</available>\n"
	    "  <source>\n"
	    "    <host name='h'/>\n"
	    "    <name>rbdpool</name>\n"
	    "  </source>\n"
	    "</pool>\n" },
};

static const struct {
	const char *in;
	const char *err;
} pool_bad[] = {
	{ "<pool><name>a</name><target><path>/a</path></target></pool>",
	    "XML error: Missing required attribute 'type' in element "
	    "'pool'" },
	{ "<pool type='foo'><name>a</name></pool>",
	    "XML error: Invalid value for attribute 'type' in element "
	    "'pool': 'foo'." },
	{ "<pool type='dir'><target><path>/a</path></target></pool>",
	    "XML error: missing pool source name element" },
	{ "<pool type='dir'><name>a</name></pool>",
	    "XML error: missing storage pool target path" },
	{ "<pool type='dir'><name>a</name><uuid>zz</uuid>"
	    "<target><path>/a</path></target></pool>",
	    "XML error: malformed uuid element" },
	{ "<pool type='dir'><name>a/b</name>"
	    "<target><path>/a</path></target></pool>",
	    "XML error: name a/b cannot contain '/'" },
	{ "<pool type='fs'><name>a</name>"
	    "<target><path>/a</path></target></pool>",
	    "XML error: missing storage pool source device name" },
	{ "<pool type='netfs'><name>a</name>"
	    "<target><path>/a</path></target></pool>",
	    "XML error: missing storage pool source host name" },
	{ "<pool type='netfs'><name>a</name><source><host name='h'/>"
	    "</source><target><path>/a</path></target></pool>",
	    "XML error: missing storage pool source path" },
	{ "<pool type='fs'><name>f</name><source><device path='/dev/x'/>"
	    "<format type='zz'/></source><target><path>/f</path></target>"
	    "</pool>",
	    "unsupported configuration: unknown pool format type zz" },
	{ "<domain/>",
	    "XML error: expecting root element of 'pool', not 'domain'" },
	{ "<pool type='dir'><name>a</name>\n",
	    "(storage_pool_definition):2: Premature end of data in tag pool "
	    "line 1\n(null)\n^" },
};

static const struct {
	const char *name;
	int pool_type;
	const char *in;
	const char *out;
} vol_ok[] = {
	{ "defaults of a dir pool", HV_POOL_DIR,
	    "<volume><name>v</name><key>/p/v</key>"
	    "<capacity unit='G'>5</capacity>"
	    "<target><path>/p/v</path></target></volume>",
	    "<volume type='file'>\n"
	    "  <name>v</name>\n"
	    "  <key>/p/v</key>\n"
	    "  <capacity unit='bytes'>5368709120</capacity>\n"
	    "  <allocation unit='bytes'>5368709120</allocation>\n"
	    "  <target>\n"
	    "    <path>/p/v</path>\n"
	    "    <format type='raw'/>\n"
	    "  </target>\n"
	    "</volume>\n" },
	{ "type, format and permissions", HV_POOL_DIR,
	    "<volume type='block'><name>x</name>"
	    "<capacity>1000</capacity><allocation unit='KB'>1</allocation>"
	    "<target><format type='qcow2'/><permissions><mode>0644</mode>"
	    "<owner>5</owner><label>l</label></permissions></target>"
	    "</volume>",
	    "<volume type='block'>\n"
	    "  <name>x</name>\n"
	    "  <capacity unit='bytes'>1000</capacity>\n"
	    "  <allocation unit='bytes'>1000</allocation>\n"
	    "  <target>\n"
	    "    <format type='qcow2'/>\n"
	    "    <permissions>\n"
	    "      <mode>0644</mode>\n"
	    "      <owner>5</owner>\n"
	    "      <label>l</label>\n"
	    "    </permissions>\n"
	    "  </target>\n"
	    "</volume>\n" },
	{ "logical volumes have no format", HV_POOL_LOGICAL,
	    "<volume><name>lv</name><capacity unit='MiB'>1</capacity>"
	    "<allocation>0</allocation></volume>",
	    "<volume type='file'>\n"
	    "  <name>lv</name>\n"
	    "  <capacity unit='bytes'>1048576</capacity>\n"
	    "  <allocation unit='bytes'>0</allocation>\n"
	    "  <target>\n"
	    "  </target>\n"
	    "</volume>\n" },
};

static const struct {
	const char *in;
	const char *err;
} vol_bad[] = {
	{ "<volume><capacity>1</capacity></volume>",
	    "XML error: missing volume name element" },
	{ "<volume><name>x</name></volume>",
	    "XML error: missing capacity element" },
	{ "<volume><name>x</name><capacity unit='zz'>1</capacity></volume>",
	    "invalid argument: unknown suffix 'zz'" },
	{ "<volume><name>x</name><capacity>abc</capacity></volume>",
	    "XML error: malformed capacity element" },
	{ "<volume><name>x</name><capacity>1</capacity>"
	    "<allocation>-1</allocation></volume>",
	    "XML error: malformed capacity element" },
	{ "<volume><name>x</name><capacity unit='E'>8</capacity></volume>",
	    "numerical overflow: value too large: 8E" },
	{ "<volume><name>x</name><capacity>9223372036854775808</capacity>"
	    "</volume>",
	    "numerical overflow: value too large: 9223372036854775808" },
	{ "<volume type='foo'><name>x</name><capacity>1</capacity></volume>",
	    "unsupported configuration: unknown volume type 'foo'" },
	{ "<volume><name>x</name><capacity>1</capacity><target>"
	    "<format type='none'/></target></volume>",
	    "unsupported configuration: unknown volume format type none" },
	{ "<volum/>",
	    "XML error: expecting root element of 'volume', not 'volum'" },
};

static const struct {
	unsigned long long in;
	const char *unit;
	unsigned long long out;
	int rc;
} scale[] = {
	{ 5, NULL, 5, 0 }, { 5, "bytes", 5, 0 }, { 1, "k", 1024, 0 },
	{ 1, "KiB", 1024, 0 }, { 1, "kb", 1000, 0 }, { 1, "MB", 1000000, 0 },
	{ 2, "G", 2147483648ULL, 0 }, { 1, "e", 1152921504606846976ULL, 0 },
	{ 16, "EiB", 0, -1 }, { 1, "Q", 0, -1 }, { 1, "KiBx", 0, -1 },
};

/* Sizes in XML: at most 2^63 - 1 bytes, as libvirt bounds them. */
static const struct {
	unsigned long long in;
	const char *unit;
	unsigned long long out;
	const char *err;
} xml_scale[] = {
	{ 7, "EiB", 8070450532247928832ULL, NULL },
	{ 8, "EiB", 0, "numerical overflow: value too large: 8EiB" },
	{ 9223372036854775807ULL, NULL, 9223372036854775807ULL, NULL },
	{ 9223372036854775808ULL, NULL, 0,
	  "numerical overflow: value too large: "
	  "9223372036854775808" },
	{ 9007199254740992ULL, "KiB", 0,
	  "numerical overflow: value too large: "
	  "9007199254740992KiB" },
};

int
main(void)
{
	size_t i;

	for (i = 0; i < sizeof(pool_ok) / sizeof(pool_ok[0]); i++) {
		struct hv_pool_def *def = hv_pool_def_parse(pool_ok[i].in);
		struct hv_pool_def *again;
		char *out, *out2;

		if (!CHECK(def != NULL)) {
			fprintf(stderr, "  %s: %s\n", pool_ok[i].name,
			    hv_error_last() ? hv_error_last()->message : "");
			continue;
		}
		out = hv_pool_def_format(def);
		CHECK_STR(out, pool_ok[i].out);
		again = hv_pool_def_parse(out);
		CHECK(again != NULL);
		out2 = again ? hv_pool_def_format(again) : NULL;
		CHECK_STR(out2, out);
		free(out);
		free(out2);
		hv_pool_def_free(def);
		hv_pool_def_free(again);
	}
	for (i = 0; i < sizeof(pool_bad) / sizeof(pool_bad[0]); i++) {
		struct hv_pool_def *def = hv_pool_def_parse(pool_bad[i].in);

		CHECK(def == NULL);
		CHECK_STR(hv_error_last() ? hv_error_last()->message : NULL,
		    pool_bad[i].err);
		hv_pool_def_free(def);
		hv_error_reset();
	}
	for (i = 0; i < sizeof(vol_ok) / sizeof(vol_ok[0]); i++) {
		struct hv_vol_def *def;
		char *out;

		def = hv_vol_def_parse(vol_ok[i].in, vol_ok[i].pool_type);
		if (!CHECK(def != NULL)) {
			fprintf(stderr, "  %s\n", vol_ok[i].name);
			continue;
		}
		out = hv_vol_def_format(def, vol_ok[i].pool_type);
		CHECK_STR(out, vol_ok[i].out);
		free(out);
		hv_vol_def_free(def);
	}
	for (i = 0; i < sizeof(vol_bad) / sizeof(vol_bad[0]); i++) {
		struct hv_vol_def *def = hv_vol_def_parse(vol_bad[i].in,
		    HV_POOL_DIR);

		CHECK(def == NULL);
		CHECK_STR(hv_error_last() ? hv_error_last()->message : NULL,
		    vol_bad[i].err);
		hv_vol_def_free(def);
		hv_error_reset();
	}
	for (i = 0; i < sizeof(scale) / sizeof(scale[0]); i++) {
		unsigned long long v = scale[i].in;

		CHECK_INT(hv_num_scale(&v, scale[i].unit, 1, ULLONG_MAX),
		    scale[i].rc);
		if (scale[i].rc == 0)
			CHECK_INT(v, scale[i].out);
		hv_error_reset();
	}
	for (i = 0; i < sizeof(xml_scale) / sizeof(xml_scale[0]); i++) {
		unsigned long long v = xml_scale[i].in;
		int rc = hv_num_scale(&v, xml_scale[i].unit, 1,
		    LLONG_MAX);

		CHECK_INT(rc, xml_scale[i].err ? -1 : 0);
		if (rc == 0)
			CHECK_INT(v, xml_scale[i].out);
		else
			CHECK_STR(hv_error_last()->message,
			    xml_scale[i].err);
		hv_error_reset();
	}
	CHECK_STR(hv_pool_type_name(HV_POOL_ISCSI_DIRECT), "iscsi-direct");
	CHECK_INT(hv_pool_type_parse("vstorage"), HV_POOL_VSTORAGE);
	CHECK_INT(hv_pool_type_parse("nope"), -1);
	CHECK_INT(hv_pool_type_vol_type(HV_POOL_LOGICAL), HV_VOL_BLOCK);
	return unit_done();
}
