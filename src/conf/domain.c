#include "conf/domain.h"

#include <ctype.h>
#include <pthread.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "util/buf.h"
#include "util/hash.h"
#include "util/mac.h"
#include "util/num.h"
#include "util/xalloc.h"


/*
 * Top-level elements kept as trees, listed with the modelled ones (in
 * capitals, never looked up) in the order libvirt prints them.
 */
static const char *const top_order[] = {
	"NAME", "UUID", "genid", "TITLE", "metadata", "maxMemory", "MEMORY",
	"blkiotune", "memtune", "memoryBacking", "VCPU", "vcpus",
	"iothreads", "iothreadids", "cputune", "numatune", "resource",
	"sysinfo", "bootloader", "bootloader_args", "OS", "idmap",
	"features", "cpu", "clock", "ON", "on_lockfailure", "pm", "perf",
	"DEVICES", "seclabel", "keywrap", "launchSecurity", NULL
};

static const char *const os_order[] = {
	"type", "firmware", "loader", "nvram", "kernel", "initrd", "cmdline",
	"dtb", "acpi", "shim", "init", "initarg", "initenv", "initdir",
	"inituser", "initgroup", "boot", "bootmenu", "smbios", "bios", NULL
};

/* Device kinds in the order libvirt prints them. */
static const char *const dev_order[] = {
	"emulator", "disk", "controller", "lease", "filesystem", "interface",
	"smartcard", "serial", "parallel", "console", "channel", "input",
	"tpm", "graphics", "sound", "audio", "video", "hostdev", "redirdev",
	"redirfilter", "hub", "watchdog", "memballoon", "rng", "panic",
	"shmem", "memory", "iommu", "vsock", "crypto", NULL
};

/* The parts of a disk and of an interface libvirt reads, in its order;
 * it drops any other. */
static const char *const disk_order[] = {
	"driver", "auth", "source", "backingStore", "backenddomain",
	"geometry", "blockio", "mirror", "target", "iotune",
	"throttlefilters", "readonly", "shareable", "transient", "serial",
	"wwn", "vendor", "product", "encryption", "boot", "alias", "address",
	NULL
};

static const char *const net_order[] = {
	"mac", "source", "virtualport", "ip", "route", "script",
	"downscript", "backenddomain", "target", "guest", "model", "driver",
	"backend", "filterref", "tune", "teaming", "link", "mtu",
	"coalesce", "bandwidth", "vlan", "port", "boot", "alias", "rom",
	"acpi", "address", NULL
};

static const char *const features_order[] = {
	"acpi", "apic", "pae", "hap", "viridian", "privnet", "hyperv", "kvm",
	"pvspinlock", "capabilities", "pmu", "vmport", "gic", "smm",
	"ioapic", "hpt", "vmcoreinfo", "htm", "nested-hv", "msrs",
	"ccf-assist", "xen", "cfpc", "sbbc", "ibs", "tcg", NULL
};

static const char *const blkio_device_order[] = {
	"path", "weight", "read_iops_sec", "write_iops_sec",
	"read_bytes_sec", "write_bytes_sec", NULL
};

/* The values libvirt's enums take, for what it refuses. */
static const char *const disk_types[] = {
	"file", "block", "dir", "network", "volume", "nvme", "vhostuser", NULL
};
static const char *const disk_devices[] = {
	"disk", "cdrom", "floppy", "lun", NULL
};
static const char *const disk_buses[] = {
	"ide", "fdc", "scsi", "virtio", "xen", "usb", "uml", "sata", "sd",
	NULL
};
static const char *const net_types[] = {
	"user", "ethernet", "vhostuser", "server", "client", "mcast",
	"network", "bridge", "internal", "direct", "hostdev", "udp", "vdpa",
	"null", "vds", NULL
};
static const char *const os_types[] = {
	"hvm", "xen", "linux", "exe", "uml", "xenpvh", NULL
};
static const char *const archs[] = {
	"x86_64", "i686", "alpha", "armv6l", "armv7l", "armv7b", "aarch64",
	"cris",
	"ia64", "lm32", "m68k", "microblaze", "microblazeel", "mips",
	"mipsel", "mips64", "mips64el", "openrisc", "parisc", "parisc64",
	"ppc", "ppcle", "ppc64", "ppc64le", "ppcemb", "riscv32", "riscv64",
	"s390", "s390x", "sh4", "sh4eb", "sparc", "sparc64", "unicore32",
	"xtensa", "xtensaeb", NULL
};
static const char *const clock_offsets[] = {
	"utc", "localtime", "variable", "timezone", "absolute", NULL
};
static const char *const lockfailure_actions[] = {
	"default", "poweroff", "restart", "pause", "ignore", NULL
};

/* Drive-address buses and the implicit controllers they need. */
static const char *const drive_buses[] = { "scsi", "fdc", "ide", "sata" };

void
hv_domain_def_free(struct hv_domain_def *def)
{
	if (def == NULL)
		return;
	free(def->type);
	free(def->name);
	free(def->title);
	free(def->description);
	free(def->vcpu_cpuset);
	free(def->os_type);
	hv_xnode_free(def->os);
	free(def->on_poweroff);
	free(def->on_reboot);
	free(def->on_crash);
	hv_xnode_free(def->top);
	hv_xnode_free(def->devices);
	free(def);
}

/* Field by field; for a definition that does not read back. */
static struct hv_domain_def *
copy_fields(const struct hv_domain_def *def)
{
	struct hv_domain_def *c = xcalloc(1, sizeof(*c));

	c->type = xstrdup(def->type);
	c->name = xstrdup(def->name);
	memcpy(c->uuid, def->uuid, sizeof(c->uuid));
	c->title = xstrdup_null(def->title);
	c->description = xstrdup_null(def->description);
	c->memory = def->memory;
	c->cur_memory = def->cur_memory;
	c->vcpus = def->vcpus;
	c->vcpus_current = def->vcpus_current;
	c->vcpu_auto = def->vcpu_auto;
	c->vcpu_cpuset = xstrdup_null(def->vcpu_cpuset);
	c->os_type = xstrdup(def->os_type);
	c->os = hv_xnode_copy(def->os);
	c->on_poweroff = xstrdup(def->on_poweroff);
	c->on_reboot = xstrdup(def->on_reboot);
	c->on_crash = xstrdup(def->on_crash);
	c->top = hv_xnode_copy(def->top);
	c->devices = hv_xnode_copy(def->devices);
	return c;
}

/* A memory element: value in KiB, rounded up as libvirt does. */
static int
parse_memory(const struct hv_xnode *n, const char *elem,
    unsigned long long *kib)
{
	unsigned long long bytes;

	/* empty is absent, as libvirt's XPath string reads it */
	if (n->text == NULL || *n->text == '\0')
		return 0;
	if (!hv_num_ull(n->text, NULL, &bytes)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "Invalid value '%s' for element or attribute './%s[1]'",
		    n->text ? n->text : "", elem);
		return -1;
	}
	/* no unit is KiB; off_t bounds a size: 2^63 - 1 bytes */
	if (hv_num_scale(&bytes, hv_xnode_attr(n, "unit"), 1024,
	    LLONG_MAX) < 0)
		return -1;
	*kib = bytes / 1024 + (bytes % 1024 != 0);
	return 0;
}

/* Is n called s?  The first byte settles most misses without a call. */
static bool
named(const char *n, const char *s)
{
	return n[0] == s[0] && strcmp(n, s) == 0;
}

static void
bad_attr(const char *attr, const char *elem, const char *value,
    const char *expected)
{
	hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
	    "Invalid value for attribute '%s' in element '%s': '%s'.%s",
	    attr, elem, value, expected);
}

static bool
listed(const char *const *names, const char *name)
{
	for (size_t i = 0; names[i]; i++) {
		if (names[i][0] == name[0] && strcmp(names[i], name) == 0)
			return true;
	}
	return false;
}

/*
 * Sort the child elements of n by names and free those it does not
 * list: the sort puts them last, so the check stops at the first
 * listed one from the end.
 */
static void
sort_known(struct hv_xnode *n, const char *const *names)
{
	hv_xnode_sort(n, names);
	while (n->nkids > 0 && !listed(names, n->kids[n->nkids - 1]->name))
		hv_xnode_free(n->kids[--n->nkids]);
}

/* The index of a disk name: hda 0, hdb 1, sdaa 26; -1 if none. */
static long
disk_index(const char *dst)
{
	static const char *const prefixes[] = {
		"fd", "hd", "vd", "sd", "xvd", "ubd", NULL
	};
	const char *p = NULL;
	long idx = 0;
	int i;

	for (i = 0; prefixes[i]; i++) {
		size_t l = strlen(prefixes[i]);

		if (strncmp(dst, prefixes[i], l) == 0) {
			p = dst + l;
			break;
		}
	}
	if (p == NULL || !islower((unsigned char)*p))
		return -1;
	for (i = 0; islower((unsigned char)*p); i++, p++) {
		idx = (idx + (i < 1 ? 0 : 1)) * 26 + (*p - 'a');
		if (idx > INT_MAX)
			return -1;
	}
	return idx;
}

static const char *
default_bus(const char *dst, const char *device)
{
	if (device && strcmp(device, "floppy") == 0)
		return "fdc";
	if (strncmp(dst, "hd", 2) == 0)
		return "ide";
	if (strncmp(dst, "sd", 2) == 0)
		return "scsi";
	if (strncmp(dst, "vd", 2) == 0)
		return "virtio";
	if (strncmp(dst, "xvd", 3) == 0)
		return "xen";
	if (strncmp(dst, "ubd", 3) == 0)
		return "uml";
	return "ide";
}

static void
set_num(struct hv_xnode *n, const char *attr, const char *fmt,
    unsigned long v)
{
	char tmp[32];

	snprintf(tmp, sizeof(tmp), fmt, v);
	hv_xnode_set_attr(n, attr, tmp);
}

static unsigned long
attr_num(const struct hv_xnode *n, const char *attr)
{
	const char *s = hv_xnode_attr(n, attr);

	return s ? strtoul(s, NULL, 0) : 0;
}

