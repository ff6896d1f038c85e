/*
 * Domain definitions: libvirt domain XML parsed into struct
 * hv_domain_def and formatted back the way libvirt 9.0 prints it.
 *
 * The fields drivers act on are modelled; everything else libvirt keeps
 * (features, cpu, clock, devices we do not model, ...) is kept as an
 * element tree so that a define/dumpxml round trip loses nothing.
 */
#ifndef HV_CONF_DOMAIN_H
#define HV_CONF_DOMAIN_H

#include <stdbool.h>

#include "util/uuid.h"
#include "util/xml.h"

struct hv_domain_def {
	char *type;			/* <domain type=...>: "test", "kvm" */
	char *name;
	unsigned char uuid[HV_UUID_BUFLEN];
	char *title;			/* NULL when none */
	char *description;		/* NULL when none */
	unsigned long long memory;	/* KiB, <memory> (the maximum) */
	unsigned long long cur_memory;	/* KiB, <currentMemory> */
	unsigned int vcpus;		/* <vcpu> (the maximum) */
	unsigned int vcpus_current;	/* <vcpu current=...> */
	bool vcpu_auto;			/* placement='auto' */
	char *vcpu_cpuset;		/* NULL when none */
	char *os_type;			/* "hvm", "xen", ... */
	struct hv_xnode *os;		/* the whole <os>, normalised */
	char *on_poweroff;
	char *on_reboot;
	char *on_crash;
	struct hv_xnode *top;		/* other top-level elements kept */
	struct hv_xnode *devices;	/* <devices>, kids in libvirt order */
};

/* hv_domain_def_format() flags */
enum {
	HV_DOMAIN_DEF_FORMAT_INACTIVE = 1 << 0,	/* no id= */
};

/*
 * Parse domain XML text.  Returns a new definition (free with
 * hv_domain_def_free()) or NULL with the thread's error set, in
 * libvirt's words ("missing domain type attribute", a libxml2 syntax
 * error with line and caret, ...).  A missing UUID or interface MAC is
 * generated; implicit disk addresses and controllers are added.
 */
struct hv_domain_def *hv_domain_def_parse(const char *xml);
/*
 * Parse a <domain> element of a document the caller parsed (a node file
 * of the test driver); otherwise as hv_domain_def_parse().  Elements in
 * other namespaces are skipped: the caller reads its own.
 */
struct hv_domain_def *hv_domain_def_parse_node(xmlNodePtr root);
/*
 * Format def as libvirt does; id >= 0 adds id='N' to the root unless
 * flags has HV_DOMAIN_DEF_FORMAT_INACTIVE.  Caller frees.
 */
char *hv_domain_def_format(const struct hv_domain_def *def, int id,
    unsigned int flags);
struct hv_domain_def *hv_domain_def_copy(const struct hv_domain_def *def);
void hv_domain_def_free(struct hv_domain_def *def);

/*
 * The <disk> whose target dev or source path is disk, or NULL.
 * Owned by def.
 */
const struct hv_xnode *hv_domain_def_find_disk(
    const struct hv_domain_def *def, const char *disk);

/* Has disk (a <disk> of a definition) no medium: a local disk without
 * a path, a network disk without a protocol? */
bool hv_domain_disk_is_empty(const struct hv_xnode *disk);

#endif
