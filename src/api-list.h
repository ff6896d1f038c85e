/*
 * Every call of the public API, once.  Each row is
 *
 *	HV_API(ID, FN, NAME, FROM, OBJ, FLAGS, PROC, ARGS)
 *
 * ID	the enum hv_api value HV_API_<ID>
 * FN	the C function that makes the call (several rows may share one
 *	when libvirt has two API names, e.g. virDomainCreate and
 *	virDomainCreateWithFlags, for one driver operation)
 * NAME	libvirt's API name, the one its errors name
 * FROM	the error domain of libvirt's file for the family (HV_FROM_*)
 * OBJ	what the first argument is (HV_API_OBJ_*): its NULL is refused
 * FLAGS	HV_API_MUT: refused on a read-only connection
 * PROC	libvirt's remote procedure number: REMOTE_PROC_<ID> of its
 *	remote_protocol.x, whose names the IDs follow; 0 for a call made
 *	on the client through another row (a UUID string is parsed, then
 *	the lookup by UUID goes out) or by the client alone (keepalive)
 * ARGS	the names libvirt gives the pointer arguments that must not be
 *	NULL, in the order it checks them, blank-separated
 *
 * The order of rows is free; the unit test checks that every function
 * of the public headers is here and that each row is reachable.
 */

/* ---- the host (libvirt-host.c, whose errors are the domain family's) */
HV_API(CONNECT_GET_URI, hv_conn_get_uri, "virConnectGetURI",
    DOMAIN, CONN, 0, 110, "")
HV_API(CONNECT_GET_TYPE, hv_conn_get_type, "virConnectGetType",
    DOMAIN, CONN, 0, 3, "")
HV_API(CONNECT_GET_VERSION, hv_conn_get_version, "virConnectGetVersion",
    DOMAIN, CONN, 0, 4, "hvVer")
HV_API(CONNECT_GET_LIB_VERSION, hv_conn_get_lib_version,
    "virConnectGetLibVersion", DOMAIN, CONN, 0, 157, "libVer")
HV_API(CONNECT_GET_HOSTNAME, hv_conn_get_hostname, "virConnectGetHostname",
    DOMAIN, CONN, 0, 59, "")
HV_API(CONNECT_GET_SYSINFO, hv_conn_get_sysinfo, "virConnectGetSysinfo",
    DOMAIN, CONN, 0, 203, "")
HV_API(CONNECT_GET_CAPABILITIES, hv_conn_get_capabilities,
    "virConnectGetCapabilities", DOMAIN, CONN, 0, 7, "")
HV_API(CONNECT_GET_MAX_VCPUS, hv_conn_get_max_vcpus,
    "virConnectGetMaxVcpus", DOMAIN, CONN, 0, 5, "")
HV_API(NODE_GET_INFO, hv_node_get_info, "virNodeGetInfo",
    DOMAIN, CONN, 0, 6, "info")
HV_API(NODE_GET_CELLS_FREE_MEMORY, hv_node_get_cells_free_memory,
    "virNodeGetCellsFreeMemory", DOMAIN, CONN, 0, 101, "freeMems")
/* libvirt returns the amount; bytes, where ours goes, has no libvirt name */
HV_API(NODE_GET_FREE_MEMORY, hv_node_get_free_memory,
    "virNodeGetFreeMemory", DOMAIN, CONN, 0, 102, "bytes")
HV_API(NODE_GET_SECURITY_MODEL, hv_node_get_security_model,
    "virNodeGetSecurityModel", DOMAIN, CONN, 0, 122, "secmodel")
/* the client's own: keepalive messages are no remote procedure */
HV_API(CONNECT_SET_KEEPALIVE, hv_conn_set_keepalive,
    "virConnectSetKeepAlive", DOMAIN, CONN, 0, 0, "")

/* ---- domains (libvirt-domain.c) ---------------------------------- */
HV_API(CONNECT_LIST_ALL_DOMAINS, hv_conn_list_all_domains,
    "virConnectListAllDomains", DOMAIN, CONN, 0, 273, "")