/* Put an <address> in libvirt's attribute order and number format. */
static void
normalize_address(struct hv_xnode *a)
{
	const char *type = hv_xnode_attr(a, "type");

	if (type == NULL)
		return;
	hv_xnode_move_attr(a, "type", 0);
	if (strcmp(type, "pci") == 0) {
		set_num(a, "domain", "0x%04lx", attr_num(a, "domain"));
		set_num(a, "bus", "0x%02lx", attr_num(a, "bus"));
		set_num(a, "slot", "0x%02lx", attr_num(a, "slot"));
		set_num(a, "function", "0x%lx", attr_num(a, "function"));
		hv_xnode_move_attr(a, "domain", 1);
		hv_xnode_move_attr(a, "bus", 2);
		hv_xnode_move_attr(a, "slot", 3);
		hv_xnode_move_attr(a, "function", 4);
	} else if (strcmp(type, "drive") == 0) {
		set_num(a, "controller", "%lu", attr_num(a, "controller"));
		set_num(a, "bus", "%lu", attr_num(a, "bus"));
		set_num(a, "target", "%lu", attr_num(a, "target"));
		set_num(a, "unit", "%lu", attr_num(a, "unit"));
		hv_xnode_move_attr(a, "controller", 1);
		hv_xnode_move_attr(a, "bus", 2);
		hv_xnode_move_attr(a, "target", 3);
		hv_xnode_move_attr(a, "unit", 4);
	}
}

/* The source path of a disk, for messages and lookups. */
static const char *
disk_source(const struct hv_xnode *disk)
{
	static const char *const attrs[] = {
		"file", "dev", "dir", "name", "volume", "path", NULL
	};
	const struct hv_xnode *src = hv_xnode_child(disk, "source");

	for (int i = 0; src && attrs[i]; i++) {
		const char *v = hv_xnode_attr(src, attrs[i]);

		if (v)
			return v;
	}
	return NULL;
}

static int
normalize_disk(struct hv_xnode *d)
{
	struct hv_xnode *tgt = hv_xnode_child(d, "target");
	struct hv_xnode *addr, *src;
	const char *dst, *bus;
	long idx;

	const char *type, *device;

	if (hv_xnode_attr(d, "type") == NULL)
		hv_xnode_set_attr(d, "type", "file");
	if (hv_xnode_attr(d, "device") == NULL)
		hv_xnode_set_attr(d, "device", "disk");
	type = hv_xnode_attr(d, "type");
	device = hv_xnode_attr(d, "device");
	if (!listed(disk_types, type)) {
		bad_attr("type", "disk", type, "");
		return -1;
	}
	if (!listed(disk_devices, device)) {
		bad_attr("device", "disk", device, "");
		return -1;
	}
	bus = hv_xnode_attr(tgt, "bus");
	if (bus && !listed(disk_buses, bus)) {
		bad_attr("bus", "target", bus, "");
		return -1;
	}
	hv_xnode_move_attr(d, "type", 0);
	hv_xnode_move_attr(d, "device", 1);
	src = hv_xnode_child(d, "source");
	if (src && named(type, "network") &&
	    hv_xnode_attr(src, "protocol") == NULL) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
		    "Missing required attribute 'protocol' in element "
		    "'source'");
		return -1;
	}
	dst = hv_xnode_attr(tgt, "dev");
	if (dst == NULL) {
		const char *path = disk_source(d);

		hv_error_report(HV_FROM_DOMAIN, HV_ERR_NO_TARGET,
		    "device %s",
		    path ? path : "<null>");
		return -1;
	}
	if (bus == NULL)
		hv_xnode_set_attr(tgt, "bus", default_bus(dst, device));
	hv_xnode_move_attr(tgt, "dev", 0);
	hv_xnode_move_attr(tgt, "bus", 1);
	bus = hv_xnode_attr(tgt, "bus");
	addr = hv_xnode_child(d, "address");
	idx = disk_index(dst);
	if (addr == NULL && idx < 0) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "Unknown disk name '%s' and no address specified", dst);
		return -1;
	}
	if (addr == NULL && idx >= 0) {
		unsigned long ctl = 0, b = 0, unit = 0;
		bool drive = true;

		if (strcmp(bus, "scsi") == 0) {
			ctl = idx / 7;
			unit = idx % 7;
		} else if (strcmp(bus, "ide") == 0) {
			ctl = idx / 4;
			b = (idx % 4) / 2;
			unit = idx % 2;
		} else if (strcmp(bus, "sata") == 0) {
			ctl = idx / 6;
			unit = idx % 6;
		} else if (strcmp(bus, "fdc") == 0) {
			ctl = idx / 2;
			unit = idx % 2;
		} else {
			drive = false;
		}
		if (drive) {
			addr = hv_xnode_new("address");
			hv_xnode_set_attr(addr, "type", "drive");
			set_num(addr, "controller", "%lu", ctl);
			set_num(addr, "bus", "%lu", b);
			set_num(addr, "target", "%lu", 0);
			set_num(addr, "unit", "%lu", unit);
			hv_xnode_add(d, addr);
		}
	}
	if (addr)
		normalize_address(addr);
	/* a CD-ROM is read-only whether or not the XML says so */
	if (strcmp(hv_xnode_attr(d, "device"), "cdrom") == 0 &&
	    !hv_xnode_child(d, "readonly"))
		hv_xnode_add(d, hv_xnode_new("readonly"));
	sort_known(d, disk_order);
	return 0;
}

/* Names libvirt reserves for interfaces it creates: never kept. */
static bool
generated_ifname(const char *n)
{
	return strncmp(n, "vnet", 4) == 0 || strncmp(n, "vif", 3) == 0 ||
	    strncmp(n, "macvtap", 7) == 0 || strncmp(n, "macvlan", 7) == 0;
}

static int
normalize_net(struct hv_xnode *n)
{
	struct hv_xnode *mac = hv_xnode_child(n, "mac");
	struct hv_xnode *tgt = hv_xnode_child(n, "target");
	struct hv_xnode *addr = hv_xnode_child(n, "address");
	unsigned char m[HV_MAC_BUFLEN];
	char text[HV_MAC_STRLEN];

	const char *type;

	if (hv_xnode_attr(n, "type") == NULL)
		hv_xnode_set_attr(n, "type", "user");
	hv_xnode_move_attr(n, "type", 0);
	type = hv_xnode_attr(n, "type");
	if (!listed(net_types, type)) {
		bad_attr("type", "interface", type, "");
		return -1;
	}
	if (mac == NULL) {
		unsigned char r[HV_UUID_BUFLEN];

		hv_uuid_generate(r);
		m[0] = 0x52, m[1] = 0x54, m[2] = 0x00;
		m[3] = r[0], m[4] = r[1], m[5] = r[2];
		mac = hv_xnode_new("mac");
		hv_xnode_add(n, mac);
	} else if (hv_xnode_attr(mac, "address") == NULL ||
	    hv_mac_parse(hv_xnode_attr(mac, "address"), m) < 0) {
		const char *a = hv_xnode_attr(mac, "address");

		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "unable to parse mac address '%s'", a ? a : "");
		return -1;
	} else if (m[0] & 1) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "expected unicast mac address, found multicast '%s'",
		    hv_xnode_attr(mac, "address"));
		return -1;
	}
	if (!hv_xnode_child(n, "source") && !named(type, "user")) {
		if (named(type, "hostdev")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
			    "%s", "missing source address type");
			return -1;
		}
		if (!named(type, "ethernet") && !named(type, "null")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
			    "interface type='%s' requires a 'source' element",
			    type);
			return -1;
		}
	}
	hv_mac_format(m, text);
	hv_xnode_set_attr(mac, "address", text);
	if (tgt) {
		const char *dev = hv_xnode_attr(tgt, "dev");

		if (dev && generated_ifname(dev))
			hv_xnode_set_attr(tgt, "dev", NULL);
		if (tgt->nattrs == 0 && tgt->nkids == 0)
			hv_xnode_remove(n, "target");
	}
	if (addr)
		normalize_address(addr);
	sort_known(n, net_order);
	return 0;
}

static bool
has_controller(const struct hv_xnode *devs, const char *type,
    unsigned long idx)
{
	for (size_t i = 0; i < devs->nkids; i++) {
		const struct hv_xnode *c = devs->kids[i];
		const char *t = hv_xnode_attr(c, "type");

		if (strcmp(c->name, "controller") == 0 && t &&
		    strcmp(t, type) == 0 && attr_num(c, "index") == idx)
			return true;
	}
	return false;
}

/*
 * libvirt files each disk and controller in as it comes: before the
 * first one of its group (bus, type) with a higher index, else after the
 * last one of its group, else at the end.  A controller without an index
 * (unindexed, idx < 0) goes after the last of its group.
 */
struct slot {
	struct hv_xnode *node;
	const char *group;
	long idx;
};

static bool
same_group(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void
insert_slot(struct slot *v, size_t *n, struct hv_xnode *node,
    const char *group, long idx, bool unindexed)
{
	size_t at = *n;
	bool found = false;

	for (size_t i = *n; i-- > 0;) {
		if (!same_group(v[i].group, group))
			continue;
		if (unindexed) {
			at = i + 1;
			break;
		}
		if (v[i].idx > idx) {
			at = i;
			found = true;
		} else if (!found) {
			at = i + 1;
			found = true;
		}
	}
	memmove(v + at + 1, v + at, (*n - at) * sizeof(*v));
	v[at].node = node;
	v[at].group = group;
	v[at].idx = idx;
	(*n)++;
}

static long
controller_index(const struct hv_xnode *c)
{
	const char *s = hv_xnode_attr(c, "index");

	return s ? (long)strtoul(s, NULL, 10) : -1;
}

static void
number_controller(struct slot *v, size_t n, struct slot *c)
{
	long idx = 0;
	size_t i;

	do {
		for (i = 0; i < n; i++) {
			if (same_group(v[i].group, c->group) &&
			    v[i].idx == idx)
				break;
		}
		if (i < n)
			idx++;
	} while (i < n);
	c->idx = idx;
	set_num(c->node, "index", "%lu", (unsigned long)idx);
	hv_xnode_move_attr(c->node, "index", 1);
}

/*
 * Put the disks and the controllers of devs in the order libvirt's
 * parser leaves them; the other devices keep theirs.
 */
static void
order_disks_controllers(struct hv_xnode *devs)
{
	struct slot *disks = xcalloc(devs->nkids + 1, sizeof(*disks));
	struct slot *ctls = xcalloc(devs->nkids + 1, sizeof(*ctls));
	struct hv_xnode **rest = xcalloc(devs->nkids + 1, sizeof(*rest));
	size_t nd = 0, nc = 0, nr = 0, k = 0;

	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *d = devs->kids[i];
		const struct hv_xnode *t = hv_xnode_child(d, "target");
		const char *dst = hv_xnode_attr(t, "dev");

		if (strcmp(d->name, "disk") == 0)
			insert_slot(disks, &nd, d, hv_xnode_attr(t, "bus"),
			    dst ? disk_index(dst) : -1, false);
		else if (strcmp(d->name, "controller") == 0)
			insert_slot(ctls, &nc, d, hv_xnode_attr(d, "type"),
			    controller_index(d), controller_index(d) < 0);
		else
			rest[nr++] = d;
	}
	/* ordered by kind later (stable), so the groups can go first */
	for (size_t i = 0; i < nd; i++)
		devs->kids[k++] = disks[i].node;
	for (size_t i = 0; i < nc; i++) {
		devs->kids[k++] = ctls[i].node;
		/* one without an index gets the lowest its type has free */
		if (ctls[i].idx < 0)
			number_controller(ctls, nc, &ctls[i]);
	}
	for (size_t i = 0; i < nr; i++)
		devs->kids[k++] = rest[i];
	free(disks);
	free(ctls);
	free(rest);
}

