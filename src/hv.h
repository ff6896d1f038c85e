/*
 * The connection core's public API.
 *
 * Every call resets the thread's error (error.h) on entry and, on failure,
 * returns -1 or NULL with it set.  Flags use libvirt's bit values so that
 * they travel over the wire unchanged; unknown bits are refused.
 *
 * Object handles (struct hv_domain, ...) are small records naming one
 * object on one connection; the caller frees each with its *_free().
 */
#ifndef HV_H
#define HV_H

#include <stdbool.h>
#include <stddef.h>

#include "error.h"
#include "util/uuid.h"

struct hv_conn;

/* ---- connections ---------------------------------------------------- */

enum {
	HV_CONNECT_RO = 1 << 0,		/* VIR_CONNECT_RO */
	HV_CONNECT_NO_ALIASES = 1 << 1,	/* VIR_CONNECT_NO_ALIASES */
};

/*
 * Open a connection.  name NULL or "" resolves the default URI
 * (LIBVIRT_DEFAULT_URI, then uri_default of libvirt.conf, then probing);
 * uri_aliases of libvirt.conf apply to whatever name results.
 * Returns NULL with the error set when no driver takes the URI or the
 * one that does fails.  Close with hv_conn_close().
 */
struct hv_conn *hv_conn_open(const char *name, unsigned int flags);
void hv_conn_close(struct hv_conn *conn);
/*
 * For a program about to exit: closes conn when a peer would hear it
 * (a daemon, which libvirt's client tells), and otherwise leaves its
 * memory to the exit, which takes it back faster than freeing a large
 * host object by object.
 */
void hv_conn_close_at_exit(struct hv_conn *conn);
bool hv_conn_is_readonly(const struct hv_conn *conn);
/* The connection's URI, formatted; caller frees. */
char *hv_conn_get_uri(struct hv_conn *conn);
/* Hypervisor type ("TEST"); owned by the driver. */
const char *hv_conn_get_type(struct hv_conn *conn);
/* Hypervisor version as major * 1000000 + minor * 1000 + micro. */
int hv_conn_get_version(struct hv_conn *conn, unsigned long long *hvver);
/* The version of the library the connection runs on (the daemon's for a
 * remote connection). */
int hv_conn_get_lib_version(struct hv_conn *conn, unsigned long long *ver);
/* Caller frees the strings below. */
char *hv_conn_get_hostname(struct hv_conn *conn);
/*
 * Keepalive probes every interval seconds (<= 0: none), the connection
 * closed after count unanswered ones: 0, 1 when the peer does not
 * support them, -1 with the error set (a driver without them, such as
 * the test driver, answers "not supported").
 */
int hv_conn_set_keepalive(struct hv_conn *conn, int interval,
    unsigned int count);
char *hv_conn_get_sysinfo(struct hv_conn *conn, unsigned int flags);
char *hv_conn_get_capabilities(struct hv_conn *conn);
int hv_conn_get_max_vcpus(struct hv_conn *conn, const char *type);

/* ---- credentials --------------------------------------------------- */

/*
 * What a connection asks of its user when the daemon wants SASL and
 * auth.conf does not answer: libvirt's virConnectCredentialType.
 */
enum hv_cred_type {
	HV_CRED_USERNAME = 1,
	HV_CRED_AUTHNAME = 2,
	HV_CRED_LANGUAGE = 3,
	HV_CRED_CNONCE = 4,
	HV_CRED_PASSPHRASE = 5,		/* not echoed */
	HV_CRED_ECHOPROMPT = 6,
	HV_CRED_NOECHOPROMPT = 7,
	HV_CRED_REALM = 8,
	HV_CRED_EXTERNAL = 9,
};

struct hv_cred {
	int type;			/* enum hv_cred_type */
	const char *prompt;		/* without ": " */
	const char *challenge;		/* NULL when none */
	const char *dflt;		/* for an empty answer; may be NULL */
	char *result;			/* the answer, malloc'd by ask(); the
					 * core frees it */
};

