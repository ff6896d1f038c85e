/*
 * The test driver's state, shared by its source files.
 *
 * One struct test_state is the whole simulated host: node data, the
 * domains (indexed by name, UUID and ID so that every lookup is O(1)),
 * and the other objects kept as XML trees until their own tables are
 * written.  test:///default connections share one refcounted state;
 * node-file connections each get their own.
 */
#ifndef HV_DRIVERS_TEST_H
#define HV_DRIVERS_TEST_H

#include <pthread.h>
#include <stdbool.h>

#include "conf/domain.h"
#include "driver.h"
#include "util/hash.h"
#include "util/xml.h"

struct test_dom {
	struct hv_domain_def *def;	/* live while running, else config */
	/*
	 * The config while running, or NULL: then def is the config too,
	 * until test_dom_split() copies it before either changes.
	 */
	struct hv_domain_def *newdef;
	int id;				/* -1 when inactive */
	int state;			/* enum hv_domain_state */
	int reason;
	bool persistent;
	bool autostart;
	bool managed_save;
	unsigned int taint;		/* 1 << enum test_taint */
	char **deprecations;		/* NULL-terminated, or NULL */
	size_t ndeprecations;
};

/*
 * What a domain read from a node file is tainted with (libvirt's
 * virDomainTaintFlags numbering, which orders the messages).
 */
enum test_taint {
	TEST_TAINT_HIGH_PRIVILEGES = 2,
	TEST_TAINT_SHELL_SCRIPTS = 3,
	TEST_TAINT_CDROM_PASSTHROUGH = 8,
	TEST_TAINT_CUSTOM_DTB = 9,
	TEST_TAINT_DEPRECATED_CONFIG = 12,
};

/*
 * A non-domain object (network, pool, interface, node device), kept as
 * its XML tree plus the flags the later tables will need.
 */
struct test_cell {
	unsigned long long mem;		/* KiB */
	unsigned long long free_mem;	/* as libvirt reports it */
	unsigned int page_kib;		/* base page size */
	unsigned int ncpus;
};

struct test_state {
	pthread_mutex_t lock;
	int refs;
	bool is_default;		/* test:///default: shared, NUMA */
	struct hv_node_info node;
	struct test_cell cells[2];
	int ncells;
	int next_id;
	struct hv_hash *by_name;	/* owns the struct test_dom */
	struct hv_hash *by_uuid;	/* 16 UUID bytes -> struct test_dom */
	struct hv_hash *by_id;		/* int id -> struct test_dom */
	bool objects_pending;		/* the default host's other objects */
	struct test_nets *nets;		/* test-network.c */
	struct test_ifaces *ifs;	/* test-iface.c */
	struct test_storage *storage;	/* test-storage.c */
	struct test_nodedevs *devs;	/* test-nodedev.c */
};

/* test_state.c */
struct test_state *test_state_new(void);
void test_state_free(struct test_state *st);
/* Build the built-in host of test:///default; -1 with the error set. */
int test_state_load_default(struct test_state *st);
/*
 * test_node.c: fill st from a node file (test:///PATH, PATH relative to
 * the working directory unless absolute); -1 with the error set.
 */
int test_state_load_file(struct test_state *st, const char *path);
/*
 * Lock st for a network, interface, pool, volume or device call: the
 * built-in host parses those objects only the first time one is asked
 * for, so that a domain command never pays for them.
 */
void test_state_lock_objects(struct test_state *st);

/* Domain bookkeeping (test_state.c); callers hold st->lock. */
struct test_dom *test_dom_by_name(struct test_state *st, const char *name);
struct test_dom *test_dom_by_uuid(struct test_state *st,
    const unsigned char *uuid);
struct test_dom *test_dom_by_id(struct test_state *st, int id);
/* d no longer has an ID (it is not running); no-op when it had none. */
void test_dom_drop_id(struct test_state *st, struct test_dom *d);
/* Add a shut-off domain for def (taken). */
struct test_dom *test_dom_add(struct test_state *st,
    struct hv_domain_def *def);
void test_dom_remove(struct test_state *st, struct test_dom *d);
/* Running: new id, state/reason. */
void test_dom_start(struct test_state *st, struct test_dom *d, int state,
    int reason);
/*
 * Give a running persistent domain its own config (newdef), a copy of
 * the live definition, before one of the two changes or is shown or
 * takes over at stop.  libvirt copies at start; we copy when first
 * needed, as a node file may start thousands.
 */
void test_dom_split(struct test_dom *d);
/* Stop: shut off with reason; transient domains are removed (d freed);
 * returns false then. */
bool test_dom_stop(struct test_state *st, struct test_dom *d, int reason);
/*
 * Give interfaces without a target the free names among testnet0 ..
 * testnet1023; -1 with libvirt's "Exceeded max iface limit" when none
 * is left.
 */
#define TEST_MAX_IFACES 1024
int test_dom_name_ifaces(struct hv_domain_def *def);
/* Check def against existing domains as libvirt's object list does. */
int test_dom_check_dup(struct test_state *st,
    const struct hv_domain_def *def, struct test_dom **existing);

/* test_domain.c */
extern const struct hv_domain_driver test_domain_driver;

/*
 * test-network.c, test-iface.c: the networks and host interfaces.  The
 * *_load functions add one object (running, persistent) from XML text or
 * from an element of a node file; -1 with the error set.
 */
struct test_nets *test_nets_new(void);
void test_nets_free(struct test_nets *nets);
int test_nets_load(struct test_nets *nets, const char *xml);
int test_nets_load_node(struct test_nets *nets, xmlNodePtr node);
struct test_ifaces *test_ifaces_new(void);
void test_ifaces_free(struct test_ifaces *ifs);
int test_ifaces_load(struct test_ifaces *ifs, const char *xml);
int test_ifaces_load_node(struct test_ifaces *ifs, xmlNodePtr node);
extern const struct hv_network_driver test_network_driver;
extern const struct hv_iface_driver test_iface_driver;

/*
 * test-storage.c, test-nodedev.c: pools (with their <volume> children,
 * as a node file may hold them) and node devices, loaded like the above.
 */
struct test_storage *test_storage_new(void);
void test_storage_free(struct test_storage *s);
int test_storage_load(struct test_storage *s, const char *xml);
int test_storage_load_node(struct test_storage *s, xmlNodePtr node);
struct test_nodedevs *test_nodedevs_new(void);
void test_nodedevs_free(struct test_nodedevs *d);
int test_nodedevs_load(struct test_nodedevs *d, const char *xml);
int test_nodedevs_load_node(struct test_nodedevs *d, xmlNodePtr node);
extern const struct hv_storage_driver test_storage_driver;
extern const struct hv_nodedev_driver test_nodedev_driver;

/* test_host.c: texts of the default host */
extern const char test_default_domain_xml[];
extern const char test_default_network_xml[];
extern const char test_default_pool_xml[];
extern const char test_default_iface_xml[];
extern const char *const test_default_nodedev_xml[];
char *test_capabilities(const struct test_state *st);

static inline struct test_state *
test_conn_state(struct hv_conn *conn)
{
	return conn->priv;
}

#endif