/* libvirt appends the controllers it adds on its own. */
static void
add_controller(struct hv_xnode *devs, const char *type, unsigned long idx)
{
	struct hv_xnode *c = hv_xnode_new("controller");

	hv_xnode_set_attr(c, "type", type);
	set_num(c, "index", "%lu", idx);
	hv_xnode_add(devs, c);
}

/* Disks on drive buses need their controllers; add them as libvirt. */
static void
add_implicit_controllers(struct hv_xnode *devs)
{
	for (size_t b = 0; b < sizeof(drive_buses) / sizeof(*drive_buses);
	    b++) {
		long max = -1;

		for (size_t i = 0; i < devs->nkids; i++) {
			const struct hv_xnode *d = devs->kids[i];
			const struct hv_xnode *a = hv_xnode_child(d, "address");
			const char *bus;

			if (strcmp(d->name, "disk") != 0 || a == NULL)
				continue;
			bus = hv_xnode_attr(hv_xnode_child(d, "target"), "bus");
			if (bus && strcmp(bus, drive_buses[b]) == 0 &&
			    hv_xnode_attr(a, "type") != NULL &&
			    strcmp(hv_xnode_attr(a, "type"), "drive") == 0 &&
			    (long)attr_num(a, "controller") > max)
				max = (long)attr_num(a, "controller");
		}
		for (long i = 0; i <= max && i < 64; i++) {
			if (!has_controller(devs, drive_buses[b],
			    (unsigned long)i))
				add_controller(devs, drive_buses[b],
				    (unsigned long)i);
		}
	}
}

/*
 * Character devices: the source type defaults to pty; a tty= path is
 * run-time state that libvirt does not read from a definition.
 */
static void
normalize_chardev(struct hv_xnode *d)
{
	if (hv_xnode_attr(d, "type") == NULL)
		hv_xnode_set_attr(d, "type", "pty");
	hv_xnode_move_attr(d, "type", 0);
	hv_xnode_set_attr(d, "tty", NULL);
}

/* The <target> of a character device, made when missing. */
static struct hv_xnode *
chr_target(struct hv_xnode *d)
{
	struct hv_xnode *t = hv_xnode_child(d, "target");

	if (t == NULL) {
		t = hv_xnode_new("target");
		hv_xnode_add(d, t);
	}
	return t;
}

static void
normalize_serials(struct hv_xnode *devs)
{
	unsigned long port = 0, pport = 0, cport = 0;

	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *d = devs->kids[i], *t;

		if (strcmp(d->name, "serial") == 0 ||
		    strcmp(d->name, "console") == 0 ||
		    strcmp(d->name, "parallel") == 0 ||
		    strcmp(d->name, "channel") == 0)
			normalize_chardev(d);
		if (strcmp(d->name, "serial") == 0) {
			t = hv_xnode_child(d, "target");
			if (t == NULL) {
				t = hv_xnode_new("target");
				hv_xnode_add(d, t);
			}
			if (hv_xnode_attr(t, "port") == NULL)
				set_num(t, "port", "%lu", port);
			port = attr_num(t, "port") + 1;
		} else if (strcmp(d->name, "parallel") == 0) {
			t = chr_target(d);
			if (hv_xnode_attr(t, "port") == NULL)
				set_num(t, "port", "%lu", pport);
			pport = attr_num(t, "port") + 1;
		} else if (strcmp(d->name, "console") == 0) {
			t = hv_xnode_child(d, "target");
			if (t == NULL) {
				t = hv_xnode_new("target");
				hv_xnode_add(d, t);
			}
			if (hv_xnode_attr(t, "type") == NULL)
				hv_xnode_set_attr(t, "type", "serial");
			/* consoles are numbered in order, whatever the XML
			 * says */
			set_num(t, "port", "%lu", cport++);
			hv_xnode_move_attr(t, "type", 0);
			hv_xnode_move_attr(t, "port", 1);
		}
	}
}

/* The defaults libvirt fills into <graphics> and <video>. */
static void
normalize_display(struct hv_xnode *devs)
{
	static const char *const vattrs[] = {
		"type", "ram", "vram", "vgamem", "heads", "primary", NULL
	};
	bool first_video = true;

	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *d = devs->kids[i], *m;
		const char *type = hv_xnode_attr(d, "type"), *port, *listen;

		if (strcmp(d->name, "graphics") == 0 && type &&
		    (strcmp(type, "vnc") == 0 || strcmp(type, "spice") == 0)) {
			if ((port = hv_xnode_attr(d, "port")) == NULL)
				hv_xnode_set_attr(d, "port", port = "-1");
			if (hv_xnode_attr(d, "autoport") == NULL)
				hv_xnode_set_attr(d, "autoport",
				    strcmp(port, "-1") == 0 ? "yes" : "no");
			hv_xnode_move_attr(d, "type", 0);
			hv_xnode_move_attr(d, "port", 1);
			hv_xnode_move_attr(d, "autoport", 2);
			if (!hv_xnode_child(d, "listen")) {
				m = hv_xnode_new("listen");
				hv_xnode_set_attr(m, "type", "address");
				listen = hv_xnode_attr(d, "listen");
				if (listen)
					hv_xnode_set_attr(m, "address", listen);
				hv_xnode_add(d, m);
			}
		} else if (strcmp(d->name, "video") == 0) {
			if ((m = hv_xnode_child(d, "model")) == NULL) {
				m = hv_xnode_new("model");
				hv_xnode_set_attr(m, "type", "cirrus");
				hv_xnode_add(d, m);
			}
			type = hv_xnode_attr(m, "type");
			if (type && strcmp(type, "qxl") == 0) {
				if (!hv_xnode_attr(m, "ram"))
					hv_xnode_set_attr(m, "ram", "65536");
				if (!hv_xnode_attr(m, "vram"))
					hv_xnode_set_attr(m, "vram", "65536");
			} else if (type && (strcmp(type, "vga") == 0 ||
			    strcmp(type, "cirrus") == 0 ||
			    strcmp(type, "vmvga") == 0 ||
			    strcmp(type, "bochs") == 0)) {
				if (!hv_xnode_attr(m, "vram"))
					hv_xnode_set_attr(m, "vram", "16384");
			} else if (type && strcmp(type, "xen") == 0) {
				if (!hv_xnode_attr(m, "vram"))
					hv_xnode_set_attr(m, "vram", "4096");
			}
			if (type && strcmp(type, "virtio") != 0 &&
			    strcmp(type, "none") != 0 &&
			    !hv_xnode_attr(m, "heads"))
				hv_xnode_set_attr(m, "heads", "1");
			if (first_video && !hv_xnode_attr(m, "primary") &&
			    !(type && strcmp(type, "none") == 0))
				hv_xnode_set_attr(m, "primary", "yes");
			first_video = false;
			for (size_t k = 0, pos = 0; vattrs[k]; k++) {
				if (hv_xnode_attr(m, vattrs[k]))
					hv_xnode_move_attr(m, vattrs[k], pos++);
			}
		}
	}
}

static const char *
target_type(const struct hv_xnode *d)
{
	return hv_xnode_attr(hv_xnode_child(d, "target"), "type");
}

/* Replace the <target> of d (or add one) with t. */
static void
set_target(struct hv_xnode *d, struct hv_xnode *t)
{
	for (size_t i = 0; i < d->nkids; i++) {
		if (strcmp(d->kids[i]->name, "target") == 0) {
			hv_xnode_free(d->kids[i]);
			d->kids[i] = t;
			return;
		}
	}
	hv_xnode_add(d, t);
}

/* The console libvirt shows for serial s: s with a serial target. */
static struct hv_xnode *
console_of_serial(const struct hv_xnode *s)
{
	struct hv_xnode *c = hv_xnode_copy_as(s, "console");
	struct hv_xnode *t = hv_xnode_new("target");
	const char *port = hv_xnode_attr(hv_xnode_child(s, "target"),
	    "port");

	hv_xnode_set_attr(t, "type", "serial");
	hv_xnode_set_attr(t, "port", port ? port : "0");
	set_target(c, t);
	return c;
}

/*
 * A guest with a full machine (hvm) has its first console on its first
 * serial port: libvirt makes the serial port from a lone console, and a
 * console from a lone serial port, and shows that console as a copy of
 * the port.
 */
static int
console_compat(struct hv_xnode *devs)
{
	struct hv_xnode *serial = NULL, *cons = NULL;
	size_t ci = devs->nkids;
	const char *tt;

	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *d = devs->kids[i];

		if (strcmp(d->name, "serial") == 0 && serial == NULL)
			serial = d;
		if (strcmp(d->name, "console") != 0)
			continue;
		if (cons == NULL) {
			cons = d;
			ci = i;
		} else if ((tt = target_type(d)) &&
		    strcmp(tt, "serial") == 0) {
			hv_error_report(HV_FROM_DOMAIN,
			    HV_ERR_CONFIG_UNSUPPORTED, "%s",
			    "Only the first console can be a serial port");
			return -1;
		}
	}
	tt = cons ? target_type(cons) : NULL;
	if (cons && (tt == NULL || strcmp(tt, "serial") == 0)) {
		if (serial == NULL) {
			struct hv_xnode *t = hv_xnode_new("target");

			serial = hv_xnode_copy_as(cons, "serial");
			hv_xnode_set_attr(t, "port", "0");
			set_target(serial, t);
			hv_xnode_add(devs, serial);
		}
		hv_xnode_free(devs->kids[ci]);
		devs->kids[ci] = console_of_serial(serial);
	} else if (serial && ((tt = target_type(serial)) == NULL ||
	    strcmp(tt, "isa-serial") == 0)) {
		hv_xnode_insert(devs, ci, console_of_serial(serial));
	}
	return 0;
}

