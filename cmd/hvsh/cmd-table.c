/*
 * Every command, in the order help lists them (grouped by enum
 * cmd_group; within a group in this order).  One line per command.
 */
#include <stddef.h>

#include "cmd.h"

extern const struct cmd_entry cmd_help, cmd_quit, cmd_exit, cmd_echo,
    cmd_cd, cmd_pwd, cmd_connect, cmd_self_test, cmd_complete;

extern const struct cmd_entry cmd_autostart, cmd_create, cmd_define,
    cmd_destroy, cmd_domid, cmd_domname, cmd_domuuid, cmd_dumpxml,
    cmd_reboot, cmd_reset, cmd_resume, cmd_setmaxmem, cmd_setmem,
    cmd_setvcpus, cmd_shutdown, cmd_start, cmd_suspend, cmd_undefine,
    cmd_vcpucount;
extern const struct cmd_entry cmd_domblklist, cmd_domiflist, cmd_dominfo,
    cmd_domstate, cmd_list;
extern const struct cmd_entry cmd_capabilities, cmd_freecell, cmd_hostname,
    cmd_maxvcpus, cmd_nodeinfo, cmd_sysinfo, cmd_uri, cmd_version;
extern const struct cmd_entry cmd_iface_dumpxml, cmd_iface_list,
    cmd_iface_mac, cmd_iface_name;
extern const struct cmd_entry cmd_net_autostart, cmd_net_create,
    cmd_net_define, cmd_net_destroy, cmd_net_dumpxml, cmd_net_info,
    cmd_net_list, cmd_net_name, cmd_net_start, cmd_net_undefine,
    cmd_net_uuid;
extern const struct cmd_entry cmd_nodedev_dumpxml, cmd_nodedev_list,
    cmd_nodedev_info;
extern const struct cmd_entry cmd_pool_autostart, cmd_pool_build,
    cmd_pool_name, cmd_pool_uuid, cmd_pool_create,
    cmd_pool_define, cmd_pool_destroy, cmd_pool_dumpxml, cmd_pool_info,
    cmd_pool_list, cmd_pool_refresh, cmd_pool_start, cmd_pool_undefine;
extern const struct cmd_entry cmd_vol_create_as, cmd_vol_create,
    cmd_vol_delete, cmd_vol_dumpxml, cmd_vol_info, cmd_vol_key,
    cmd_vol_list, cmd_vol_name, cmd_vol_path, cmd_vol_pool;

extern const struct cmd_entry cmd_desc, cmd_domhostname, cmd_edit,
    cmd_managedsave, cmd_managedsave_remove, cmd_restore, cmd_save;
extern const struct cmd_entry cmd_domblkinfo, cmd_dommemstat;
extern const struct cmd_entry cmd_net_edit, cmd_pool_edit;

const struct cmd_entry *const cmd_table[] = {
	/* GRP_DOMAIN */
	&cmd_autostart,
	&cmd_create,
	&cmd_define,
	&cmd_desc,
	&cmd_destroy,
	&cmd_domhostname,
	&cmd_domid,
	&cmd_domname,
	&cmd_domuuid,
	&cmd_dumpxml,
	&cmd_edit,
	&cmd_managedsave,
	&cmd_managedsave_remove,
	&cmd_reboot,
	&cmd_reset,
	&cmd_restore,
	&cmd_resume,
	&cmd_save,
	&cmd_setmaxmem,
	&cmd_setmem,
	&cmd_setvcpus,
	&cmd_shutdown,
	&cmd_start,
	&cmd_suspend,
	&cmd_undefine,
	&cmd_vcpucount,
	/* GRP_MONITOR */
	&cmd_domblkinfo,
	&cmd_domblklist,
	&cmd_domiflist,
	&cmd_dominfo,
	&cmd_dommemstat,
	&cmd_domstate,
	&cmd_list,
	/* GRP_HOST */
	&cmd_capabilities,
	&cmd_freecell,
	&cmd_hostname,
	&cmd_maxvcpus,
	&cmd_nodeinfo,
	&cmd_sysinfo,
	&cmd_uri,
	&cmd_version,
	/* GRP_INTERFACE */
	&cmd_iface_dumpxml,
	&cmd_iface_list,
	&cmd_iface_mac,
	&cmd_iface_name,
	/* GRP_NETWORK */
	&cmd_net_autostart,
	&cmd_net_create,
	&cmd_net_define,
	&cmd_net_destroy,
	&cmd_net_dumpxml,
	&cmd_net_edit,
	&cmd_net_info,
	&cmd_net_list,
	&cmd_net_name,
	&cmd_net_start,
	&cmd_net_undefine,
	&cmd_net_uuid,
	/* GRP_NODEDEV */
	&cmd_nodedev_dumpxml,
	&cmd_nodedev_list,
	&cmd_nodedev_info,
	/* GRP_POOL */
	&cmd_pool_autostart,
	&cmd_pool_build,
	&cmd_pool_create,
	&cmd_pool_define,
	&cmd_pool_destroy,
	&cmd_pool_dumpxml,
	&cmd_pool_edit,
	&cmd_pool_info,
	&cmd_pool_list,
	&cmd_pool_name,
	&cmd_pool_refresh,
	&cmd_pool_start,
	&cmd_pool_undefine,
	&cmd_pool_uuid,
	/* GRP_VOLUME */
	&cmd_vol_create_as,
	&cmd_vol_create,
	&cmd_vol_delete,
	&cmd_vol_dumpxml,
	&cmd_vol_info,
	&cmd_vol_key,
	&cmd_vol_list,
	&cmd_vol_name,
	&cmd_vol_path,
	&cmd_vol_pool,
	/* GRP_SHELL */
	&cmd_cd,
	&cmd_echo,
	&cmd_exit,
	&cmd_help,
	&cmd_pwd,
	&cmd_quit,
	&cmd_connect,
	&cmd_self_test,
	&cmd_complete,
	NULL
};
