# 2410-network-ip: the <ip> elements of networks checked and printed
# back as libvirt 9.0 does: addresses, netmasks, prefixes, families, DHCP
# ranges and static hosts, tftp.  Expectations are virsh 9.0's, recorded
# by running it on test:///default.

=== net-define: an IPv4 address out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='999.1.1.1' netmask='255.255.255.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid address '999.1.1.1' in network 'n'
>>>= 0

=== net-create: an IPv4 address out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='999.1.1.1' netmask='255.255.255.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-create n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to create network from n.xml
error: XML error: Invalid address '999.1.1.1' in network 'n'
>>>= 0

=== net-define: colons only as an address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='::::'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid address '::::' in network 'n'
>>>= 0

=== net-define: colons only as an IPv6 address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='::::' prefix='64'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid address '::::' in network 'n'
>>>= 0

=== net-define: no address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip netmask='255.255.255.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing required address attribute in network 'n'
>>>= 0

=== net-define: an empty address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address=''/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing required address attribute in network 'n'
>>>= 0

=== net-define: a host name as an address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='localhost' prefix='8'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid address 'localhost' in network 'n'
>>>= 0

=== net-define: an address with a blank
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address=' 10.0.0.1' prefix='8'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid address ' 10.0.0.1' in network 'n'
>>>= 0

=== net-define: a bad netmask
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.999.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid netmask '255.255.999.0' in network 'n'
>>>= 0

=== net-define: an IPv6 netmask for an IPv4 address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='::1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Invalid netmask '::1' for address '10.0.0.1' in network 'n' (both must be IPv4)
>>>= 0

=== net-define: a prefix and a netmask
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='24' netmask='255.255.255.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Network 'n' IP address cannot have both a prefix and a netmask
>>>= 0

=== net-define: an IPv4 prefix past 32
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='33'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Invalid IPv4 prefix '33' in network 'n'
>>>= 0

=== net-define: a prefix that is not a number
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='abc'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'prefix' in element 'ip': 'abc'. Expected non-negative integer value
>>>= 0

=== net-define: a negative prefix
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='-1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'prefix' in element 'ip': '-1'. Expected non-negative integer value
>>>= 0

=== net-define: an empty prefix
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix=''/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'prefix' in element 'ip': ''. Expected non-negative integer value
>>>= 0

=== net-define: IPv6 family with an IPv4 address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Family 'ipv6' specified for non-IPv6 address '10.0.0.1' in network 'n'
>>>= 0

=== net-define: an IPv6 address without its family
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='fd00::1' prefix='64'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: no family specified for non-IPv4 address 'fd00::1' in network 'n'
>>>= 0

=== net-define: an IPv6 prefix past 128
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='129'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Invalid IPv6 prefix '129' in network 'n'
>>>= 0

=== net-define: a netmask for IPv6
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' netmask='255.0.0.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: netmask not allowed for IPv6 address 'fd00::1' in network 'n'
>>>= 0

=== net-define: an unknown family
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipx' address='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Unrecognized family 'ipx' in network 'n'
>>>= 0

=== net-define: a bad localPtr
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0' localPtr='maybe'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'localPtr' in element 'ip': 'maybe'.
>>>= 0

=== net-define: addresses are printed as libvirt reads them
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='010.0.0.1' prefix='+8'/><ip address='1.2.3' netmask='255.255.255.0' localPtr='yes'/><ip family='ipv6' address='FD00:0:0::1' prefix='64'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="8.0.0.1" prefix="8">
  </ip>
<ip address="1.2.0.3" netmask="255.255.255.0" localPtr="yes">
  </ip>
<ip family="ipv6" address="fd00::1" prefix="64">
  </ip>

>>>= 0

=== net-define: an empty netmask, family or zero prefix is dropped
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='' address='10.0.0.1' netmask=''/><ip address='10.0.1.1' prefix='0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="10.0.0.1">
  </ip>
<ip address="10.0.1.1">
  </ip>

>>>= 0

=== net-define: a non-contiguous netmask is taken without a range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.0.255.0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="10.0.0.1" netmask="255.0.255.0">
  </ip>

>>>= 0

=== net-define: a DHCP range start out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='999.0.0.2' end='10.0.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Cannot parse socket address '999.0.0.2': Name or service not known
>>>= 0

=== net-define: a DHCP range end out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.999'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Cannot parse socket address '10.0.0.999': Name or service not known
>>>= 0

=== net-define: a DHCP range without a start
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range end='10.0.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing 'start' attribute in dhcp range for network 'n'
>>>= 0

=== net-define: a DHCP range without an end
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing 'end' attribute in dhcp range for network 'n'
>>>= 0

=== net-define: a reversed DHCP range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.9' end='10.0.0.2'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range 10.0.0.9 - 10.0.0.2 is reversed 
>>>= 0

=== net-define: a DHCP range outside the network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.1.2' end='10.0.1.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range 10.0.1.2 - 10.0.1.9 is not entirely within network 10.0.0.1/24
>>>= 0

=== net-define: a DHCP range of two families
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='fd00::1'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: mismatch of address family in range 10.0.0.2 - fd00::1
>>>= 0

=== net-define: a DHCP range from the network address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.0' end='10.0.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: start of range 10.0.0.0 - 10.0.0.9 in network 10.0.0.1/24 is the network address
>>>= 0