/* Virtio consoles and channels sit on a virtio-serial controller. */
static void
add_virtio_serial(struct hv_xnode *devs)
{
	for (size_t i = 0; i < devs->nkids; i++) {
		const struct hv_xnode *d = devs->kids[i], *a;
		const char *tt = target_type(d), *at;
		unsigned long idx = 0;

		if (tt == NULL || strcmp(tt, "virtio") != 0 ||
		    (strcmp(d->name, "channel") != 0 &&
		    strcmp(d->name, "console") != 0))
			continue;
		a = hv_xnode_child(d, "address");
		at = hv_xnode_attr(a, "type");
		if (strcmp(d->name, "channel") == 0 && at &&
		    strcmp(at, "virtio-serial") == 0)
			idx = attr_num(a, "controller");
		if (!has_controller(devs, "virtio-serial", idx))
			add_controller(devs, "virtio-serial", idx);
	}
}

/* Graphics without video get the hypervisor's default video card. */
static void
add_implicit_video(struct hv_xnode *devs, const char *os_type)
{
	struct hv_xnode *v, *m;

	if (!hv_xnode_child(devs, "graphics") || hv_xnode_child(devs, "video"))
		return;
	v = hv_xnode_new("video");
	m = hv_xnode_new("model");
	hv_xnode_set_attr(m, "type", strcmp(os_type, "xen") == 0 ||
	    strcmp(os_type, "linux") == 0 ? "xen" : "cirrus");
	hv_xnode_add(v, m);
	hv_xnode_add(devs, v);
}

/* What libvirt adds to the devices once the whole domain is read. */
static int
devices_post_parse(struct hv_domain_def *def)
{
	struct hv_xnode *devs = def->devices;

	normalize_serials(devs);
	if (strcmp(def->os_type, "hvm") == 0 && console_compat(devs) < 0)
		return -1;
	add_virtio_serial(devs);
	add_implicit_video(devs, def->os_type);
	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *m = hv_xnode_child(devs->kids[i], "model");
		const char *t = hv_xnode_attr(m, "type");

		/* "default" is the hypervisor's own model */
		if (named(devs->kids[i]->name, "video") && t &&
		    strcmp(t, "default") == 0)
			hv_xnode_set_attr(m, "type",
			    strcmp(def->os_type, "xen") == 0 ||
			    strcmp(def->os_type, "linux") == 0 ? "xen" :
			    "cirrus");
	}
	normalize_display(devs);
	hv_xnode_sort(devs, dev_order);
	return 0;
}

/* The defaults libvirt gives <cpu>; -1 on what it refuses. */
static int
normalize_cpu(struct hv_xnode *cpu)
{
	static const char *const modes[] = {
		"custom", "host-model", "host-passthrough", "maximum", NULL
	};
	static const char *const matches[] = {
		"minimum", "exact", "strict", NULL
	};
	static const char *const fallbacks[] = { "allow", "forbid", NULL };
	struct hv_xnode *model = hv_xnode_child(cpu, "model");
	const char *mode = hv_xnode_attr(cpu, "mode");
	const char *match = hv_xnode_attr(cpu, "match");
	const char *fallback = hv_xnode_attr(model, "fallback");

	if (mode && !listed(modes, mode)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "Invalid mode attribute '%s'", mode);
		return -1;
	}
	if (match && !listed(matches, match)) {
		bad_attr("match", "cpu", match, "");
		return -1;
	}
	if (fallback && !listed(fallbacks, fallback)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "%s", "Invalid fallback attribute");
		return -1;
	}
	/* a host CPU mode has no model of its own */
	if (model && mode && (strcmp(mode, "host-passthrough") == 0 ||
	    strcmp(mode, "maximum") == 0)) {
		hv_xnode_remove(cpu, "model");
		model = NULL;
	}
	for (size_t i = 0; i < cpu->nkids; i++) {
		struct hv_xnode *f = cpu->kids[i];

		if (strcmp(f->name, "feature") != 0)
			continue;
		if (hv_xnode_attr(f, "policy") == NULL)
			hv_xnode_set_attr(f, "policy", "require");
		hv_xnode_move_attr(f, "policy", 0);
	}
	if (model == NULL) {
		if (hv_xnode_child(cpu, "vendor")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
			    "CPU vendor specified without CPU model");
			return -1;
		}
		if ((mode == NULL || strcmp(mode, "custom") == 0) &&
		    hv_xnode_child(cpu, "feature")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
			    "Non-empty feature list specified without CPU "
			    "model");
			return -1;
		}
		return 0;
	}
	if (mode == NULL)
		hv_xnode_set_attr(cpu, "mode", mode = "custom");
	if (strcmp(mode, "host-model") == 0) {
		if (hv_xnode_attr(model, "fallback") == NULL)
			hv_xnode_set_attr(model, "fallback", "allow");
		hv_xnode_move_attr(model, "fallback", 0);
		return 0;
	}
	if (strcmp(mode, "custom") != 0)
		return 0;
	if (hv_xnode_attr(cpu, "match") == NULL)
		hv_xnode_set_attr(cpu, "match", "exact");
	if (hv_xnode_attr(model, "fallback") == NULL)
		hv_xnode_set_attr(model, "fallback", "allow");
	hv_xnode_move_attr(model, "fallback", 0);
	hv_xnode_move_attr(cpu, "mode", 0);
	hv_xnode_move_attr(cpu, "match", 1);
	return 0;
}

/* The on/off features libvirt prints with their state, on by default. */
static void
normalize_feature(struct hv_xnode *f)
{
	static const char *const switches[] = {
		"hap", "pmu", "pvspinlock", "vmport", "vmcoreinfo", "htm",
		"nested-hv", "ccf-assist", NULL
	};

	for (int i = 0; switches[i]; i++) {
		if (strcmp(f->name, switches[i]) == 0 &&
		    hv_xnode_attr(f, "state") == NULL)
			hv_xnode_set_attr(f, "state", "on");
	}
}

/*
 * <memtune>: its limits in KiB, in libvirt's order; the largest size,
 * 2^53 - 1 KiB, is no limit and not shown.
 */
static int
normalize_memtune(struct hv_domain_def *def, struct hv_xnode *mt)
{
	static const char *const limits[] = { "hard_limit", "soft_limit",
	    "min_guarantee", "swap_hard_limit", NULL };
	char elem[32], num[32];

	for (size_t i = 0; i < mt->nkids; i++) {
		struct hv_xnode *l = mt->kids[i];
		unsigned long long kib = 0;

		if (!listed(limits, l->name))
			continue;
		snprintf(elem, sizeof(elem), "memtune/%s", l->name);
		if (parse_memory(l, elem, &kib) < 0)
			return -1;
		/* empty is absent */
		if (kib == 0 && (l->text == NULL || *l->text == '\0'))
			kib = 9007199254740991ULL;
		snprintf(num, sizeof(num), "%llu", kib);
		hv_xnode_set_text(l, num);
		hv_xnode_set_attr(l, "unit", "KiB");
	}
	for (size_t i = 0, k = 0; i < mt->nkids; i = k) {
		struct hv_xnode *l = mt->kids[i];

		k = i + 1;
		if (listed(limits, l->name) &&
		    strcmp(l->text, "9007199254740991") == 0) {
			hv_xnode_free(l);
			memmove(mt->kids + i, mt->kids + i + 1,
			    (mt->nkids - i - 1) * sizeof(*mt->kids));
			mt->nkids--;
			k = i;
		}
	}
	hv_xnode_sort(mt, limits);
	if (mt->nkids == 0 && mt->nattrs == 0)
		hv_xnode_remove(def->top, "memtune");
	return 0;
}

/* <maxMemory>: a size and a slot count, both or neither; in KiB. */
static int
normalize_max_memory(struct hv_xnode *n, unsigned long long memory)
{
	const char *slots = hv_xnode_attr(n, "slots");
	unsigned long long kib = 0;
	unsigned int nslots = 0;
	char num[32];

	if (parse_memory(n, "maxMemory", &kib) < 0)
		return -1;
	if (slots && *slots && !hv_num_uint(slots, &nslots)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
		    "Failed to parse memory slot count");
		return -1;
	}
	if ((kib == 0) != (nslots == 0)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
		    "both maximum memory size and memory slot count must be "
		    "specified");
		return -1;
	}
	if (kib && kib < memory) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
		    "maximum memory size must be equal or greater than the "
		    "actual memory size");
		return -1;
	}
	snprintf(num, sizeof(num), "%llu", kib);
	hv_xnode_set_text(n, num);
	hv_xnode_set_attr(n, "unit", "KiB");
	hv_xnode_move_attr(n, "slots", 0);
	return 0;
}

/*
 * Enumerated values of the parts kept as trees, which libvirt refuses
 * when unknown: where (a top-level element, a child of <os>, or a
 * device), the element and child holding the value, the attribute (NULL:
 * the child's text), the values, and libvirt's message.  A NULL message
 * is its common "Invalid value for attribute 'A' in element 'E': 'V'.".
 */
enum { IN_TOP, IN_OS, IN_DEVICES };

static const char *const v_boot[] = { "fd", "hd", "cdrom", "network", NULL };
static const char *const v_yesno[] = { "yes", "no", NULL };
static const char *const v_onoff[] = { "on", "off", NULL };
static const char *const v_smbios[] = { "none", "emulate", "host",
	"sysinfo", NULL };
static const char *const v_timers[] = { "platform", "pit", "rtc", "hpet",
	"tsc", "kvmclock", "hypervclock", "armvtimer", NULL };
static const char *const v_graphics[] = { "sdl", "vnc", "rdp", "desktop",
	"spice", "egl-headless", "dbus", NULL };
static const char *const v_video[] = { "default", "vga", "cirrus",
	"vmvga", "xen",
	"vbox", "qxl", "parallels", "virtio", "gop", "none", "bochs", "ramfb",
	NULL };
static const char *const v_controllers[] = { "ide", "fdc", "scsi", "sata",
	"virtio-serial", "ccid", "usb", "pci", "xenbus", "isa", NULL };
static const char *const v_inputs[] = { "mouse", "tablet", "keyboard",
	"passthrough", "evdev", NULL };
static const char *const v_chr[] = { "null", "vc", "pty", "dev", "file",
	"pipe", "stdio", "udp", "tcp", "unix", "spicevmc", "spiceport",
	"nmdm", "qemu-vdagent", "dbus", NULL };