HV_API(DOMAIN_LOOKUP_BY_ID, hv_domain_lookup_by_id, "virDomainLookupByID",
    DOMAIN, CONN, 0, 22, "")
HV_API(DOMAIN_LOOKUP_BY_NAME, hv_domain_lookup_by_name,
    "virDomainLookupByName", DOMAIN, CONN, 0, 23, "name")
HV_API(DOMAIN_LOOKUP_BY_UUID, hv_domain_lookup_by_uuid,
    "virDomainLookupByUUID", DOMAIN, CONN, 0, 24, "uuid")
HV_API(DOMAIN_LOOKUP_BY_UUID_STRING, hv_domain_lookup_by_uuid_string,
    "virDomainLookupByUUIDString", DOMAIN, CONN, 0, 0, "uuidstr")
HV_API(DOMAIN_DEFINE_XML, hv_domain_define_xml, "virDomainDefineXML",
    DOMAIN, CONN, HV_API_MUT, 11, "xml")
HV_API(DOMAIN_DEFINE_XML_FLAGS, hv_domain_define_xml,
    "virDomainDefineXMLFlags", DOMAIN, CONN, HV_API_MUT, 350, "xml")
HV_API(DOMAIN_CREATE_XML, hv_domain_create_xml, "virDomainCreateXML",
    DOMAIN, CONN, HV_API_MUT, 10, "xmlDesc")
HV_API(DOMAIN_RESTORE, hv_domain_restore, "virDomainRestore",
    DOMAIN, CONN, HV_API_MUT, 54, "from")
HV_API(DOMAIN_RESTORE_FLAGS, hv_domain_restore, "virDomainRestoreFlags",
    DOMAIN, CONN, HV_API_MUT, 233, "from")
HV_API(DOMAIN_UNDEFINE_FLAGS, hv_domain_undefine, "virDomainUndefineFlags",
    DOMAIN, DOMAIN, HV_API_MUT, 231, "")
HV_API(DOMAIN_CREATE, hv_domain_create, "virDomainCreate",
    DOMAIN, DOMAIN, HV_API_MUT, 9, "")
HV_API(DOMAIN_CREATE_WITH_FLAGS, hv_domain_create,
    "virDomainCreateWithFlags", DOMAIN, DOMAIN, HV_API_MUT, 196, "")
HV_API(DOMAIN_DESTROY, hv_domain_destroy, "virDomainDestroy",
    DOMAIN, DOMAIN, HV_API_MUT, 12, "")
HV_API(DOMAIN_DESTROY_FLAGS, hv_domain_destroy, "virDomainDestroyFlags",
    DOMAIN, DOMAIN, HV_API_MUT, 234, "")
HV_API(DOMAIN_SHUTDOWN, hv_domain_shutdown, "virDomainShutdown",
    DOMAIN, DOMAIN, HV_API_MUT, 33, "")
HV_API(DOMAIN_SHUTDOWN_FLAGS, hv_domain_shutdown, "virDomainShutdownFlags",
    DOMAIN, DOMAIN, HV_API_MUT, 258, "")
HV_API(DOMAIN_REBOOT, hv_domain_reboot, "virDomainReboot",
    DOMAIN, DOMAIN, HV_API_MUT, 27, "")
HV_API(DOMAIN_RESET, hv_domain_reset, "virDomainReset",
    DOMAIN, DOMAIN, HV_API_MUT, 245, "")
HV_API(DOMAIN_SUSPEND, hv_domain_suspend, "virDomainSuspend",
    DOMAIN, DOMAIN, HV_API_MUT, 34, "")
HV_API(DOMAIN_RESUME, hv_domain_resume, "virDomainResume",
    DOMAIN, DOMAIN, HV_API_MUT, 28, "")
HV_API(DOMAIN_SAVE, hv_domain_save, "virDomainSave",
    DOMAIN, DOMAIN, HV_API_MUT, 55, "to")
HV_API(DOMAIN_SAVE_FLAGS, hv_domain_save, "virDomainSaveFlags",
    DOMAIN, DOMAIN, HV_API_MUT, 232, "to")
