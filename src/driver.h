/*
 * The table every driver fills.  A NULL operation means "not supported by
 * this driver": the public API (hv.h) then reports
 * "this function is not supported by the connection driver: virXxx";
 * drivers never carry stubs.  Read-only checks, error reset and argument
 * checks happen in the public API before an operation is called, so an
 * operation only does its own work.  Every operation taking flags rejects
 * bits it does not know (hv_check_flags()).
 */
#ifndef HV_DRIVER_H
#define HV_DRIVER_H

#include "hv.h"
#include "uri.h"

/* The answers of open(). */
enum hv_drv_open {
	HV_DRV_OPEN_SUCCESS = 0,
	HV_DRV_OPEN_ERROR = -1,
	HV_DRV_OPEN_DECLINED = -2,	/* not mine: try the next driver */
};

/* A connection as drivers see it; callers only see struct hv_conn *. */
struct hv_conn {
	const struct hv_driver *driver;
	struct hv_uri *uri;		/* as opened, after alias resolution */
	unsigned int flags;		/* HV_CONNECT_* */
	void *priv;			/* the driver's */
};

/*
 * While a driver's open() runs (conn.c): the URI being opened on this
 * thread, for what the driver reads of it deep down (auth=, authfile=
 * and the host of the remote driver's authentication); NULL outside.
 */
const struct hv_uri *hv_conn_opening_uri(void);
/* Asks through the prompts hv_auth_set() registered; 0, or -1 with the
 * error set ("No authentication callback available"). */
int hv_auth_ask(struct hv_cred *cred, size_t n);

struct hv_domain_driver {
	int (*list_all)(struct hv_conn *conn, struct hv_domain ***doms,
	    unsigned int flags);
	struct hv_domain *(*lookup_by_id)(struct hv_conn *conn, int id);
	struct hv_domain *(*lookup_by_name)(struct hv_conn *conn,
	    const char *name);
	struct hv_domain *(*lookup_by_uuid)(struct hv_conn *conn,
	    const unsigned char *uuid);
	struct hv_domain *(*define_xml)(struct hv_conn *conn, const char *xml,
	    unsigned int flags);
	struct hv_domain *(*create_xml)(struct hv_conn *conn, const char *xml,
	    unsigned int flags);
	/* dxml: the definition to restore with instead, or NULL */
	int (*restore)(struct hv_conn *conn, const char *from,
	    const char *dxml, unsigned int flags);
	int (*undefine)(struct hv_domain *dom, unsigned int flags);
	int (*create)(struct hv_domain *dom, unsigned int flags);
	int (*destroy)(struct hv_domain *dom, unsigned int flags);
	int (*shutdown)(struct hv_domain *dom, unsigned int flags);
	int (*reboot)(struct hv_domain *dom, unsigned int flags);
	int (*reset)(struct hv_domain *dom, unsigned int flags);
	int (*suspend)(struct hv_domain *dom);
	int (*resume)(struct hv_domain *dom);
	int (*save)(struct hv_domain *dom, const char *to, const char *dxml,
	    unsigned int flags);
	int (*managed_save)(struct hv_domain *dom, unsigned int flags);
	int (*managed_save_remove)(struct hv_domain *dom, unsigned int flags);
	int (*has_managed_save)(struct hv_domain *dom, unsigned int flags);
	int (*get_info)(struct hv_domain *dom, struct hv_domain_info *info);
	int (*get_state)(struct hv_domain *dom, int *state, int *reason,
	    unsigned int flags);
	char *(*get_xml_desc)(struct hv_domain *dom, unsigned int flags);
	char *(*get_os_type)(struct hv_domain *dom);
	char *(*get_hostname)(struct hv_domain *dom, unsigned int flags);
	int (*is_active)(struct hv_domain *dom);
	int (*is_persistent)(struct hv_domain *dom);
	int (*get_autostart)(struct hv_domain *dom, int *autostart);
	int (*set_autostart)(struct hv_domain *dom, int autostart);
	int (*set_memory)(struct hv_domain *dom, unsigned long long kib,
	    unsigned int flags);
	int (*set_vcpus)(struct hv_domain *dom, unsigned int n,
	    unsigned int flags);
	/* virDomainSetVcpus itself, for a driver that has a call of its
	 * own for it (a daemon's procedure); NULL: set_vcpus, live. */
	int (*set_vcpus_live)(struct hv_domain *dom, unsigned int n);
	int (*get_vcpus)(struct hv_domain *dom, unsigned int flags);
	int (*get_security_label)(struct hv_domain *dom,
	    struct hv_seclabel *label);
	int (*memory_stats)(struct hv_domain *dom, struct hv_mem_stat *stats,
	    unsigned int nr, unsigned int flags);
	int (*set_memory_stats_period)(struct hv_domain *dom, int period,
	    unsigned int flags);
	int (*get_block_info)(struct hv_domain *dom, const char *disk,
	    struct hv_block_info *info, unsigned int flags);
	char *(*get_metadata)(struct hv_domain *dom, int type,
	    const char *uri, unsigned int flags);
	int (*get_messages)(struct hv_domain *dom, char ***msgs,
	    unsigned int flags);
	/* hv_domain_prefetch(): may be NULL */
	void (*prefetch)(struct hv_domain *dom, unsigned int what);
	int (*set_metadata)(struct hv_domain *dom, int type,
	    const char *metadata, const char *key, const char *uri,
	    unsigned int flags);
};