static const char *const v_console_targets[] = { "none", "serial", "xen",
	"uml", "virtio", "lxc", "openvz", "sclp", "sclplm", NULL };
static const char *const v_balloons[] = { "virtio", "xen", "none",
	"virtio-transitional", "virtio-non-transitional", NULL };
static const char *const v_watchdogs[] = { "i6300esb", "ib700", "diag288",
	NULL };
static const char *const v_rng_backends[] = { "random", "egd", "builtin",
	NULL };
static const char *const v_sounds[] = { "sb16", "es1370", "pcspk", "ac97",
	"ich6", "ich9", "usb", "ich7", NULL };

static const struct enum_rule {
	int where;
	const char *elem, *sub, *attr;
	const char *const *values;
	int code;
	const char *msg;
} enum_rules[] = {
	{ IN_OS, "boot", NULL, "dev", v_boot, 0, NULL },
	{ IN_OS, "bootmenu", NULL, "enable", v_yesno, 0, NULL },
	{ IN_OS, "smbios", NULL, "mode", v_smbios, HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown smbios mode '%s'" },
	{ IN_TOP, "features", "apic", "eoi", v_onoff, 0, NULL },
	{ IN_TOP, "features", "hap", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "pmu", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "pvspinlock", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "vmport", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "vmcoreinfo", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "htm", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "nested-hv", "state", v_onoff, 0, NULL },
	{ IN_TOP, "features", "ccf-assist", "state", v_onoff, 0, NULL },
	{ IN_TOP, "pm", "suspend-to-mem", "enabled", v_yesno, 0, NULL },
	{ IN_TOP, "pm", "suspend-to-disk", "enabled", v_yesno, 0, NULL },
	{ IN_TOP, "clock", "timer", "name", v_timers, 0, NULL },
	{ IN_DEVICES, "graphics", NULL, "type", v_graphics, 0, NULL },
	{ IN_DEVICES, "video", "model", "type", v_video,
	  HV_ERR_CONFIG_UNSUPPORTED, "unknown video model '%s'" },
	{ IN_DEVICES, "controller", NULL, "type", v_controllers, 0, NULL },
	{ IN_DEVICES, "input", NULL, "type", v_inputs,
	  HV_ERR_CONFIG_UNSUPPORTED, "unknown input device type '%s'" },
	{ IN_DEVICES, "serial", NULL, "type", v_chr,
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown type presented to host for character device: %s" },
	{ IN_DEVICES, "parallel", NULL, "type", v_chr,
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown type presented to host for character device: %s" },
	{ IN_DEVICES, "console", NULL, "type", v_chr,
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown type presented to host for character device: %s" },
	{ IN_DEVICES, "channel", NULL, "type", v_chr,
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown type presented to host for character device: %s" },
	{ IN_DEVICES, "console", "target", "type", v_console_targets,
	  HV_ERR_CONFIG_UNSUPPORTED,
	  "unknown target type '%s' specified for character device" },
	{ IN_DEVICES, "memballoon", NULL, "model", v_balloons, 0, NULL },
	{ IN_DEVICES, "watchdog", NULL, "model", v_watchdogs,
	  HV_ERR_CONFIG_UNSUPPORTED, "unknown watchdog model '%s'" },
	{ IN_DEVICES, "rng", "backend", "model", v_rng_backends,
	  HV_ERR_CONFIG_UNSUPPORTED, "unknown RNG backend model '%s'" },
	{ IN_DEVICES, "sound", NULL, "model", v_sounds, 0, NULL },
};

/* Check value v of rule r, held by element e; -1 with the error set. */
static int
check_enum_value(const struct enum_rule *r, const struct hv_xnode *e)
{
	const char *v = hv_xnode_attr(e, r->attr);

	if (v == NULL || listed(r->values, v))
		return 0;
	if (r->msg == NULL)
		bad_attr(r->attr, e->name, v, "");
	else
		hv_error_report(HV_FROM_DOMAIN, r->code, r->msg, v);
	return -1;
}

/* Check the values of rule r in e, an element the rule names. */
static int
check_enum_rule(const struct enum_rule *r, const struct hv_xnode *e)
{
	if (r->sub == NULL)
		return check_enum_value(r, e);
	for (size_t k = 0; k < e->nkids; k++) {
		if (named(e->kids[k]->name, r->sub) &&
		    check_enum_value(r, e->kids[k]) < 0)
			return -1;
	}
	return 0;
}

/*
 * The first bytes of the names the rules hold, per root, and where the
 * rules of each root begin and end in the table (grouped by root).
 */
static uint32_t enum_first[3][8];
static size_t enum_begin[3], enum_end[3];
static pthread_once_t enum_first_once = PTHREAD_ONCE_INIT;

static void
enum_first_init(void)
{
	for (size_t i = sizeof(enum_rules) / sizeof(*enum_rules); i-- > 0;) {
		int w = enum_rules[i].where;
		unsigned char c = (unsigned char)enum_rules[i].elem[0];

		enum_first[w][c / 32] |= 1u << (c % 32);
		if (enum_end[w] == 0)
			enum_end[w] = i + 1;
		enum_begin[w] = i;
	}
}

/*
 * Each rule for the kids of the three roots; the set of first bytes
 * skips most kids with one test.
 */
static int
check_enum_rules(const struct hv_xnode *const roots[3])
{
	uint32_t (*first)[8] = enum_first;

	pthread_once(&enum_first_once, enum_first_init);
	for (int w = 0; w < 3; w++) {
		for (size_t k = 0; k < roots[w]->nkids; k++) {
			const struct hv_xnode *e = roots[w]->kids[k];
			unsigned char c = (unsigned char)e->name[0];

			if (!(first[w][c / 32] >> (c % 32) & 1))
				continue;
			for (size_t i = enum_begin[w]; i < enum_end[w]; i++) {
				if (named(e->name, enum_rules[i].elem) &&
				    check_enum_rule(&enum_rules[i], e) < 0)
					return -1;
			}
		}
	}
	return 0;
}

/* The first top-level and <os> kids of each name the checks read. */
struct kept {
	struct hv_xnode *iothreads, *cputune, *memtune, *max_memory, *clock;
	struct hv_xnode *lockfailure, *features, *blkiotune, *cpu;
	struct hv_xnode *loader, *bootmenu, *bios;
};

/* The top-level names, then (from KEPT_TOP on) those under <os>. */
#define KEPT_TOP 9
static const struct {
	const char *name;
	size_t slot;
} kept_names[] = {
	{ "iothreads", offsetof(struct kept, iothreads) },
	{ "cputune", offsetof(struct kept, cputune) },
	{ "memtune", offsetof(struct kept, memtune) },
	{ "maxMemory", offsetof(struct kept, max_memory) },
	{ "clock", offsetof(struct kept, clock) },
	{ "on_lockfailure", offsetof(struct kept, lockfailure) },
	{ "features", offsetof(struct kept, features) },
	{ "blkiotune", offsetof(struct kept, blkiotune) },
	{ "cpu", offsetof(struct kept, cpu) },
	{ "loader", offsetof(struct kept, loader) },
	{ "bootmenu", offsetof(struct kept, bootmenu) },
	{ "bios", offsetof(struct kept, bios) },
};

/* One pass over the kids instead of a lookup for each. */
static void
find_kept(const struct hv_domain_def *def, struct kept *k)
{
	const size_t n = sizeof(kept_names) / sizeof(*kept_names);

	memset(k, 0, sizeof(*k));
	for (int os = 0; os < 2; os++) {
		const struct hv_xnode *root = os ? def->os : def->top;

		for (size_t i = 0; i < root->nkids; i++) {
			struct hv_xnode *kid = root->kids[i];

			/* the table lists the top-level names first */
			for (size_t j = os ? KEPT_TOP : 0;
			    j < (os ? n : KEPT_TOP); j++) {
				struct hv_xnode **slot = (struct hv_xnode **)
				    (void *)((char *)k + kept_names[j].slot);

				if (named(kid->name, kept_names[j].name)) {
					if (*slot == NULL)
						*slot = kid;
					break;
				}
			}
		}
	}
}

/* The other values libvirt checks in the parts kept as trees. */
static int
check_kept(const struct hv_domain_def *def, const struct kept *k)
{
	const struct hv_xnode *roots[] = { def->top, def->os, def->devices };
	const struct hv_xnode *n;
	const char *v;
	unsigned long ul;
	unsigned int ui;
	size_t nvideos = 0;
	bool none_video = false;

	if (check_enum_rules(roots) < 0)
		return -1;
	if ((n = k->iothreads) && n->text && *n->text &&
	    !hv_num_uint(n->text, &ui)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "invalid iothreads count '%s'", n->text);
		return -1;
	}
	if ((n = hv_xnode_child(k->cputune, "shares")) && n->text) {
		if (!hv_num_ulong(n->text, &ul)) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
			    "can't parse cputune shares value");
			return -1;
		}
		if (ul > 0 && (ul < 2 || ul > 262144)) {
			hv_error_report(HV_FROM_DOMAIN,
			    HV_ERR_CONFIG_UNSUPPORTED, "%s",
			    "Value of cputune 'shares' must be in range "
			    "[2, 262144]");
			return -1;
		}
	}
	if ((v = hv_xnode_attr(k->bootmenu, "timeout")) &&
	    hv_num_ulong(v, &ul) && ul > 65535) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED, "%s",
		    "invalid value for boot menu timeout, must be in range "
		    "[0,65535]");
		return -1;
	}
	if ((v = hv_xnode_attr(k->bios, "rebootTimeout"))) {
		char *end;
		long t;

		errno = 0;
		t = strtol(v, &end, 10);
		if (!errno && end != v && !*end && (t < -1 || t > 65535)) {
			hv_error_report(HV_FROM_DOMAIN,
			    HV_ERR_CONFIG_UNSUPPORTED, "%s",
			    "invalid value for rebootTimeout, must be in range "
			    "[-1,65535]");
			return -1;
		}
	}
	for (size_t i = 0; i < def->devices->nkids; i++) {
		const struct hv_xnode *d = def->devices->kids[i];

		if (named(d->name, "hostdev") && !hv_xnode_child(d, "source")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
			    "Missing <source> element in hostdev device");
			return -1;
		}
		if (named(d->name, "video")) {
			v = hv_xnode_attr(hv_xnode_child(d, "model"), "type");
			nvideos++;
			none_video |= v && strcmp(v, "none") == 0;
		}
	}
	if (none_video && nvideos > 1) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED, "%s",
		    "a 'none' video type must be the only video device defined "
		    "for the domain");
		return -1;
	}
	return 0;
}