/*
 * The prompts a program offers for every connection it opens from now
 * on.  ask() fills result in each of the n credentials and returns 0,
 * or -1 when it cannot ask (the connection then fails with "Failed to
 * collect auth credentials").  Without one, a connection that needs an
 * answer fails with "No authentication callback available".
 */
struct hv_auth {
	int (*ask)(struct hv_cred *cred, size_t n, void *opaque);
	void *opaque;
};

/* Registers auth (NULL: none), which must outlive its use. */
void hv_auth_set(const struct hv_auth *auth);

/* The version of this library, in the same encoding (9000000 = 9.0.0). */
unsigned long long hv_lib_version(void);

struct hv_node_info {
	char model[32];
	unsigned long long memory;	/* KiB */
	unsigned int cpus;
	unsigned int mhz;
	unsigned int nodes;
	unsigned int sockets;		/* per node */
	unsigned int cores;		/* per socket */
	unsigned int threads;		/* per core */
};

int hv_node_get_info(struct hv_conn *conn, struct hv_node_info *info);
/*
 * Free memory in bytes of NUMA cells start .. start+max-1 into mems;
 * returns how many cells were filled.
 */
int hv_node_get_cells_free_memory(struct hv_conn *conn,
    unsigned long long *mems, int start, int max);
/* Free memory of the whole host, in bytes. */
int hv_node_get_free_memory(struct hv_conn *conn, unsigned long long *bytes);

struct hv_secmodel {
	char model[256];
	char doi[256];
};

int hv_node_get_security_model(struct hv_conn *conn,
    struct hv_secmodel *model);

/* ---- domains -------------------------------------------------------- */

struct hv_domain {
	struct hv_conn *conn;
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
	int id;				/* -1 when inactive */
};

/* virDomainState */
enum hv_domain_state {
	HV_DOMAIN_NOSTATE = 0,
	HV_DOMAIN_RUNNING = 1,
	HV_DOMAIN_BLOCKED = 2,
	HV_DOMAIN_PAUSED = 3,
	HV_DOMAIN_SHUTDOWN = 4,
	HV_DOMAIN_SHUTOFF = 5,
	HV_DOMAIN_CRASHED = 6,
	HV_DOMAIN_PMSUSPENDED = 7,
	HV_DOMAIN_LAST
};

/* Reasons use libvirt's numbering per state (virDomainRunningReason ...). */
enum {
	HV_DOMAIN_RUNNING_UNKNOWN = 0,
	HV_DOMAIN_RUNNING_BOOTED = 1,
	HV_DOMAIN_RUNNING_MIGRATED = 2,
	HV_DOMAIN_RUNNING_RESTORED = 3,
	HV_DOMAIN_RUNNING_FROM_SNAPSHOT = 4,
	HV_DOMAIN_RUNNING_UNPAUSED = 5,
};
enum {
	HV_DOMAIN_PAUSED_UNKNOWN = 0,
	HV_DOMAIN_PAUSED_USER = 1,
};
enum {
	HV_DOMAIN_SHUTOFF_UNKNOWN = 0,
	HV_DOMAIN_SHUTOFF_SHUTDOWN = 1,
	HV_DOMAIN_SHUTOFF_DESTROYED = 2,
	HV_DOMAIN_SHUTOFF_CRASHED = 3,
	HV_DOMAIN_SHUTOFF_MIGRATED = 4,
	HV_DOMAIN_SHUTOFF_SAVED = 5,
	HV_DOMAIN_SHUTOFF_FAILED = 6,
	HV_DOMAIN_SHUTOFF_FROM_SNAPSHOT = 7,
	HV_DOMAIN_SHUTOFF_DAEMON = 8,
};