HV_API(DOMAIN_MANAGED_SAVE, hv_domain_managed_save, "virDomainManagedSave",
    DOMAIN, DOMAIN, HV_API_MUT, 182, "")
HV_API(DOMAIN_MANAGED_SAVE_REMOVE, hv_domain_managed_save_remove,
    "virDomainManagedSaveRemove", DOMAIN, DOMAIN, HV_API_MUT, 184, "")
HV_API(DOMAIN_HAS_MANAGED_SAVE_IMAGE, hv_domain_has_managed_save,
    "virDomainHasManagedSaveImage", DOMAIN, DOMAIN, 0, 183, "")
HV_API(DOMAIN_GET_INFO, hv_domain_get_info, "virDomainGetInfo",
    DOMAIN, DOMAIN, 0, 16, "info")
HV_API(DOMAIN_GET_STATE, hv_domain_get_state, "virDomainGetState",
    DOMAIN, DOMAIN, 0, 212, "state")
HV_API(DOMAIN_GET_XML_DESC, hv_domain_get_xml_desc, "virDomainGetXMLDesc",
    DOMAIN, DOMAIN, 0, 14, "")
HV_API(DOMAIN_GET_OS_TYPE, hv_domain_get_os_type, "virDomainGetOSType",
    DOMAIN, DOMAIN, 0, 19, "")
/* libvirt refuses it to read-only connections: it asks the guest */
HV_API(DOMAIN_GET_HOSTNAME, hv_domain_get_hostname, "virDomainGetHostname",
    DOMAIN, DOMAIN, HV_API_MUT, 277, "")
HV_API(DOMAIN_IS_ACTIVE, hv_domain_is_active, "virDomainIsActive",
    DOMAIN, DOMAIN, 0, 150, "")
HV_API(DOMAIN_IS_PERSISTENT, hv_domain_is_persistent,
    "virDomainIsPersistent", DOMAIN, DOMAIN, 0, 151, "")
HV_API(DOMAIN_GET_AUTOSTART, hv_domain_get_autostart,
    "virDomainGetAutostart", DOMAIN, DOMAIN, 0, 15, "autostart")
HV_API(DOMAIN_SET_AUTOSTART, hv_domain_set_autostart,
    "virDomainSetAutostart", DOMAIN, DOMAIN, HV_API_MUT, 29, "")
HV_API(DOMAIN_SET_MEMORY_FLAGS, hv_domain_set_memory,
    "virDomainSetMemoryFlags", DOMAIN, DOMAIN, HV_API_MUT, 204, "")
HV_API(DOMAIN_SET_VCPUS, hv_domain_set_vcpus, "virDomainSetVcpus",
    DOMAIN, DOMAIN, HV_API_MUT, 32, "")
HV_API(DOMAIN_SET_VCPUS_FLAGS, hv_domain_set_vcpus_flags,
    "virDomainSetVcpusFlags", DOMAIN, DOMAIN, HV_API_MUT, 199, "")
HV_API(DOMAIN_GET_VCPUS_FLAGS, hv_domain_get_vcpus,
    "virDomainGetVcpusFlags", DOMAIN, DOMAIN, 0, 200, "")
HV_API(DOMAIN_GET_SECURITY_LABEL, hv_domain_get_security_label,
    "virDomainGetSecurityLabel", DOMAIN, DOMAIN, 0, 121, "seclabel")
HV_API(DOMAIN_SET_MEMORY_STATS_PERIOD, hv_domain_set_memory_stats_period,
    "virDomainSetMemoryStatsPeriod", DOMAIN, DOMAIN, HV_API_MUT, 308, "")
HV_API(DOMAIN_MEMORY_STATS, hv_domain_memory_stats, "virDomainMemoryStats",
    DOMAIN, DOMAIN, 0, 159, "")
HV_API(DOMAIN_GET_BLOCK_INFO, hv_domain_get_block_info,
    "virDomainGetBlockInfo", DOMAIN, DOMAIN, 0, 194, "disk info")