/* Top-level elements kept as trees, with libvirt's defaults and order. */
static int
top_post_parse(struct hv_domain_def *def)
{
	static const char *const loader_attrs[] = {
		"readonly", "secure", "type", "stateless", "format", NULL
	};
	struct hv_xnode *loader, *n;
	struct kept k;
	size_t pos = 0;

	find_kept(def, &k);
	loader = k.loader;
	if (loader && loader->text && !hv_xnode_attr(loader, "type"))
		hv_xnode_set_attr(loader, "type", "rom");
	for (int i = 0; loader && loader_attrs[i]; i++) {
		if (hv_xnode_attr(loader, loader_attrs[i]))
			hv_xnode_move_attr(loader, loader_attrs[i], pos++);
	}
	if (check_kept(def, &k) < 0)
		return -1;
	if ((n = k.memtune) != NULL &&
	    normalize_memtune(def, n) < 0)
		return -1;
	if ((n = k.max_memory) != NULL &&
	    normalize_max_memory(n, def->memory) < 0)
		return -1;
	if ((n = k.clock) != NULL && hv_xnode_attr(n, "offset") &&
	    !listed(clock_offsets, hv_xnode_attr(n, "offset"))) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "unknown clock offset '%s'", hv_xnode_attr(n, "offset"));
		return -1;
	}
	if ((n = k.lockfailure) != NULL &&
	    n->text && !listed(lockfailure_actions, n->text)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "unknown on_lockfailure action: %s", n->text);
		return -1;
	}
	if ((n = k.features) != NULL) {
		for (size_t i = 0; i < n->nkids; i++) {
			if (!listed(features_order, n->kids[i]->name)) {
				hv_error_report(HV_FROM_DOMAIN,
				    HV_ERR_CONFIG_UNSUPPORTED,
				    "unexpected feature '%s'",
				    n->kids[i]->name);
				return -1;
			}
		}
		hv_xnode_sort(n, features_order);
		for (size_t i = 0; i < n->nkids; i++)
			normalize_feature(n->kids[i]);
	}
	if ((n = k.blkiotune) != NULL) {
		for (size_t i = 0; i < n->nkids; i++) {
			if (strcmp(n->kids[i]->name, "device") == 0)
				hv_xnode_sort(n->kids[i], blkio_device_order);
		}
	}
	if ((n = k.cpu) != NULL && normalize_cpu(n) < 0)
		return -1;
	return 0;
}

static int
parse_devices(struct hv_domain_def *def, xmlNodePtr node)
{
	struct hv_xnode *devs = hv_xnode_from_xml(node);

	if (devs == NULL)
		return -1;
	hv_xnode_set_text(devs, NULL);
	def->devices = devs;
	for (size_t i = 0; i < devs->nkids; i++) {
		const char *v;
		unsigned long ul;
		char *end;

		if (!named(devs->kids[i]->name, "controller") ||
		    (v = hv_xnode_attr(devs->kids[i], "index")) == NULL)
			continue;
		errno = 0;
		ul = strtoul(v, &end, 10);
		if (errno || end == v || *end || ul > INT_MAX) {
			bad_attr("index", "controller", v,
			    *v == '-' && end != v && !*end ?
			    " Expected non-negative value" :
			    " Expected integer value");
			return -1;
		}
	}
	order_disks_controllers(devs);
	for (size_t i = 0; i < devs->nkids; i++) {
		struct hv_xnode *d = devs->kids[i];
		const struct hv_xnode *a = hv_xnode_child(d, "address");

		if (a != NULL && hv_xnode_attr(a, "type") == NULL) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
			    "No type specified for device address");
			return -1;
		}
		if (strcmp(d->name, "disk") == 0 && normalize_disk(d) < 0)
			return -1;
		if (strcmp(d->name, "interface") == 0 && normalize_net(d) < 0)
			return -1;
		if (hv_xnode_child(d, "address"))
			normalize_address(hv_xnode_child(d, "address"));
	}
	add_implicit_controllers(devs);
	sort_known(devs, dev_order);
	return 0;
}

static bool
prefixed(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The path libvirt names a disk by in messages: its local source. */
static const char *
disk_path(const struct hv_xnode *disk)
{
	const char *type = hv_xnode_attr(disk, "type");
	const struct hv_xnode *src = hv_xnode_child(disk, "source");

	if (strcmp(type, "file") == 0)
		return hv_xnode_attr(src, "file");
	if (strcmp(type, "block") == 0)
		return hv_xnode_attr(src, "dev");
	if (strcmp(type, "dir") == 0)
		return hv_xnode_attr(src, "dir");
	if (strcmp(type, "network") == 0)
		return hv_xnode_attr(src, "name");
	return NULL;
}

/* The checks libvirt makes on each disk once the domain is read. */
static int
validate_disk(const struct hv_xnode *d)
{
	const char *type = hv_xnode_attr(d, "type");
	const char *device = hv_xnode_attr(d, "device");
	const struct hv_xnode *tgt = hv_xnode_child(d, "target");
	const char *dst = hv_xnode_attr(tgt, "dev");
	const char *bus = hv_xnode_attr(tgt, "bus");
	bool floppy = device[0] == 'f';

	/* the devices are disk, cdrom, floppy and lun */
	if (device[0] == 'l') {
		const char *proto = hv_xnode_attr(hv_xnode_child(d, "source"),
		    "protocol");

		if (named(type, "network") &&
		    (proto == NULL || strcmp(proto, "iscsi") != 0)) {
			hv_error_report(HV_FROM_DOMAIN,
			    HV_ERR_CONFIG_UNSUPPORTED,
			    "disk device='lun' is not supported for "
			    "protocol='%s'", proto ? proto : "none");
			return -1;
		}
		if (strcmp(type, "network") != 0 &&
		    strcmp(type, "block") != 0 &&
		    strcmp(type, "volume") != 0) {
			hv_error_report(HV_FROM_DOMAIN,
			    HV_ERR_CONFIG_UNSUPPORTED, "%s",
			    "disk device='lun' is only valid for block type "
			    "disk source");
			return -1;
		}
	}
	if (floppy != named(bus, "fdc")) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
		    floppy ? "Invalid bus type '%s' for floppy disk" :
		    "Invalid bus type '%s' for disk", bus);
		return -1;
	}
	if ((device[0] == 'd' || device[0] == 'l') &&
	    !prefixed(dst, "hd") && !prefixed(dst, "sd") &&
	    !prefixed(dst, "vd") && !prefixed(dst, "xvd") &&
	    !prefixed(dst, "ubd")) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
		    "Invalid harddisk device name: %s", dst);
		return -1;
	}
	if (floppy && !prefixed(dst, "fd")) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
		    "Invalid floppy device name: %s", dst);
		return -1;
	}
	/* only a CD-ROM or a floppy may have no medium */
	if (device[0] == 'd' && hv_domain_disk_is_empty(d)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_NO_SOURCE, "%s", dst);
		return -1;
	}
	return 0;
}

static const char *
disk_dst(const struct hv_xnode *d)
{
	return hv_xnode_attr(hv_xnode_child(d, "target"), "dev");
}

/*
 * The first pair of keys[0..n) that are equal, as libvirt's loop over
 * every pair finds it: the first key with a twin, and its first twin.
 * A NULL key has no twin.  A hash of the first index of each key finds
 * the same pair in one pass.  Returns false when there is none.
 */
static bool
first_twins(const char *const *keys, size_t n, size_t *pi, size_t *pj)
{
	struct hv_hash *first;
	size_t bi = n, bj = n;

	if (n <= 16) {
		for (size_t i = 0; i < n && bi == n; i++) {
			for (size_t j = i + 1; keys[i] && j < n; j++) {
				if (keys[j] && strcmp(keys[i], keys[j]) == 0) {
					bi = i, bj = j;
					break;
				}
			}
		}
	} else {
		first = hv_hash_new(NULL);
		for (size_t j = 0; j < n; j++) {
			void *v;
			size_t i;

			if (keys[j] == NULL)
				continue;
			v = hv_hash_lookup(first, keys[j]);
			i = (size_t)(uintptr_t)v;
			if (v == NULL)
				hv_hash_set(first, keys[j],
				    (void *)(uintptr_t)(j + 1));
			else if (i - 1 < bi)
				bi = i - 1, bj = j;
		}
		hv_hash_free(first);
	}
	*pi = bi;
	*pj = bj;
	return bi < n;
}

/* Two disks with one target. */
static int
check_duplicate_targets(const struct hv_xnode *const *disks, size_t n)
{
	const char **keys = xmalloc((n + 1) * sizeof(*keys));
	size_t i, j;
	bool dup;

	for (i = 0; i < n; i++)
		keys[i] = disk_dst(disks[i]);
	dup = first_twins(keys, n, &i, &j);
	free(keys);
	if (!dup)
		return 0;
	hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
	    "target '%s' duplicated for disk sources '%s' and '%s'",
	    disk_dst(disks[i]),
	    disk_path(disks[i]) ? disk_path(disks[i]) : "<null>",
	    disk_path(disks[j]) ? disk_path(disks[j]) : "<null>");
	return -1;
}

/* Two disks on one bus at one drive address. */
static int
check_duplicate_drives(const struct hv_xnode *const *disks, size_t n)
{
	char **keys = xcalloc(n + 1, sizeof(*keys));
	const struct hv_xnode *a = NULL;
	size_t i, j;
	bool dup;

	for (i = 0; i < n; i++) {
		const char *type;

		a = hv_xnode_child(disks[i], "address");
		type = hv_xnode_attr(a, "type");
		if (type && strcmp(type, "drive") == 0)
			keys[i] = xasprintf("%s %lu %lu %lu %lu",
			    hv_xnode_attr(hv_xnode_child(disks[i], "target"),
			    "bus"), attr_num(a, "controller"),
			    attr_num(a, "bus"), attr_num(a, "target"),
			    attr_num(a, "unit"));
	}
	dup = first_twins((const char *const *)keys, n, &i, &j);
	for (size_t k = 0; k < n; k++)
		free(keys[k]);
	free(keys);
	if (!dup)
		return 0;
	a = hv_xnode_child(disks[i], "address");
	hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
	    "Found duplicate drive address for disk with target name '%s' "
	    "controller='%lu' bus='%lu' target='%lu' unit='%lu'",
	    disk_dst(disks[i]), attr_num(a, "controller"), attr_num(a, "bus"),
	    attr_num(a, "target"), attr_num(a, "unit"));
	return -1;
}