/* virConnectListAllDomainsFlags */
enum {
	HV_LIST_DOMAINS_ACTIVE = 1 << 0,
	HV_LIST_DOMAINS_INACTIVE = 1 << 1,
	HV_LIST_DOMAINS_PERSISTENT = 1 << 2,
	HV_LIST_DOMAINS_TRANSIENT = 1 << 3,
	HV_LIST_DOMAINS_RUNNING = 1 << 4,
	HV_LIST_DOMAINS_PAUSED = 1 << 5,
	HV_LIST_DOMAINS_SHUTOFF = 1 << 6,
	HV_LIST_DOMAINS_OTHER = 1 << 7,
	HV_LIST_DOMAINS_MANAGEDSAVE = 1 << 8,
	HV_LIST_DOMAINS_NO_MANAGEDSAVE = 1 << 9,
	HV_LIST_DOMAINS_AUTOSTART = 1 << 10,
	HV_LIST_DOMAINS_NO_AUTOSTART = 1 << 11,
	HV_LIST_DOMAINS_HAS_SNAPSHOT = 1 << 12,
	HV_LIST_DOMAINS_NO_SNAPSHOT = 1 << 13,
	HV_LIST_DOMAINS_HAS_CHECKPOINT = 1 << 14,
	HV_LIST_DOMAINS_NO_CHECKPOINT = 1 << 15,
};

/* virDomainModificationImpact, and the extra bits of the calls using it */
enum {
	HV_DOMAIN_AFFECT_CURRENT = 0,
	HV_DOMAIN_AFFECT_LIVE = 1 << 0,
	HV_DOMAIN_AFFECT_CONFIG = 1 << 1,
	HV_DOMAIN_MEM_MAXIMUM = 1 << 2,		/* set_memory */
	HV_DOMAIN_VCPU_MAXIMUM = 1 << 2,	/* set/get_vcpus */
	HV_DOMAIN_VCPU_GUEST = 1 << 3,
	HV_DOMAIN_VCPU_HOTPLUGGABLE = 1 << 4,
};

/* virDomainXMLFlags */
enum {
	HV_DOMAIN_XML_SECURE = 1 << 0,
	HV_DOMAIN_XML_INACTIVE = 1 << 1,
	HV_DOMAIN_XML_UPDATE_CPU = 1 << 2,
	HV_DOMAIN_XML_MIGRATABLE = 1 << 3,
};

/* virDomainCreateFlags (start and create) */
enum {
	HV_DOMAIN_START_PAUSED = 1 << 0,
	HV_DOMAIN_START_AUTODESTROY = 1 << 1,
	HV_DOMAIN_START_BYPASS_CACHE = 1 << 2,
	HV_DOMAIN_START_FORCE_BOOT = 1 << 3,
	HV_DOMAIN_START_VALIDATE = 1 << 4,
	HV_DOMAIN_START_RESET_NVRAM = 1 << 5,
};

enum { HV_DOMAIN_DEFINE_VALIDATE = 1 << 0 };

/* virDomainUndefineFlagsValues */
enum {
	HV_DOMAIN_UNDEFINE_MANAGED_SAVE = 1 << 0,
	HV_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA = 1 << 1,
	HV_DOMAIN_UNDEFINE_NVRAM = 1 << 2,
	HV_DOMAIN_UNDEFINE_KEEP_NVRAM = 1 << 3,
	HV_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA = 1 << 4,
	HV_DOMAIN_UNDEFINE_TPM = 1 << 5,
	HV_DOMAIN_UNDEFINE_KEEP_TPM = 1 << 6,
};

enum {
	HV_DOMAIN_DESTROY_GRACEFUL = 1 << 0,
	HV_DOMAIN_DESTROY_REMOVE_LOGS = 1 << 1,
};

/* virDomainShutdownFlagValues, also used by reboot */
enum {
	HV_DOMAIN_SHUTDOWN_ACPI = 1 << 0,
	HV_DOMAIN_SHUTDOWN_GUEST_AGENT = 1 << 1,
	HV_DOMAIN_SHUTDOWN_INITCTL = 1 << 2,
	HV_DOMAIN_SHUTDOWN_SIGNAL = 1 << 3,
	HV_DOMAIN_SHUTDOWN_PARAVIRT = 1 << 4,
};

