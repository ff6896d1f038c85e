/* The node device part of a driver's table (see driver.h). */
#ifndef HV_DRIVER_NODEDEV_H
#define HV_DRIVER_NODEDEV_H

#include "driver.h"
#include "hv-nodedev.h"

struct hv_nodedev_driver {
	int (*list_all)(struct hv_conn *conn, struct hv_nodedev ***devs,
	    unsigned int flags);
	struct hv_nodedev *(*lookup_by_name)(struct hv_conn *conn,
	    const char *name);
	struct hv_nodedev *(*lookup_scsi_host_by_wwn)(struct hv_conn *conn,
	    const char *wwnn, const char *wwpn, unsigned int flags);
	char *(*get_xml_desc)(struct hv_nodedev *dev, unsigned int flags);
	/* NULL with no error for a root device */
	char *(*get_parent)(struct hv_nodedev *dev);
	int (*is_active)(struct hv_nodedev *dev);
	int (*is_persistent)(struct hv_nodedev *dev);
	int (*get_autostart)(struct hv_nodedev *dev, int *autostart);
};

#endif
