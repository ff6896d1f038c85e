# 2800-nodedev: node device commands on the test driver.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them), except
# the cases marked hvsh-only: virsh 9.0 cannot list node devices on the
# test driver at all (it sends state flags the 9.0 test driver rejects:
# "unsupported flags (0x80000000) in function testConnectListAllNodeDevices").
# hvsh answers; the expected layouts follow virsh against a real host
# (names sorted; --tree: the root's name, then each child as "+- NAME"
# under an "  |" line, indented two more per level with "| " kept while
# a parent has more children), the tree checked line by line.

=== nodedev-dumpxml of the built-in devices
$ hvsh -c test:///default 'nodedev-dumpxml computer; nodedev-dumpxml scsi_host1; nodedev-dumpxml scsi_host2; nodedev-dumpxml scsi_host11'
>>>
<device>
  <name>computer</name>
  <capability type='system'>
    <hardware>
      <vendor>Libvirt</vendor>
      <version>Test driver</version>
      <serial>123456</serial>
      <uuid>11111111-2222-3333-4444-555555555555</uuid>
    </hardware>
    <firmware>
      <vendor>Libvirt</vendor>
      <version>Test Driver</version>
      <release_date>01/22/2007</release_date>
    </firmware>
  </capability>
</device>

<device>
  <name>scsi_host1</name>
  <parent>computer</parent>
  <capability type='scsi_host'>
    <host>1</host>
    <unique_id>0</unique_id>
    <capability type='fc_host'>
      <wwnn>2000000012341234</wwnn>
      <wwpn>1000000012341234</wwpn>
      <fabric_wwn>2000000043214321</fabric_wwn>
    </capability>
    <capability type='vport_ops'>
      <max_vports>0</max_vports>
      <vports>0</vports>
    </capability>
  </capability>
</device>

<device>
  <name>scsi_host2</name>
  <parent>computer</parent>
  <capability type='scsi_host'>
    <host>2</host>
    <unique_id>1</unique_id>
    <capability type='fc_host'>
      <wwnn>2000000056785678</wwnn>
      <wwpn>1000000056785678</wwpn>
      <fabric_wwn>2000000087658765</fabric_wwn>
    </capability>
    <capability type='vport_ops'>
      <max_vports>0</max_vports>
      <vports>0</vports>
    </capability>
  </capability>
</device>

<device>
  <name>scsi_host11</name>
  <parent>scsi_host1</parent>
  <capability type='scsi_host'>
    <host>11</host>
    <unique_id>10</unique_id>
    <capability type='fc_host'>
      <wwnn>2000000034563456</wwnn>
      <wwpn>1000000034563456</wwpn>
      <fabric_wwn>2000000043214321</fabric_wwn>
    </capability>
  </capability>
</device>

>>>= 0

=== nodedev-info
$ hvsh -c test:///default 'nodedev-info computer; nodedev-info scsi_host11'
>>>
Name:           computer
Parent:         
Active:         yes
Persistent:     yes
Autostart:      no autostart

Name:           scsi_host11
Parent:         scsi_host1
Active:         yes
Persistent:     yes
Autostart:      no autostart

>>>= 0

=== nodedev-dumpxml --xpath
$ hvsh -c test:///default 'nodedev-dumpxml --xpath //wwnn scsi_host1; nodedev-dumpxml scsi_host2 --xpath //host --wrap'
>>>
<wwnn>2000000012341234</wwnn>

<nodes>
  <host>2</host>
</nodes>

>>>= 0

=== nodedev-dumpxml of an unknown device
$ hvsh -c test:///default 'nodedev-dumpxml nosuch'
>>>

>>>2
error: Could not find matching device 'nosuch'
error: Node device not found: no node device with matching name 'nosuch'
>>>= 1

=== nodedev-info of an unknown device
$ hvsh -c test:///default 'nodedev-info nosuch'
>>>

>>>2
error: Could not find matching device 'nosuch'
error: Node device not found: no node device with matching name 'nosuch'
>>>= 1