/* virDomainSaveRestoreFlags */
enum {
	HV_DOMAIN_SAVE_BYPASS_CACHE = 1 << 0,
	HV_DOMAIN_SAVE_RUNNING = 1 << 1,
	HV_DOMAIN_SAVE_PAUSED = 1 << 2,
	HV_DOMAIN_SAVE_RESET_NVRAM = 1 << 3,
};

/* virDomainMetadataType */
enum {
	HV_DOMAIN_METADATA_DESCRIPTION = 0,
	HV_DOMAIN_METADATA_TITLE = 1,
	HV_DOMAIN_METADATA_ELEMENT = 2,
};

struct hv_domain_info {
	int state;			/* enum hv_domain_state */
	unsigned long long max_mem;	/* KiB */
	unsigned long long memory;	/* KiB */
	unsigned int nr_virt_cpu;
	unsigned long long cpu_time;	/* ns */
};

struct hv_seclabel {
	char label[4097];
	int enforcing;
};

/* virDomainMemoryStatTags */
struct hv_mem_stat {
	int tag;
	unsigned long long val;
};

struct hv_block_info {
	unsigned long long capacity;
	unsigned long long allocation;
	unsigned long long physical;
};

/*
 * All domains matching flags, sorted as the driver keeps them; *doms gets
 * an array of handles (free with hv_domain_list_free()).  Returns the
 * count.
 */
int hv_conn_list_all_domains(struct hv_conn *conn, struct hv_domain ***doms,
    unsigned int flags);
void hv_domain_list_free(struct hv_domain **doms, int n);

struct hv_domain *hv_domain_lookup_by_id(struct hv_conn *conn, int id);
struct hv_domain *hv_domain_lookup_by_name(struct hv_conn *conn,
    const char *name);
struct hv_domain *hv_domain_lookup_by_uuid(struct hv_conn *conn,
    const unsigned char *uuid);
struct hv_domain *hv_domain_lookup_by_uuid_string(struct hv_conn *conn,
    const char *uuid);
/* Flags 0 is libvirt's virDomainDefineXML, others virDomainDefineXMLFlags
 * (the API name errors give). */
struct hv_domain *hv_domain_define_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags);
struct hv_domain *hv_domain_create_xml(struct hv_conn *conn, const char *xml,
    unsigned int flags);
/*
 * dxml, when not NULL, is the definition the restored domain is to have
 * instead of the saved one; dxml or flags make it virDomainRestoreFlags.
 */
int hv_domain_restore(struct hv_conn *conn, const char *from,
    const char *dxml, unsigned int flags);
void hv_domain_free(struct hv_domain *dom);
/* A new handle; the core and drivers make them, callers free them. */
struct hv_domain *hv_domain_new(struct hv_conn *conn, const char *name,
    const unsigned char *uuid, int id);

int hv_domain_undefine(struct hv_domain *dom, unsigned int flags);
int hv_domain_create(struct hv_domain *dom, unsigned int flags);
int hv_domain_destroy(struct hv_domain *dom, unsigned int flags);
int hv_domain_shutdown(struct hv_domain *dom, unsigned int flags);
int hv_domain_reboot(struct hv_domain *dom, unsigned int flags);
int hv_domain_reset(struct hv_domain *dom, unsigned int flags);
int hv_domain_suspend(struct hv_domain *dom);
int hv_domain_resume(struct hv_domain *dom);
/* dxml as for hv_domain_restore(): with flags, virDomainSaveFlags. */
int hv_domain_save(struct hv_domain *dom, const char *to, const char *dxml,
    unsigned int flags);
int hv_domain_managed_save(struct hv_domain *dom, unsigned int flags);
int hv_domain_managed_save_remove(struct hv_domain *dom, unsigned int flags);
int hv_domain_has_managed_save(struct hv_domain *dom, unsigned int flags);

