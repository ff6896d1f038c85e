/*
 * Node device XML: the test driver's built-in devices format exactly as
 * virsh nodedev-dumpxml prints them, formatting is stable, the
 * capability filter sees fc_host and vports inside scsi_host, and bad
 * documents give libvirt's errors.
 */
#include <stdlib.h>
#include <string.h>

#include "conf/nodedev.h"
#include "error.h"
#include "unit.h"

static const struct {
	const char *name;
	const char *in;
	const char *out;
} ok_cases[] = {
	{ "computer",
	    "<device><name>computer</name><capability type='system'>"
	    "<hardware><vendor>Libvirt</vendor><version>Test driver</version>"
	    "<serial>123456</serial>"
	    "<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware>"
	    "<firmware><vendor>Libvirt</vendor><version>Test Driver</version>"
	    "<release_date>01/22/2007</release_date></firmware>"
	    "</capability></device>",
	    "<device>\n"
	    "  <name>computer</name>\n"
	    "  <capability type='system'>\n"
	    "    <hardware>\n"
	    "      <vendor>Libvirt</vendor>\n"
	    "      <version>Test driver</version>\n"
	    "      <serial>123456</serial>\n"
	    "      <uuid>11111111-2222-3333-4444-555555555555</uuid>\n"
	    "    </hardware>\n"
	    "    <firmware>\n"
	    "      <vendor>Libvirt</vendor>\n"
	    "      <version>Test Driver</version>\n"
	    "      <release_date>01/22/2007</release_date>\n"
	    "    </firmware>\n"
	    "  </capability>\n"
	    "</device>\n" },
	{ "scsi_host1: vport counts are not kept",
	    "<device><name>scsi_host1</name><parent>computer</parent>"
	    "<capability type='scsi_host'><host>1</host>"
	    "<unique_id>0</unique_id>"
	    "<capability type='fc_host'><wwnn>2000000012341234</wwnn>"
	    "<wwpn>1000000012341234</wwpn>"
	    "<fabric_wwn>2000000043214321</fabric_wwn></capability>"
	    "<capability type='vport_ops'><max_vports>127</max_vports>"
	    "<vports>1</vports></capability>"
	    "</capability></device>",
	    "<device>\n"
	    "  <name>scsi_host1</name>\n"
	    "  <parent>computer</parent>\n"
	    "  <capability type='scsi_host'>\n"
	    "    <host>1</host>\n"
	    "    <unique_id>0</unique_id>\n"
	    "    <capability type='fc_host'>\n"
	    "      <wwnn>2000000012341234</wwnn>\n"
	    "      <wwpn>1000000012341234</wwpn>\n"
	    "      <fabric_wwn>2000000043214321</fabric_wwn>\n"
	    "    </capability>\n"
	    "    <capability type='vport_ops'>\n"
	    "      <max_vports>0</max_vports>\n"
	    "      <vports>0</vports>\n"
	    "    </capability>\n"
	    "  </capability>\n"
	    "</device>\n" },
	{ "bare scsi_host, product, empty firmware",
	    "<device><name>d</name><parent>p</parent>"
	    "<capability type='system'><product>pr&amp;</product><hardware>"
	    "<uuid>11111111222233334444555555555555</uuid></hardware>"
	    "</capability>"
	    "<capability type='scsi_host'><host>3</host></capability>"
	    "</device>",
	    "<device>\n"
	    "  <name>d</name>\n"
	    "  <parent>p</parent>\n"
	    "  <capability type='system'>\n"
	    "    <product>pr&amp;</product>\n"
	    "    <hardware>\n"
	    "      <uuid>11111111-2222-3333-4444-555555555555</uuid>\n"
	    "    </hardware>\n"
	    "    <firmware>\n"
	    "    </firmware>\n"
	    "  </capability>\n"
	    "  <capability type='scsi_host'>\n"
	    "    <host>3</host>\n"
	    "  </capability>\n"
	    "</device>\n" },
};

static const struct {
	const char *in;
	const char *err;
} bad_cases[] = {
	{ "<device><name>d</name><capability type='foo'/></device>",
	    "XML error: Invalid value for attribute 'type' in element "
	    "'capability': 'foo'." },
	{ "<device><name>d</name></device>",
	    "internal error: no device capabilities for 'd'" },
	{ "<device><capability type='system'/></device>",
	    "missing name information" },
	{ "<device><name>d</name><capability type='scsi_host'><host>x</host>"
	    "</capability></device>",
	    "internal error: invalid SCSI host ID supplied for 'd'" },
	{ "<device><name>d</name><capability type='scsi_host'><host>3</host>"
	    "<capability type='fc_host'><wwnn>1</wwnn></capability>"
	    "</capability></device>",
	    "internal error: no WWPN supplied for 'd', and auto-generation "
	    "failed" },
	{ "<device><name>d</name><capability type='system'/></device>",
	    "internal error: no system UUID supplied for 'd'" },
	{ "<device><name>d</name><parent wwnn='1'>p</parent>"
	    "<capability type='system'/></device>",
	    "XML error: when providing parent wwnn='1', the wwpn must also "
	    "be provided" },
	{ "<pool/>",
	    "XML error: expecting root element of 'device', not 'pool'" },
};

int
main(void)
{
	struct hv_nodedev_def *def;
	size_t i;

	for (i = 0; i < sizeof(ok_cases) / sizeof(ok_cases[0]); i++) {
		struct hv_nodedev_def *again;
		char *out, *out2;

		def = hv_nodedev_def_parse(ok_cases[i].in);
		if (!CHECK(def != NULL)) {
			fprintf(stderr, "  %s: %s\n", ok_cases[i].name,
			    hv_error_last() ? hv_error_last()->message : "");
			continue;
		}
		out = hv_nodedev_def_format(def);
		CHECK_STR(out, ok_cases[i].out);
		again = hv_nodedev_def_parse(out);
		out2 = again ? hv_nodedev_def_format(again) : NULL;
		CHECK_STR(out2, out);
		free(out);
		free(out2);
		hv_nodedev_def_free(again);
		hv_nodedev_def_free(def);
	}
	for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++) {
		def = hv_nodedev_def_parse(bad_cases[i].in);
		CHECK(def == NULL);
		CHECK_STR(hv_error_last() ? hv_error_last()->message : NULL,
		    bad_cases[i].err);
		hv_nodedev_def_free(def);
		hv_error_reset();
	}

	/* the list filter: fc_host and vports live inside scsi_host */
	def = hv_nodedev_def_parse(ok_cases[1].in);
	if (CHECK(def != NULL)) {
		CHECK(hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_SCSI_HOST));
		CHECK(hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_FC_HOST));
		CHECK(hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_VPORTS));
		CHECK(!hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_SYSTEM));
	}
	hv_nodedev_def_free(def);
	def = hv_nodedev_def_parse(ok_cases[2].in);
	if (CHECK(def != NULL)) {
		CHECK(!hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_FC_HOST));
		CHECK(!hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_VPORTS));
		CHECK(hv_nodedev_def_has_cap(def, HV_NODEDEV_CAP_SYSTEM));
	}
	hv_nodedev_def_free(def);

	CHECK_INT(hv_nodedev_cap_parse("usb_device"), HV_NODEDEV_CAP_USB_DEV);
	CHECK_INT(hv_nodedev_cap_parse("vpd"), HV_NODEDEV_CAP_VPD);
	CHECK_INT(hv_nodedev_cap_parse(""), -1);
	CHECK_STR(hv_nodedev_cap_name(HV_NODEDEV_CAP_VPORTS), "vports");
	return unit_done();
}