=== a WWN pair: the test driver cannot look devices up by WWN
$ hvsh -c test:///default 'nodedev-dumpxml 2000000012341234,1000000012341234'
>>>

>>>2
error: Could not find matching device '2000000012341234,1000000012341234'
error: this function is not supported by the connection driver: virNodeDeviceLookupSCSIHostByWWN
>>>= 1

=== a WWN pair with 0x
$ hvsh -c test:///default 'nodedev-info 0x2000000012341234,1000000012341234'
>>>

>>>2
error: Could not find matching device '0x2000000012341234,1000000012341234'
error: this function is not supported by the connection driver: virNodeDeviceLookupSCSIHostByWWN
>>>= 1

=== a malformed WWN
$ hvsh -c test:///default 'nodedev-dumpxml 1,2'
>>>

>>>2
error: internal error: Malformed wwn: 1
>>>= 1

=== an empty WWN pair
$ hvsh -c test:///default 'nodedev-dumpxml ,'
>>>

>>>2
error: internal error: Malformed wwn: 
>>>= 1

=== too many commas
$ hvsh -c test:///default 'nodedev-info a,b,c'
>>>

>>>2
error: Malformed device value 'a,b,c'
>>>= 1

=== nodedev-list --tree with --cap
$ hvsh -c test:///default 'nodedev-list --tree --cap system'
>>>

>>>2
error: Option --tree is incompatible with --cap and --inactive
>>>= 1

=== nodedev-list --tree with --inactive
$ hvsh -c test:///default 'nodedev-list --tree --inactive'
>>>

>>>2
error: Option --tree is incompatible with --cap and --inactive
>>>= 1

=== nodedev-list --all with --inactive
$ hvsh -c test:///default 'nodedev-list --all --inactive --tree'
>>>

>>>2
error: Option --all is incompatible with --inactive
>>>= 1

=== nodedev-list unknown capability
$ hvsh -c test:///default 'nodedev-list --cap system,foo'
>>>

>>>2
error: Invalid capability type
>>>= 1

=== nodedev-list empty capability in a list
$ hvsh -c test:///default 'nodedev-list --cap ,'
>>>

>>>2
error: Invalid capability type
>>>= 1

=== nodedev-list capability given positionally
$ hvsh -c test:///default 'nodedev-list x'
>>>

>>>2
error: Invalid capability type
>>>= 1

=== nodedev-list: sorted names
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -c test:///default 'nodedev-list; nodedev-list --all'
>>>
computer
scsi_host1
scsi_host11
scsi_host2

computer
scsi_host1
scsi_host11
scsi_host2

>>>= 0

=== nodedev-list --tree
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -c test:///default 'nodedev-list --tree'
>>>
computer
  |
  +- scsi_host1
  |   |
  |   +- scsi_host11
  |     
  +- scsi_host2
    

>>>= 0

=== nodedev-list --tree --all
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -c test:///default 'nodedev-list --all --tree'
>>>
computer
  |
  +- scsi_host1
  |   |
  |   +- scsi_host11
  |     
  +- scsi_host2
    

>>>= 0

=== nodedev-list --cap filters (fc_host and vports are scsi_host features)
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -c test:///default 'nodedev-list --cap scsi_host; nodedev-list --cap vports; nodedev-list --cap fc_host,system; nodedev-list --cap pci; nodedev-list --cap ""'
>>>
scsi_host1
scsi_host11
scsi_host2

scsi_host1
scsi_host2

computer
scsi_host1
scsi_host11
scsi_host2


computer
scsi_host1
scsi_host11
scsi_host2

>>>= 0

=== nodedev-list --inactive: every test device is active
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -c test:///default 'nodedev-list --inactive'
>>>

>>>= 0

=== nodedev-list quiet
# local-only: through libvirtd the test driver refuses virsh's listing flags
# hvsh-only
$ hvsh -q -c test:///default 'nodedev-list --tree; nodedev-list'
>>>
computer
  |
  +- scsi_host1
  |   |
  |   +- scsi_host11
  |     
  +- scsi_host2
    
computer
scsi_host1
scsi_host11
scsi_host2
>>>= 0

