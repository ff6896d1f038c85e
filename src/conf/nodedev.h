/*
 * Node device XML (<device>): parse into a definition and format back as
 * libvirt 9.0 does.  Modelled capabilities: system, scsi_host (with its
 * fc_host and vport_ops sub-capabilities).  Other capability types that
 * libvirt knows are refused as unsupported rather than silently dropped.
 */
#ifndef HV_CONF_NODEDEV_H
#define HV_CONF_NODEDEV_H

#include <stdbool.h>

#include "util/uuid.h"

/* virNodeDevCapType, in libvirt's order (the list filter bits follow it) */
enum hv_nodedev_cap_type {
	HV_NODEDEV_CAP_SYSTEM,
	HV_NODEDEV_CAP_PCI_DEV,
	HV_NODEDEV_CAP_USB_DEV,
	HV_NODEDEV_CAP_USB_INTERFACE,
	HV_NODEDEV_CAP_NET,
	HV_NODEDEV_CAP_SCSI_HOST,
	HV_NODEDEV_CAP_SCSI_TARGET,
	HV_NODEDEV_CAP_SCSI,
	HV_NODEDEV_CAP_STORAGE,
	HV_NODEDEV_CAP_FC_HOST,
	HV_NODEDEV_CAP_VPORTS,
	HV_NODEDEV_CAP_SCSI_GENERIC,
	HV_NODEDEV_CAP_DRM,
	HV_NODEDEV_CAP_MDEV_TYPES,
	HV_NODEDEV_CAP_MDEV,
	HV_NODEDEV_CAP_CCW_DEV,
	HV_NODEDEV_CAP_CSS_DEV,
	HV_NODEDEV_CAP_VDPA,
	HV_NODEDEV_CAP_AP_CARD,
	HV_NODEDEV_CAP_AP_QUEUE,
	HV_NODEDEV_CAP_AP_MATRIX,
	HV_NODEDEV_CAP_VPD,
	HV_NODEDEV_CAP_LAST
};

/* "system", "pci", ...; NULL when out of range. */
const char *hv_nodedev_cap_name(int type);
/* The enum value, or -1. */
int hv_nodedev_cap_parse(const char *s);

struct hv_nodedev_cap {
	int type;			/* enum hv_nodedev_cap_type */
	union {
		struct {
			char *product;
			char *hw_vendor;
			char *hw_version;
			char *hw_serial;
			unsigned char hw_uuid[HV_UUID_BUFLEN];
			char *fw_vendor;
			char *fw_version;
			char *fw_release_date;
		} system;
		struct {
			unsigned int host;
			int unique_id;		/* -1: not given */
			bool fc_host;
			bool vport_ops;
			char *wwnn;
			char *wwpn;
			char *fabric_wwn;
		} scsi_host;
	} u;
};

struct hv_nodedev_def {
	char *name;
	char *parent;			/* NULL for a root */
	struct hv_nodedev_cap *caps;
	int ncaps;
};

/*
 * Parse a <device> document; NULL with the error set.  Free with
 * hv_nodedev_def_free().
 */
struct hv_nodedev_def *hv_nodedev_def_parse(const char *xml);
/* The same from an element of a parsed document (an xmlNodePtr). */
struct hv_nodedev_def *hv_nodedev_def_parse_node(void *doc, void *node);
/* The XML libvirt prints; caller frees. */
char *hv_nodedev_def_format(const struct hv_nodedev_def *def);
void hv_nodedev_def_free(struct hv_nodedev_def *def);
/*
 * Whether the device has capability type (fc_host and vports count as
 * capabilities of a scsi_host that has them, as libvirt's filter does).
 */
bool hv_nodedev_def_has_cap(const struct hv_nodedev_def *def, int type);

#endif