/* Tables of the other object kinds; each defined in its own header. */
struct hv_network_driver;
struct hv_storage_driver;
struct hv_iface_driver;
struct hv_nodedev_driver;

struct hv_driver {
	const char *name;		/* "Test", "remote", ... */
	/*
	 * Take the connection or not: HV_DRV_OPEN_SUCCESS (conn->priv set),
	 * HV_DRV_OPEN_DECLINED (not mine, no error), HV_DRV_OPEN_ERROR
	 * (mine, but failed; error set).
	 */
	int (*open)(struct hv_conn *conn, const struct hv_uri *uri,
	    unsigned int flags);
	void (*close)(struct hv_conn *conn);
	/* A peer hears the close (a daemon): it runs even as the process
	 * exits, which would otherwise skip it (hv_conn_close_at_exit()). */
	bool close_at_exit;
	const char *(*get_type)(struct hv_conn *conn);
	int (*get_version)(struct hv_conn *conn, unsigned long long *hvver);
	int (*get_lib_version)(struct hv_conn *conn, unsigned long long *ver);
	char *(*get_hostname)(struct hv_conn *conn);
	char *(*get_sysinfo)(struct hv_conn *conn, unsigned int flags);
	char *(*get_capabilities)(struct hv_conn *conn);
	int (*get_max_vcpus)(struct hv_conn *conn, const char *type);
	int (*node_get_info)(struct hv_conn *conn, struct hv_node_info *info);
	int (*node_get_cells_free_memory)(struct hv_conn *conn,
	    unsigned long long *mems, int start, int max);
	int (*node_get_free_memory)(struct hv_conn *conn,
	    unsigned long long *bytes);
	int (*node_get_security_model)(struct hv_conn *conn,
	    struct hv_secmodel *model);
	/*
	 * Probe the peer every interval seconds, giving up after count
	 * unanswered probes: 0, or 1 when the peer cannot answer them.
	 */
	int (*set_keepalive)(struct hv_conn *conn, int interval,
	    unsigned int count);

	const struct hv_domain_driver *domain;
	const struct hv_network_driver *network;
	const struct hv_storage_driver *storage;
	const struct hv_iface_driver *iface;
	const struct hv_nodedev_driver *nodedev;
};

/* The drivers, in probe order (conn.c). */
extern const struct hv_driver hv_test_driver;
extern const struct hv_driver hv_remote_driver;

#endif