HV_API(DOMAIN_GET_MESSAGES, hv_domain_get_messages, "virDomainGetMessages",
    DOMAIN, DOMAIN, 0, 426, "msgs")
HV_API(DOMAIN_GET_METADATA, hv_domain_get_metadata, "virDomainGetMetadata",
    DOMAIN, DOMAIN, 0, 265, "")
HV_API(DOMAIN_SET_METADATA, hv_domain_set_metadata, "virDomainSetMetadata",
    DOMAIN, DOMAIN, HV_API_MUT, 264, "")

/* ---- networks (libvirt-network.c) -------------------------------- */
HV_API(CONNECT_LIST_ALL_NETWORKS, hv_conn_list_all_networks,
    "virConnectListAllNetworks", NETWORK, CONN, 0, 283, "")
HV_API(NETWORK_LOOKUP_BY_NAME, hv_network_lookup_by_name,
    "virNetworkLookupByName", NETWORK, CONN, 0, 46, "name")
HV_API(NETWORK_LOOKUP_BY_UUID, hv_network_lookup_by_uuid,
    "virNetworkLookupByUUID", NETWORK, CONN, 0, 47, "uuid")
HV_API(NETWORK_LOOKUP_BY_UUID_STRING, hv_network_lookup_by_uuid_string,
    "virNetworkLookupByUUIDString", NETWORK, CONN, 0, 0, "uuidstr")
HV_API(NETWORK_DEFINE_XML, hv_network_define_xml, "virNetworkDefineXML",
    NETWORK, CONN, HV_API_MUT, 41, "xml")
HV_API(NETWORK_DEFINE_XML_FLAGS, hv_network_define_xml,
    "virNetworkDefineXMLFlags", NETWORK, CONN, HV_API_MUT, 432, "xml")
HV_API(NETWORK_CREATE_XML, hv_network_create_xml, "virNetworkCreateXML",
    NETWORK, CONN, HV_API_MUT, 40, "xmlDesc")
HV_API(NETWORK_CREATE_XML_FLAGS, hv_network_create_xml,
    "virNetworkCreateXMLFlags", NETWORK, CONN, HV_API_MUT, 437, "xmlDesc")
HV_API(NETWORK_UNDEFINE, hv_network_undefine, "virNetworkUndefine",
    NETWORK, NETWORK, HV_API_MUT, 49, "")
HV_API(NETWORK_CREATE, hv_network_create, "virNetworkCreate",
    NETWORK, NETWORK, HV_API_MUT, 39, "")
HV_API(NETWORK_DESTROY, hv_network_destroy, "virNetworkDestroy",
    NETWORK, NETWORK, HV_API_MUT, 42, "")
HV_API(NETWORK_GET_XML_DESC, hv_network_get_xml_desc,
    "virNetworkGetXMLDesc", NETWORK, NETWORK, 0, 43, "")
HV_API(NETWORK_GET_BRIDGE_NAME, hv_network_get_bridge_name,
    "virNetworkGetBridgeName", NETWORK, NETWORK, 0, 45, "")
HV_API(NETWORK_IS_ACTIVE, hv_network_is_active, "virNetworkIsActive",
    NETWORK, NETWORK, 0, 152, "")
HV_API(NETWORK_IS_PERSISTENT, hv_network_is_persistent,
    "virNetworkIsPersistent", NETWORK, NETWORK, 0, 153, "")
HV_API(NETWORK_GET_AUTOSTART, hv_network_get_autostart,
    "virNetworkGetAutostart", NETWORK, NETWORK, 0, 44, "autostart")
HV_API(NETWORK_SET_AUTOSTART, hv_network_set_autostart,
    "virNetworkSetAutostart", NETWORK, NETWORK, HV_API_MUT, 48, "")

/* ---- storage pools and volumes (libvirt-storage.c) --------------- */
HV_API(CONNECT_LIST_ALL_STORAGE_POOLS, hv_conn_list_all_storage_pools,
    "virConnectListAllStoragePools", STORAGE, CONN, 0, 281, "")
HV_API(STORAGE_POOL_LOOKUP_BY_NAME, hv_pool_lookup_by_name,
    "virStoragePoolLookupByName", STORAGE, CONN, 0, 84, "name")