/*
 * libvirt's validation of a parsed domain: each device first, then the
 * domain as a whole.
 */
static int
validate_def(const struct hv_domain_def *def)
{
	const struct hv_xnode *devs = def->devices;
	size_t n = 0;

	/* the disks lead the devices, in libvirt's order */
	while (n < devs->nkids && strcmp(devs->kids[n]->name, "disk") == 0) {
		if (validate_disk(devs->kids[n]) < 0)
			return -1;
		n++;
	}
	if (n > 1 && (check_duplicate_targets(
	    (const struct hv_xnode *const *)devs->kids, n) < 0 ||
	    check_duplicate_drives(
	    (const struct hv_xnode *const *)devs->kids, n) < 0))
		return -1;
	/* of the actions only the core dumps start with a 'c' */
	if (def->on_poweroff[0] == 'c' || def->on_reboot[0] == 'c') {
		bool off = def->on_poweroff[0] == 'c';

		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "Lifecycle event '%s' doesn't support '%s' action",
		    off ? "poweroff" : "reboot",
		    off ? def->on_poweroff : def->on_reboot);
		return -1;
	}
	return 0;
}

static bool
known_top(const char *name)
{
	for (int i = 0; top_order[i]; i++) {
		if (top_order[i][0] == name[0] &&
		    strcmp(top_order[i], name) == 0)
			return true;
	}
	return false;
}

static int
parse_os(struct hv_domain_def *def, xmlNodePtr node)
{
	struct hv_xnode *os = hv_xnode_from_xml(node), *type;

	if (os == NULL)
		return -1;
	def->os = os;
	hv_xnode_set_text(os, NULL);
	type = hv_xnode_child(os, "type");
	if (type == NULL || type->text == NULL)
		return 0;
	if (!listed(os_types, type->text)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "unknown OS type '%s'", type->text);
		return -1;
	}
	if (hv_xnode_attr(type, "arch") &&
	    !listed(archs, hv_xnode_attr(type, "arch"))) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "Unknown architecture %s", hv_xnode_attr(type, "arch"));
		return -1;
	}
	def->os_type = xstrdup(type->text);
	if (hv_xnode_attr(type, "arch") == NULL)
		hv_xnode_set_attr(type, "arch", "i686");
	hv_xnode_move_attr(type, "arch", 0);
	if (strcmp(def->os_type, "hvm") == 0 && !hv_xnode_child(os, "boot")) {
		struct hv_xnode *boot = hv_xnode_new("boot");

		hv_xnode_set_attr(boot, "dev", "hd");
		hv_xnode_add(os, boot);
	}
	hv_xnode_sort(os, os_order);
	return 0;
}



/* The bits libvirt's CPU masks hold. */
#define CPUMASK_BITS 16384

static void
skip_blanks(const char **p)
{
	while (isspace((unsigned char)**p))
		(*p)++;
}

/* A bit number of a CPU list as libvirt's virStrToLong_i() reads it. */
static int
mask_number(const char **p, long *v)
{
	char *end;

	errno = 0;
	*v = strtol(*p, &end, 10);
	if (errno || end == *p || *v < INT_MIN || *v > INT_MAX)
		return -1;
	*p = end;
	return 0;
}

/*
 * libvirt's virBitmapParse() of a CPU list ("0-3,^2,7") and
 * virBitmapFormat() of the result ("0-1,3,7"), "" for every CPU; caller
 * frees.  NULL with
 * "Failed to parse bitmap" or, for an empty set, "Invalid value of
 * 'cpuset'" set.
 */
static char *
parse_cpuset(const char *s)
{
	unsigned char *bits = xcalloc(CPUMASK_BITS / 8, 1);
	struct hv_buf b = HV_BUF_INIT;
	const char *p = s;
	long start, last;

	skip_blanks(&p);
	if (*p == '\0')
		goto bad;
	while (*p) {
		bool neg = *p == '^';

		if (neg)
			p++;
		if (!isdigit((unsigned char)*p) || mask_number(&p, &start) < 0)
			goto bad;
		skip_blanks(&p);
		last = start;
		if (*p == '-') {
			if (neg)
				goto bad;
			p++;
			skip_blanks(&p);
			if (mask_number(&p, &last) < 0 || last < start)
				goto bad;
			skip_blanks(&p);
		} else if (*p != ',' && *p != '\0') {
			goto bad;
		}
		if (last >= CPUMASK_BITS)
			goto bad;
		for (long i = start; i <= last; i++) {
			if (neg)
				bits[i / 8] &= (unsigned char)~(1u << (i % 8));
			else
				bits[i / 8] |= (unsigned char)(1u << (i % 8));
		}
		if (*p == ',') {
			p++;
			skip_blanks(&p);
		} else if (*p != '\0') {
			goto bad;
		}
	}
	for (long i = 0; i < CPUMASK_BITS; i++) {
		long j = i;

		if (!(bits[i / 8] >> (i % 8) & 1))
			continue;
		while (j + 1 < CPUMASK_BITS && (bits[(j + 1) / 8] >>
		    ((j + 1) % 8) & 1))
			j++;
		if (b.len)
			hv_buf_addc(&b, ',');
		hv_buf_addf(&b, j > i ? "%ld-%ld" : "%ld", i, j);
		i = j;
	}
	free(bits);
	/* every CPU is no restriction: libvirt drops the mask */
	if (strcmp(hv_buf_str(&b), "0-16383") == 0) {
		hv_buf_release(&b);
		return xstrdup("");
	}
	if (b.len == 0) {
		hv_buf_release(&b);
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "Invalid value of 'cpuset': %s", s);
		return NULL;
	}
	return hv_buf_detach(&b);
bad:
	free(bits);
	hv_error_report(HV_FROM_DOMAIN, HV_ERR_INVALID_ARG,
	    "Failed to parse bitmap '%s'", s);
	return NULL;
}

static int
parse_vcpu(struct hv_domain_def *def, xmlNodePtr node)
{
	char *text = hv_xml_text(node), *cur = hv_xml_prop(node, "current");
	char *placement = hv_xml_prop(node, "placement"), *cpuset = NULL;
	unsigned int v, c;
	int ret = -1;

	if (text == NULL)
		goto cleanup;
	if (!hv_num_uint_wrap(text, &v)) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "maximum vcpus count must be an integer");
		goto cleanup;
	}
	c = v;
	if (cur && !hv_num_uint(cur, &c)) {
		bad_attr("current", "vcpu", cur,
		    " Expected non-negative integer value");
		goto cleanup;
	}
	/*
	 * libvirt allocates a record per vCPU: it takes any count its
	 * memory holds.  hvsh keeps counts, so vcpucount's int is the
	 * bound.
	 */
	if (v > INT_MAX) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "vCPU count too large");
		goto cleanup;
	}
	if (placement && strcmp(placement, "static") != 0 &&
	    strcmp(placement, "auto") != 0) {
		bad_attr("placement", "vcpu", placement, "");
		goto cleanup;
	}
	def->vcpus = v;
	def->vcpus_current = c;
	def->vcpu_auto = placement && strcmp(placement, "auto") == 0;
	if ((cpuset = hv_xml_prop(node, "cpuset")) != NULL &&
	    (def->vcpu_cpuset = parse_cpuset(cpuset)) == NULL)
		goto cleanup;
	if (def->vcpu_cpuset && *def->vcpu_cpuset == '\0') {
		free(def->vcpu_cpuset);
		def->vcpu_cpuset = NULL;
	}
	ret = 0;
cleanup:
	free(text);
	free(cur);
	free(placement);
	free(cpuset);
	return ret;
}

static const char *const actions[] = {
	"destroy", "restart", "rename-restart", "preserve",
	"coredump-destroy", "coredump-restart", NULL
};

static int
parse_action(char **slot, const char *elem, const char *text)
{
	int i;

	/* empty: the default, as when absent */
	if (*text == '\0')
		return 0;
	for (i = 0; actions[i]; i++) {
		if (strcmp(actions[i], text) == 0)
			break;
	}
	if (actions[i] == NULL) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "unknown %s action: %s", elem, text);
		return -1;
	}
	*slot = xstrdup(text);
	return 0;
}

static int
parse_metadata(struct hv_domain_def *def, xmlNodePtr node)
{
	struct hv_xnode *md = hv_xnode_new("metadata");

	hv_xnode_add(def->top, md);
	for (xmlNodePtr c = node->children; c; c = c->next) {
		struct hv_xnode *k;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		k = hv_xnode_new((const char *)c->name);
		k->raw = hv_xml_dump(c, 2);
		hv_xnode_add(md, k);
	}
	return 0;
}


/* Store the first element of each name; seen tells what came already. */
static int
parse_child(struct hv_domain_def *def, xmlNodePtr c, unsigned int *seen)
{
	const char *n = (const char *)c->name;
	struct hv_xnode *x;
	char *text = NULL;
	int ret = -1;

	if (c->ns != NULL)
		return 0;
	if (named(n, "devices"))
		return def->devices ? 0 : parse_devices(def, c);
	if (named(n, "os"))
		return def->os ? 0 : parse_os(def, c);
	if (named(n, "vcpu")) {
		if (*seen & 1)
			return 0;
		*seen |= 1;
		return parse_vcpu(def, c);
	}
	if (named(n, "metadata"))
		return hv_xnode_child(def->top, n) ? 0 : parse_metadata(def, c);
	if (known_top(n)) {
		if (hv_xnode_child(def->top, n) && strcmp(n, "seclabel") != 0)
			return 0;
		x = hv_xnode_from_xml(c);
		if (x == NULL)
			return -1;
		hv_xnode_add(def->top, x);
		return 0;
	}
	text = hv_xml_text(c);
	if (text == NULL)
		return -1;
	if (named(n, "name") && def->name == NULL) {
		def->name = text;
		text = NULL;
	} else if (named(n, "uuid") && !(*seen & 2)) {
		*seen |= 2;
		if (hv_uuid_parse(text, def->uuid) < 0) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
			    "malformed uuid element");
			goto cleanup;
		}
	} else if (named(n, "title") && def->title == NULL) {
		if (strpbrk(text, "\r\n")) {
			hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
			    "Domain title can't contain newlines");
			goto cleanup;
		}
		def->title = text;
		text = NULL;
	} else if (named(n, "description") && !def->description) {
		def->description = text;
		text = NULL;
	} else if (named(n, "memory") && !(*seen & 4)) {
		*seen |= 4;
		x = hv_xnode_from_xml(c);
		if (x == NULL || parse_memory(x, n, &def->memory) < 0) {
			hv_xnode_free(x);
			goto cleanup;
		}
		hv_xnode_free(x);
	} else if (named(n, "currentMemory") && !(*seen & 8)) {
		*seen |= 8;
		x = hv_xnode_from_xml(c);
		if (x == NULL || parse_memory(x, n, &def->cur_memory) < 0) {
			hv_xnode_free(x);
			goto cleanup;
		}
		hv_xnode_free(x);
	} else if (named(n, "on_poweroff") && !def->on_poweroff) {
		if (parse_action(&def->on_poweroff, n, text) < 0)
			goto cleanup;
	} else if (named(n, "on_reboot") && !def->on_reboot) {
		if (parse_action(&def->on_reboot, n, text) < 0)
			goto cleanup;
	} else if (named(n, "on_crash") && !def->on_crash) {
		if (parse_action(&def->on_crash, n, text) < 0)
			goto cleanup;
	}
	ret = 0;