int hv_domain_get_info(struct hv_domain *dom, struct hv_domain_info *info);
int hv_domain_get_state(struct hv_domain *dom, int *state, int *reason,
    unsigned int flags);
/* Caller frees the strings below. */
char *hv_domain_get_xml_desc(struct hv_domain *dom, unsigned int flags);
char *hv_domain_get_os_type(struct hv_domain *dom);
char *hv_domain_get_hostname(struct hv_domain *dom, unsigned int flags);
/* 1 yes, 0 no, -1 error */
int hv_domain_is_active(struct hv_domain *dom);
int hv_domain_is_persistent(struct hv_domain *dom);
int hv_domain_get_autostart(struct hv_domain *dom, int *autostart);
int hv_domain_set_autostart(struct hv_domain *dom, int autostart);
/*
 * Memory in KiB (libvirt's virDomainSetMemoryFlags, the only one virsh
 * calls).  HV_DOMAIN_MEM_MAXIMUM sets the maximum.
 */
int hv_domain_set_memory(struct hv_domain *dom, unsigned long long kib,
    unsigned int flags);
/*
 * libvirt's two calls, which differ in the name their errors give:
 * virDomainSetVcpus changes the running domain (as AFFECT_LIVE),
 * virDomainSetVcpusFlags whatever flags select.
 */
int hv_domain_set_vcpus(struct hv_domain *dom, unsigned int n);
int hv_domain_set_vcpus_flags(struct hv_domain *dom, unsigned int n,
    unsigned int flags);
/* The vCPU count selected by flags (AFFECT_*, VCPU_MAXIMUM). */
int hv_domain_get_vcpus(struct hv_domain *dom, unsigned int flags);
/* Returns 0 and an empty label when the domain has none (not running). */
int hv_domain_get_security_label(struct hv_domain *dom,
    struct hv_seclabel *label);
/*
 * How often (seconds; 0 stops it) the memory balloon collects the
 * statistics; flags AFFECT_LIVE or AFFECT_CONFIG, not both.
 */
int hv_domain_set_memory_stats_period(struct hv_domain *dom, int period,
    unsigned int flags);
/* Fills up to nr stats; returns how many (0 when stats is NULL or nr 0). */
int hv_domain_memory_stats(struct hv_domain *dom, struct hv_mem_stat *stats,
    unsigned int nr, unsigned int flags);
int hv_domain_get_block_info(struct hv_domain *dom, const char *disk,
    struct hv_block_info *info, unsigned int flags);
/* virDomainMessageType */
enum {
	HV_DOMAIN_MESSAGE_DEPRECATION = 1 << 0,
	HV_DOMAIN_MESSAGE_TAINTING = 1 << 1,
};

/*
 * A hint, no call of libvirt's: the calls of what (HV_PREFETCH_*) are
 * about to be made for dom, in their order, so a driver may send them
 * together (the remote driver does: one round trip for all) and answer
 * them from what came back.  Nothing happens when the driver has no use
 * for it; no error is ever set.
 */
enum {
	/* dominfo's: os type, info, persistent, autostart, managed
	 * save, the node's security model, the label, the messages */
	HV_PREFETCH_DOMINFO = 1,
};
void hv_domain_prefetch(struct hv_domain *dom, unsigned int what);
/*
 * The domain's warnings, "tainted: ..." then "deprecated configuration:
 * ...", as flags select (0: all): *msgs gets a NULL-terminated array
 * (free with hv_strv_free()).  Returns the count.
 */
int hv_domain_get_messages(struct hv_domain *dom, char ***msgs,
    unsigned int flags);
/* Title or description (type HV_DOMAIN_METADATA_*); caller frees. */
char *hv_domain_get_metadata(struct hv_domain *dom, int type,
    const char *uri, unsigned int flags);
int hv_domain_set_metadata(struct hv_domain *dom, int type,
    const char *metadata, const char *key, const char *uri,
    unsigned int flags);

#include "hv-storage.h"
#include "hv-nodedev.h"
#include "hv-network.h"
#include "hv-iface.h"

#endif