HV_API(STORAGE_POOL_LOOKUP_BY_UUID, hv_pool_lookup_by_uuid,
    "virStoragePoolLookupByUUID", STORAGE, CONN, 0, 85, "uuid")
HV_API(STORAGE_POOL_LOOKUP_BY_UUID_STRING, hv_pool_lookup_by_uuid_string,
    "virStoragePoolLookupByUUIDString", STORAGE, CONN, 0, 0, "uuidstr")
HV_API(STORAGE_POOL_LOOKUP_BY_VOLUME, hv_pool_lookup_by_volume,
    "virStoragePoolLookupByVolume", STORAGE, VOL, 0, 86, "")
HV_API(STORAGE_POOL_DEFINE_XML, hv_pool_define_xml,
    "virStoragePoolDefineXML", STORAGE, CONN, HV_API_MUT, 77, "xml")
HV_API(STORAGE_POOL_CREATE_XML, hv_pool_create_xml,
    "virStoragePoolCreateXML", STORAGE, CONN, HV_API_MUT, 76, "xmlDesc")
HV_API(STORAGE_POOL_UNDEFINE, hv_pool_undefine, "virStoragePoolUndefine",
    STORAGE, POOL, HV_API_MUT, 82, "")
HV_API(STORAGE_POOL_CREATE, hv_pool_create, "virStoragePoolCreate",
    STORAGE, POOL, HV_API_MUT, 78, "")
HV_API(STORAGE_POOL_BUILD, hv_pool_build, "virStoragePoolBuild",
    STORAGE, POOL, HV_API_MUT, 79, "")
HV_API(STORAGE_POOL_DESTROY, hv_pool_destroy, "virStoragePoolDestroy",
    STORAGE, POOL, HV_API_MUT, 80, "")
HV_API(STORAGE_POOL_REFRESH, hv_pool_refresh, "virStoragePoolRefresh",
    STORAGE, POOL, HV_API_MUT, 83, "")
HV_API(STORAGE_POOL_GET_INFO, hv_pool_get_info, "virStoragePoolGetInfo",
    STORAGE, POOL, 0, 87, "info")
HV_API(STORAGE_POOL_GET_XML_DESC, hv_pool_get_xml_desc,
    "virStoragePoolGetXMLDesc", STORAGE, POOL, 0, 88, "")
HV_API(STORAGE_POOL_GET_AUTOSTART, hv_pool_get_autostart,
    "virStoragePoolGetAutostart", STORAGE, POOL, 0, 89, "autostart")
HV_API(STORAGE_POOL_SET_AUTOSTART, hv_pool_set_autostart,
    "virStoragePoolSetAutostart", STORAGE, POOL, HV_API_MUT, 90, "")
HV_API(STORAGE_POOL_IS_ACTIVE, hv_pool_is_active, "virStoragePoolIsActive",
    STORAGE, POOL, 0, 154, "")
HV_API(STORAGE_POOL_IS_PERSISTENT, hv_pool_is_persistent,
    "virStoragePoolIsPersistent", STORAGE, POOL, 0, 155, "")
HV_API(STORAGE_POOL_LIST_ALL_VOLUMES, hv_pool_list_all_volumes,
    "virStoragePoolListAllVolumes", STORAGE, POOL, 0, 282, "")
HV_API(STORAGE_VOL_LOOKUP_BY_NAME, hv_vol_lookup_by_name,
    "virStorageVolLookupByName", STORAGE, POOL, 0, 95, "name")
HV_API(STORAGE_VOL_LOOKUP_BY_KEY, hv_vol_lookup_by_key,
    "virStorageVolLookupByKey", STORAGE, CONN, 0, 96, "key")
HV_API(STORAGE_VOL_LOOKUP_BY_PATH, hv_vol_lookup_by_path,
    "virStorageVolLookupByPath", STORAGE, CONN, 0, 97, "path")