cleanup:
	free(text);
	return ret;
}

static struct hv_domain_def *
parse_root(xmlNodePtr root)
{
	struct hv_domain_def *def = xcalloc(1, sizeof(*def));
	unsigned int seen = 0;

	def->top = hv_xnode_new("top");
	def->vcpus = def->vcpus_current = 1;
	def->type = hv_xml_prop(root, "type");
	if (def->type == NULL) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
		    "missing domain type attribute");
		goto error;
	}
	for (xmlNodePtr c = root->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE &&
		    parse_child(def, c, &seen) < 0)
			goto error;
	}
	if (def->name == NULL || *def->name == '\0') {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_NO_NAME, "%s",
		    "missing name information");
		goto error;
	}
	if (strchr(def->name, '/')) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "name %s cannot contain '/'", def->name);
		goto error;
	}
	/* parsed before the memory check, which libvirt makes later */
	if (def->os_type == NULL) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "an os <type> must be specified");
		goto error;
	}
	if (!(seen & 2))
		hv_uuid_generate(def->uuid);
	if (def->memory == 0) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR, "%s",
		    "Memory size must be specified via <memory> or in the "
		    "<numa> configuration");
		goto error;
	}
	if (def->cur_memory == 0 || def->cur_memory > def->memory)
		def->cur_memory = def->memory;
	if (def->vcpus == 0) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_INTERNAL_ERROR,
		    "CPU IDs in <numa> exceed the <vcpu> count");
		goto error;
	}
	if (def->vcpus_current > def->vcpus) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_CONFIG_UNSUPPORTED,
		    "maximum vCPU count must not be less than current vCPU "
		    "count");
		goto error;
	}
	if (strcmp(def->os_type, "exe") == 0 &&
	    !hv_xnode_child(def->os, "init")) {
		hv_error_report(HV_FROM_DOMAIN, HV_ERR_XML_ERROR,
		    "init binary must be specified");
		goto error;
	}
	if (def->on_poweroff == NULL)
		def->on_poweroff = xstrdup("destroy");
	if (def->on_reboot == NULL)
		def->on_reboot = xstrdup("restart");
	if (def->on_crash == NULL)
		def->on_crash = xstrdup("destroy");
	if (def->devices == NULL)
		def->devices = hv_xnode_new("devices");
	if (devices_post_parse(def) < 0 || top_post_parse(def) < 0)
		goto error;
	if (def->vcpu_auto && !hv_xnode_child(def->top, "numatune")) {
		struct hv_xnode *nt = hv_xnode_new("numatune");
		struct hv_xnode *m = hv_xnode_new("memory");

		hv_xnode_set_attr(m, "mode", "strict");
		hv_xnode_set_attr(m, "placement", "auto");
		hv_xnode_add(nt, m);
		hv_xnode_add(def->top, nt);
	}
	if (!hv_xnode_child(def->top, "clock")) {
		struct hv_xnode *clock = hv_xnode_new("clock");

		hv_xnode_set_attr(clock, "offset", "utc");
		hv_xnode_add(def->top, clock);
	}
	{
		struct hv_xnode *topo = hv_xnode_child(
		    hv_xnode_child(def->top, "cpu"), "topology");

		if (topo && hv_xnode_attr(topo, "dies") == NULL &&
		    hv_xnode_attr(topo, "sockets")) {
			hv_xnode_set_attr(topo, "dies", "1");
			hv_xnode_move_attr(topo, "dies", 1);
		}
	}
	hv_xnode_sort(def->top, top_order);
	if (validate_def(def) < 0)
		goto error;
	return def;

error:
	hv_domain_def_free(def);
	return NULL;
}

struct hv_domain_def *
hv_domain_def_parse_node(xmlNodePtr root)
{
	if (strcmp((const char *)root->name, "domain") != 0) {
		hv_error_report(HV_FROM_XML, HV_ERR_XML_ERROR,
		    "expecting root element of 'domain', not '%s'",
		    (const char *)root->name);
		return NULL;
	}
	return parse_root(root);
}

struct hv_domain_def *
hv_domain_def_parse(const char *xml)
{
	struct hv_domain_def *def = NULL;
	xmlDocPtr doc = hv_xml_parse(xml, "(domain_definition)");
	xmlNodePtr root;

	if (doc == NULL)
		return NULL;
	root = hv_xml_root(doc, "domain");
	if (root != NULL)
		def = parse_root(root);
	xmlFreeDoc(doc);
	return def;
}

/* The kept top-level elements called name. */
static void
format_top(struct hv_buf *b, const struct hv_domain_def *def,
    const char *name)
{
	for (size_t i = 0; i < def->top->nkids; i++) {
		if (strcmp(def->top->kids[i]->name, name) == 0)
			hv_xnode_format(b, def->top->kids[i], 2);
	}
}

static void
format_text(struct hv_buf *b, const char *elem, const char *text)
{
	hv_buf_addf(b, "  <%s>", elem);
	hv_buf_add_xml(b, text);
	hv_buf_addf(b, "</%s>\n", elem);
}

char *
hv_domain_def_format(const struct hv_domain_def *def, int id,
    unsigned int flags)
{
	struct hv_buf b = HV_BUF_INIT;
	char uuid[HV_UUID_STRLEN];

	hv_buf_add(&b, "<domain type='");
	hv_buf_add_xml(&b, def->type);
	hv_buf_addc(&b, '\'');
	if (id >= 0 && !(flags & HV_DOMAIN_DEF_FORMAT_INACTIVE))
		hv_buf_addf(&b, " id='%d'", id);
	hv_buf_add(&b, ">\n");
	for (int i = 0; top_order[i]; i++) {
		const char *n = top_order[i];

		if (strcmp(n, "NAME") == 0) {
			format_text(&b, "name", def->name);
		} else if (strcmp(n, "UUID") == 0) {
			hv_buf_addf(&b, "  <uuid>%s</uuid>\n",
			    hv_uuid_format(def->uuid, uuid));
		} else if (strcmp(n, "TITLE") == 0) {
			if (def->title)
				format_text(&b, "title", def->title);
			if (def->description)
				format_text(&b, "description",
				    def->description);
		} else if (strcmp(n, "MEMORY") == 0) {
			hv_buf_addf(&b, "  <memory unit='KiB'>%llu</memory>\n"
			    "  <currentMemory unit='KiB'>%llu"
			    "</currentMemory>\n", def->memory,
			    def->cur_memory);
		} else if (strcmp(n, "VCPU") == 0) {
			hv_buf_addf(&b, "  <vcpu placement='%s'",
			    def->vcpu_auto ? "auto" : "static");
			if (def->vcpu_cpuset) {
				hv_buf_add(&b, " cpuset='");
				hv_buf_add_xml(&b, def->vcpu_cpuset);
				hv_buf_addc(&b, '\'');
			}
			if (def->vcpus_current != def->vcpus)
				hv_buf_addf(&b, " current='%u'",
				    def->vcpus_current);
			hv_buf_addf(&b, ">%u</vcpu>\n", def->vcpus);
		} else if (strcmp(n, "OS") == 0) {
			hv_xnode_format(&b, def->os, 2);
		} else if (strcmp(n, "ON") == 0) {
			format_text(&b, "on_poweroff", def->on_poweroff);
			format_text(&b, "on_reboot", def->on_reboot);
			format_text(&b, "on_crash", def->on_crash);
		} else if (strcmp(n, "DEVICES") == 0) {
			hv_buf_add(&b, "  <devices>\n");
			for (size_t k = 0; k < def->devices->nkids; k++)
				hv_xnode_format(&b, def->devices->kids[k], 4);
			hv_buf_add(&b, "  </devices>\n");
		} else {
			format_top(&b, def, n);
		}
	}
	hv_buf_add(&b, "</domain>\n");
	return hv_buf_detach(&b);
}

/*
 * libvirt copies a definition by formatting and parsing it again, which
 * shows: disks whose bus came from a default are filed anew.
 */
struct hv_domain_def *
hv_domain_def_copy(const struct hv_domain_def *def)
{
	struct hv_domain_def *c;
	struct hv_error saved;
	char *xml = hv_domain_def_format(def, -1, 0);

	hv_error_save(&saved);
	c = hv_domain_def_parse(xml);
	free(xml);
	if (c == NULL)
		c = copy_fields(def);
	hv_error_restore(&saved);
	return c;
}

bool
hv_domain_disk_is_empty(const struct hv_xnode *disk)
{
	const char *type = hv_xnode_attr(disk, "type");
	const struct hv_xnode *src = hv_xnode_child(disk, "source");

	if (type == NULL || strcmp(type, "file") == 0)
		return hv_xnode_attr(src, "file") == NULL;
	if (strcmp(type, "block") == 0)
		return hv_xnode_attr(src, "dev") == NULL;
	if (strcmp(type, "dir") == 0)
		return hv_xnode_attr(src, "dir") == NULL;
	if (strcmp(type, "network") == 0)
		return hv_xnode_attr(src, "protocol") == NULL;
	return false;
}

const struct hv_xnode *
hv_domain_def_find_disk(const struct hv_domain_def *def, const char *disk)
{
	for (size_t i = 0; i < def->devices->nkids; i++) {
		const struct hv_xnode *d = def->devices->kids[i];
		const char *dev, *src;

		if (strcmp(d->name, "disk") != 0)
			continue;
		dev = hv_xnode_attr(hv_xnode_child(d, "target"), "dev");
		src = disk_source(d);
		if ((dev && strcmp(dev, disk) == 0) ||
		    (src && strcmp(src, disk) == 0))
			return d;
	}
	return NULL;
}
