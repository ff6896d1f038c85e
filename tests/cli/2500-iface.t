# 2500-iface: host interface commands on the test driver.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

=== iface-list: running interfaces by default
$ hvsh -c test:///default iface-list
>>>
 Name   State    MAC Address
------------------------------------
 eth1   active   aa:bb:cc:dd:ee:ff

>>>= 0

=== iface-list --all and --inactive
$ hvsh -c test:///default 'iface-list --all; iface-list --inactive'
>>>
 Name   State    MAC Address
------------------------------------
 eth1   active   aa:bb:cc:dd:ee:ff

 Name   State   MAC Address
-----------------------------

>>>= 0

=== iface-list -q leaves out the header
$ hvsh -q -c test:///default 'iface-list; iface-list --inactive'
>>>
 eth1   active   aa:bb:cc:dd:ee:ff
>>>= 0

=== iface-list: --all with --inactive
$ hvsh -c test:///default 'iface-list --inactive --all'
>>>

>>>2
error: Options --all and --inactive are mutually exclusive
>>>= 1

=== iface-dumpxml of the built-in interface
$ hvsh -c test:///default 'iface-dumpxml eth1'
>>>
<interface type='ethernet' name='eth1'>
  <start mode='onboot'/>
  <mtu size='1492'/>
  <protocol family='ipv4'>
    <ip address='192.168.0.5' prefix='24'/>
    <route gateway='192.168.0.1'/>
  </protocol>
  <mac address='aa:bb:cc:dd:ee:ff'/>
</interface>

>>>= 0

=== iface-dumpxml by MAC address, any case
$ hvsh -c test:///default 'iface-dumpxml aa:bb:cc:dd:ee:ff; iface-dumpxml AA:BB:CC:DD:EE:FF --xpath //mtu'
>>>
<interface type='ethernet' name='eth1'>
  <start mode='onboot'/>
  <mtu size='1492'/>
  <protocol family='ipv4'>
    <ip address='192.168.0.5' prefix='24'/>
    <route gateway='192.168.0.1'/>
  </protocol>
  <mac address='aa:bb:cc:dd:ee:ff'/>
</interface>

<mtu size="1492"/>

>>>= 0

=== iface-dumpxml --inactive is refused by the test driver
$ hvsh -c test:///default 'iface-dumpxml --inactive eth1'
>>>

>>>2
error: unsupported flags (0x1) in function testInterfaceGetXMLDesc
>>>= 1

=== iface-dumpxml: unknown name
$ hvsh -c test:///default 'iface-dumpxml nosuch'
>>>

>>>2
error: failed to get interface 'nosuch'
error: Interface not found: no interface with matching name 'nosuch'
>>>= 1

=== iface-dumpxml: unknown MAC address
$ hvsh -c test:///default 'iface-dumpxml aa:bb:cc:dd:ee:00'
>>>

>>>2
error: failed to get interface 'aa:bb:cc:dd:ee:00'
error: Interface not found: no interface with matching mac 'aa:bb:cc:dd:ee:00'
>>>= 1

=== iface-mac and iface-name
$ hvsh -c test:///default 'iface-mac eth1; iface-name aa:bb:cc:dd:ee:ff; iface-name AA:BB:CC:DD:EE:FF'
>>>
aa:bb:cc:dd:ee:ff

eth1

eth1

>>>= 0

=== iface-mac: unknown name
$ hvsh -c test:///default 'iface-mac nosuch'
>>>

>>>2
error: failed to get interface 'nosuch'
error: Interface not found: no interface with matching name 'nosuch'
>>>= 1

=== iface-mac takes no MAC address
$ hvsh -c test:///default 'iface-mac aa:bb:cc:dd:ee:ff'
>>>

>>>2
error: failed to get interface 'aa:bb:cc:dd:ee:ff'
>>>= 1

=== iface-name takes no name
$ hvsh -c test:///default 'iface-name eth1'
>>>

>>>2
error: failed to get interface 'eth1'
>>>= 1

=== iface-name: unknown MAC address
$ hvsh -c test:///default 'iface-name aa:bb:cc:dd:ee:0'
>>>

>>>2
error: failed to get interface 'aa:bb:cc:dd:ee:0'
error: Interface not found: no interface with matching mac 'aa:bb:cc:dd:ee:0'
>>>= 1

=== iface commands work read-only
$ hvsh -r -c test:///default 'iface-list; iface-mac eth1'
>>>
 Name   State    MAC Address
------------------------------------
 eth1   active   aa:bb:cc:dd:ee:ff

aa:bb:cc:dd:ee:ff

>>>= 0

=== iface-mac without an interface
$ hvsh -c test:///default 'iface-mac'
>>>2
error: command 'iface-mac' requires <interface> option
>>>= 1