HV_API(STORAGE_VOL_CREATE_XML, hv_vol_create_xml, "virStorageVolCreateXML",
    STORAGE, POOL, HV_API_MUT, 93, "xmlDesc")
HV_API(STORAGE_VOL_DELETE, hv_vol_delete, "virStorageVolDelete",
    STORAGE, VOL, HV_API_MUT, 94, "")
/* libvirt's test driver has no wipe: it answers "not supported" */
HV_API(STORAGE_VOL_WIPE, hv_vol_wipe, "virStorageVolWipe",
    STORAGE, VOL, HV_API_MUT, 165, "")
HV_API(STORAGE_VOL_GET_INFO, hv_vol_get_info, "virStorageVolGetInfo",
    STORAGE, VOL, 0, 98, "info")
HV_API(STORAGE_VOL_GET_INFO_FLAGS, hv_vol_get_info,
    "virStorageVolGetInfoFlags", STORAGE, VOL, 0, 378, "info")
HV_API(STORAGE_VOL_GET_XML_DESC, hv_vol_get_xml_desc,
    "virStorageVolGetXMLDesc", STORAGE, VOL, 0, 99, "")
HV_API(STORAGE_VOL_GET_PATH, hv_vol_get_path, "virStorageVolGetPath",
    STORAGE, VOL, 0, 100, "")

/* ---- host interfaces (libvirt-interface.c) ----------------------- */
HV_API(CONNECT_LIST_ALL_INTERFACES, hv_conn_list_all_ifaces,
    "virConnectListAllInterfaces", INTERFACE, CONN, 0, 284, "")
HV_API(INTERFACE_LOOKUP_BY_NAME, hv_iface_lookup_by_name,
    "virInterfaceLookupByName", INTERFACE, CONN, 0, 128, "name")
HV_API(INTERFACE_LOOKUP_BY_MAC_STRING, hv_iface_lookup_by_mac_string,
    "virInterfaceLookupByMACString", INTERFACE, CONN, 0, 129, "macstr")
HV_API(INTERFACE_GET_XML_DESC, hv_iface_get_xml_desc,
    "virInterfaceGetXMLDesc", INTERFACE, IFACE, 0, 130, "")
HV_API(INTERFACE_IS_ACTIVE, hv_iface_is_active, "virInterfaceIsActive",
    INTERFACE, IFACE, 0, 156, "")

/* ---- node devices (libvirt-nodedev.c) ---------------------------- */
HV_API(CONNECT_LIST_ALL_NODE_DEVICES, hv_conn_list_all_nodedevs,
    "virConnectListAllNodeDevices", NODEDEV, CONN, 0, 285, "")
HV_API(NODE_DEVICE_LOOKUP_BY_NAME, hv_nodedev_lookup_by_name,
    "virNodeDeviceLookupByName", NODEDEV, CONN, 0, 113, "name")
HV_API(NODE_DEVICE_LOOKUP_SCSI_HOST_BY_WWN,
    hv_nodedev_lookup_scsi_host_by_wwn, "virNodeDeviceLookupSCSIHostByWWN",
    NODEDEV, CONN, 0, 297, "wwnn wwpn")
HV_API(NODE_DEVICE_GET_XML_DESC, hv_nodedev_get_xml_desc,
    "virNodeDeviceGetXMLDesc", NODEDEV, NODEDEV, 0, 114, "")
HV_API(NODE_DEVICE_GET_PARENT, hv_nodedev_get_parent,
    "virNodeDeviceGetParent", NODEDEV, NODEDEV, 0, 115, "")
HV_API(NODE_DEVICE_IS_ACTIVE, hv_nodedev_is_active, "virNodeDeviceIsActive",
    NODEDEV, NODEDEV, 0, 436, "")
HV_API(NODE_DEVICE_IS_PERSISTENT, hv_nodedev_is_persistent,
    "virNodeDeviceIsPersistent", NODEDEV, NODEDEV, 0, 435, "")
HV_API(NODE_DEVICE_GET_AUTOSTART, hv_nodedev_get_autostart,
    "virNodeDeviceGetAutostart", NODEDEV, NODEDEV, 0, 433, "autostart")