=== net-define: a DHCP range to the broadcast address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.255'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: end of range 10.0.0.2 - 10.0.0.255 in network 10.0.0.1/24 is the broadcast address
>>>= 0

=== net-define: a DHCP range of more than 65536 addresses
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='8'><dhcp><range start='10.0.0.2' end='10.2.0.0'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range 10.0.0.2 - 10.2.0.0 is too large (> 65535)
>>>= 0

=== net-define: a DHCP range with a non-contiguous netmask
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.0.255.0'><dhcp><range start='10.0.0.2' end='10.0.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: bad prefix -1 for network 10.0.0.1 when  checking range 10.0.0.2 - 10.0.0.9
>>>= 0

=== net-define: a DHCP range in a class D network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='224.0.0.1'><dhcp><range start='224.0.0.2' end='224.0.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: bad prefix -1 for network 224.0.0.1 when  checking range 224.0.0.2 - 224.0.0.9
>>>= 0

=== net-define: a DHCP range outside a class C network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='192.168.0.1'><dhcp><range start='192.168.1.2' end='192.168.1.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range 192.168.1.2 - 192.168.1.9 is not entirely within network 192.168.0.1/24
>>>= 0

=== net-define: a DHCP range in the class A network of the address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1'><dhcp><range start='10.1.0.2' end='10.1.0.9'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="10.0.0.1">
  <dhcp>
    <range start="10.1.0.2" end="10.1.0.9"/>
  </dhcp>
</ip>

>>>= 0

=== net-define: a reversed IPv6 DHCP range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::10' end='fd00::1'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range fd00::10 - fd00::1 start larger than end
>>>= 0

=== net-define: an IPv6 DHCP range too large
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd00::10' end='fd00::1:0:0:10'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range fd00::10 - fd00::1:0:0:10 is too large (> 65535)
>>>= 0

=== net-define: an IPv6 DHCP range outside the network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><range start='fd01::10' end='fd01::20'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range fd01::10 - fd01::20 is not entirely within network fd00::1/64
>>>= 0

=== net-define: an IPv6 DHCP range in the default /64
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1'><dhcp><range start='fd00::10' end='fd00::20'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip family="ipv6" address="fd00::1">
  <dhcp>
    <range start="fd00::10" end="fd00::20"/>
  </dhcp>
</ip>

>>>= 0

=== net-define: a static host address out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='52:54:00:00:00:01' ip='999.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid IP address in static host definition for network 'n'
>>>= 0

=== net-define: a static host with a bad MAC
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='zz' ip='10.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Cannot parse MAC address 'zz' in network 'n'
>>>= 0

=== net-define: a static host with a multicast MAC
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='53:54:00:00:00:01' ip='10.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: expected unicast mac address, found multicast '53:54:00:00:00:01' in network 'n'
>>>= 0

=== net-define: a static host without an address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='52:54:00:00:00:01'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing IP address in static host definition for network 'n'
>>>= 0

=== net-define: an IPv4 static host without MAC or name
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host ip='10.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Static host definition in IPv4 network 'n' must have mac or name attribute
>>>= 0

=== net-define: a static host name may start with a digit
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host name='1a' ip='10.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>
Network n defined from n.xml

default
n

>>>= 0

=== net-define: an IPv6 static host with a MAC
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host mac='52:54:00:00:00:01' ip='fd00::7'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid to specify MAC address '52:54:00:00:00:01' in network 'n' IPv6 static host definition
>>>= 0

=== net-define: an IPv6 static host without id or name
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host ip='fd00::5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Static host definition in IPv6 network 'n' must have id or name attribute
>>>= 0

=== net-define: an IPv6 static host id with a bad character
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><dhcp><host id='0:1:zz' ip='fd00::5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid character 'z' in id '0:1:zz' of network 'n'
>>>= 0

=== net-define: static hosts keep their MAC as written
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><host mac='52:54:00:00:00:0A' ip='010.0.0.5'/><host mac='52:54:00:00:00:1' name='h' ip='10.0.1.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="10.0.0.1" netmask="255.255.255.0">
  <dhcp>
    <host mac="52:54:00:00:00:0A" ip="8.0.0.5"/>
    <host mac="52:54:00:00:00:1" name="h" ip="10.0.1.5"/>
  </dhcp>
</ip>

>>>= 0

=== net-define: a bootp server out of range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' netmask='255.255.255.0'><dhcp><bootp file='f' server='999.1.1.1'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Cannot parse socket address '999.1.1.1': Name or service not known
>>>= 0

=== net-define: tftp in an IPv6 network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip family='ipv6' address='fd00::1' prefix='64'><tftp root='/x'/></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: Unsupported <tftp> element in an IPv6 element in network 'n'
>>>= 0

=== net-define: tftp without a root is dropped
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='24'><tftp/></ip><ip address='10.0.1.1' prefix='24'><tftp root='/x'/></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //ip'
>>>
Network n defined from n.xml

<ip address="10.0.0.1" prefix="24">
  </ip>
<ip address="10.0.1.1" prefix="24">
  <tftp root="/x"/>
</ip>

>>>= 0

=== node file: a network with a bad address
$ printf "<node><network><name>n</name><ip address='999.1.1.1'/></network></node>\n" > node.xml && hvsh -c test:///$PWD/node.xml 'net-list --all'
>>>2
error: failed to connect to the hypervisor
error: XML error: Invalid address '999.1.1.1' in network 'n'
>>>= 1
