/*
 * Node (host) devices: the core's public API for them (included by
 * hv.h).  Conventions as in hv.h.
 */
#ifndef HV_NODEDEV_H
#define HV_NODEDEV_H

#include "hv.h"

struct hv_nodedev {
	struct hv_conn *conn;
	char *name;
};

/*
 * virConnectListAllNodeDeviceFlags: one bit per capability type (in the
 * order of enum hv_nodedev_cap_type, conf/nodedev.h), then state bits.
 */
enum {
	HV_LIST_NODEDEVS_CAP_SYSTEM = 1u << 0,
	HV_LIST_NODEDEVS_CAP_LAST = 1u << 22,	/* first unused cap bit */
	HV_LIST_NODEDEVS_PERSISTENT = 1u << 28,
	HV_LIST_NODEDEVS_TRANSIENT = 1u << 29,
	HV_LIST_NODEDEVS_INACTIVE = 1u << 30,
	HV_LIST_NODEDEVS_ACTIVE = 1u << 31,
};
#define HV_LIST_NODEDEVS_CAPS (HV_LIST_NODEDEVS_CAP_LAST - 1u)

/*
 * All devices matching flags (any of the capability bits given, and the
 * state bits); *devs gets handles (free with hv_nodedev_list_free()).
 * Returns the count.
 */
int hv_conn_list_all_nodedevs(struct hv_conn *conn,
    struct hv_nodedev ***devs, unsigned int flags);
void hv_nodedev_list_free(struct hv_nodedev **devs, int n);

struct hv_nodedev *hv_nodedev_lookup_by_name(struct hv_conn *conn,
    const char *name);
/* A scsi_host with the fc_host WWNN/WWPN pair. */
struct hv_nodedev *hv_nodedev_lookup_scsi_host_by_wwn(struct hv_conn *conn,
    const char *wwnn, const char *wwpn, unsigned int flags);
struct hv_nodedev *hv_nodedev_new(struct hv_conn *conn, const char *name);
void hv_nodedev_free(struct hv_nodedev *dev);

/* Caller frees the strings below. */
char *hv_nodedev_get_xml_desc(struct hv_nodedev *dev, unsigned int flags);
/* The parent's name, or NULL with no error set for a root device. */
char *hv_nodedev_get_parent(struct hv_nodedev *dev);
/* 1 yes, 0 no, -1 error */
int hv_nodedev_is_active(struct hv_nodedev *dev);
int hv_nodedev_is_persistent(struct hv_nodedev *dev);
int hv_nodedev_get_autostart(struct hv_nodedev *dev, int *autostart);

#endif
