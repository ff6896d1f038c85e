# 2420-network-bad: hostile network definitions beyond <ip>: routes, DNS
# records, VLAN tags, bandwidth, NAT ranges, port groups, MTU and STP
# delay.  Expectations are virsh 9.0's, recorded by running it on
# test:///default.

=== net-define: a route without an address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Missing required address attribute in route definition
>>>= 0

=== net-define: a route without a gateway
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Missing required gateway attribute in route definition
>>>= 0

=== net-define: a route to a bad address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='999.1.1.1' prefix='24' gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Bad network address '999.1.1.1' in route definition
>>>= 0

=== net-define: a route through a bad gateway
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' prefix='24' gateway='bogus'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Bad gateway address 'bogus' in route definition
>>>= 0

=== net-define: a route with a bad netmask
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' netmask='bogus' gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Bad netmask address 'bogus' in route definition
>>>= 0

=== net-define: a route with a prefix and a netmask
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' netmask='255.255.0.0' prefix='24' gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: Route definition cannot have both a prefix and a netmask
>>>= 0

=== net-define: a route with a bad prefix
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' prefix='abc' gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'prefix' in element 'route': 'abc'. Expected non-negative integer value
>>>= 0

=== net-define: a route with a bad metric
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='10.0.0.0' prefix='24' gateway='10.0.0.1' metric='abc'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'metric' in element 'route': 'abc'. Expected non-negative integer value
>>>= 0

=== net-define: an IPv6 route to an IPv4 address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route family='ipv6' address='10.0.0.0' prefix='24' gateway='10.0.0.1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: ipv6 family specified for non-IPv6 address '10.0.0.0' in route definition
>>>= 0

=== net-define: an IPv4 route to an IPv6 address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route family='ipv4' address='fd00::' prefix='64' gateway='fd00::1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: IPv4 family specified for non-IPv4 address 'fd00::' in route definition
>>>= 0

=== net-define: an IPv6 route without its family
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><route address='fd00::' prefix='64' gateway='fd00::1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: n: No family specified for non-IPv4 address 'fd00::' in route definition
>>>= 0

=== net-define: a route gateway outside every network
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='24'/><route address='10.1.0.0' prefix='16' gateway='10.0.1.5'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: unreachable static route gateway '10.0.1.5' specified for network 'n'
>>>= 0

=== net-define: a reachable route gateway is printed as libvirt reads it
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><ip address='10.0.0.1' prefix='24'/><route address='010.1.0.0' prefix='16' gateway='10.0.0.5'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //route'
>>>
Network n defined from n.xml

<route address="8.1.0.0" prefix="16" gateway="10.0.0.5"/>

>>>= 0

=== net-define: DNS addresses are printed as libvirt reads them
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns><host ip='010.0.0.1'><hostname>a</hostname></host><forwarder addr='010.1.1.1'/></dns></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //dns'
>>>
Network n defined from n.xml

<dns>
  <forwarder addr="8.1.1.1"/>
  <host ip="8.0.0.1">
    <hostname>a</hostname>
  </host>
</dns>

>>>= 0

=== net-define: a DNS host with a bad address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns><host ip='999.1.1.1'><hostname>a</hostname></host></dns></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Invalid IP address in network 'n' DNS HOST record
>>>= 0

=== net-define: a DNS host without an address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns><host><hostname>a</hostname></host></dns></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing IP address in network 'n' DNS HOST record
>>>= 0

=== net-define: a DNS host without a name
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns><host ip='10.0.0.1'/></dns></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing hostname in network 'n' DNS HOST record
>>>= 0

=== net-define: a DNS forwarder with a bad address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns><forwarder addr='bogus'/></dns></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid forwarder IP address 'bogus' in network 'n'
>>>= 0

=== net-define: a bad DNS enable
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns enable='maybe'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'enable' in element 'dns': 'maybe'.
>>>= 0

=== net-define: a bad DNS forwardPlainNames
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><dns forwardPlainNames='maybe'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'forwardPlainNames' in element 'dns': 'maybe'.
>>>= 0

=== net-define: VLAN tag 4095
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><vlan><tag id='4095'/></vlan></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //vlan'
>>>
Network n defined from n.xml

<vlan>
  <tag id="4095"/>
</vlan>

>>>= 0

=== net-define: VLAN tag 99999
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><vlan><tag id='99999'/></vlan></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: vlan tag id 99999 too large (maximum 4095)
>>>= 0

=== net-define: a negative VLAN tag
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><vlan><tag id='-1'/></vlan></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'id' in element 'tag': '-1'. Expected non-negative integer value
>>>= 0

=== net-define: a VLAN tag without an id
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><vlan><tag/></vlan></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing required attribute 'id' in element 'tag'
>>>= 0

=== net-define: a bad VLAN trunk
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><vlan trunk='maybe'><tag id='5'/></vlan></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: invalid "trunk='maybe'" in <vlan> - must be yes or no
>>>= 0

=== net-define: a negative bandwidth average
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><bandwidth><inbound average='-1'/></bandwidth></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: could not convert bandwidth average value '-1'
>>>= 0

=== net-define: a bad bandwidth peak
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><bandwidth><outbound average='5' peak='x'/></bandwidth></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: unsupported configuration: could not convert bandwidth peak value 'x'
>>>= 0

=== net-define: bandwidth without average or floor
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><bandwidth><inbound/></bandwidth></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing mandatory average or floor attributes
>>>= 0

=== net-define: a port group without a name
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><portgroup/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing required name attribute in portgroup
>>>= 0

=== net-define: a port group with an empty name
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><portgroup name=''/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Missing required name attribute in portgroup
>>>= 0

=== net-define: an MTU of -1 wraps as libvirt reads it
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><mtu size='-1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //mtu'
>>>
Network n defined from n.xml

<mtu size="4294967295"/>

>>>= 0

=== net-define: an MTU past 32 bits
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><mtu size='4294967296'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid mtu size '4294967296' in network 'n'
>>>= 0

=== net-define: an empty MTU is none
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><mtu size=''/><bridge name='br0'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //bridge'
>>>
Network n defined from n.xml

<bridge name="br0" stp="on" delay="0"/>

>>>= 0

=== net-define: an STP delay with a sign
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><bridge name='br0' delay='+5'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //bridge'
>>>
Network n defined from n.xml

<bridge name="br0" stp="on" delay="5"/>

>>>= 0

=== net-define: a negative STP delay
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><bridge name='br0' delay='-1'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid delay value in network 'n'
>>>= 0

=== net-define: a bad localOnly
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><domain name='x' localOnly='maybe'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid value for attribute 'localOnly' in element 'domain': 'maybe'.
>>>= 0

=== net-define: a NAT port past 65535
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><port start='99999' end='1'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing or invalid 'start' attribute in <port> in <nat> in <forward> in network n
>>>= 0

=== net-define: a NAT port range ending before it starts
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><port start='9' end='5'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network n
>>>= 0

=== net-define: a NAT port range without an end
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><port start='5'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: Missing or invalid 'end' attribute in <port> in <nat> in <forward> in network n
>>>= 0

=== net-define: the whole NAT port range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><port start='0' end='65535'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml n --xpath //nat'
>>>
Network n defined from n.xml

<nat>
  <port start="0" end="65535"/>
</nat>

>>>= 0

=== net-define: a NAT address without an end
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><address start='1.1.1.1'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: missing 'end' attribute in <address> element in <nat> in <forward> in network n
>>>= 0

=== net-define: a bad NAT start address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><address start='bogus' end='1.1.1.1'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Bad ipv4 start address 'bogus' in <nat> in <forward> in network 'n'
>>>= 0

=== net-define: an IPv6 NAT address
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><address start='fd00::1' end='fd00::2'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Bad ipv4 start address 'fd00::1' in <nat> in <forward> in network 'n'
>>>= 0

=== net-define: a reversed NAT address range
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><address start='1.1.1.9' end='1.1.1.1'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: internal error: range 1.1.1.9 - 1.1.1.1 is reversed 
>>>= 0

=== net-define: two NAT address ranges
$ printf "<network><name>n</name><uuid>11111111-2222-3333-4444-555555555555</uuid><forward mode='nat'><nat><address start='1.1.1.1' end='1.1.1.2'/><address start='1.1.1.1' end='1.1.1.2'/></nat></forward><ip address='10.0.0.1' prefix='24'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all --name'
>>>

default

>>>2
error: Failed to define network from n.xml
error: XML error: Only one <address> element is allowed in <nat> in <forward> in network n
>>>= 0

=== net-define: a name with a newline is taken
$ printf "<network><name>a\nb</name></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-list --all'
>>>
Network a
b defined from n.xml

 Name      State      Autostart   Persistent
----------------------------------------------
 a\x0ab    inactive   no          yes
 default   active     no          yes

>>>= 0

=== net-define: a bridge MAC is read as libvirt reads it
$ printf "<network><name>m</name><mac address='2:54:0:A:bB:c '/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml m' | grep mac
>>>
  <mac address='02:54:00:0a:bb:0c'/>
>>>= 0

=== net-define: a bridge MAC with a byte of three digits
$ printf "<network><name>m</name><mac address='52:54:00:aa:bb:ccc'/></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml'
>>>

>>>2
error: Failed to define network from n.xml
error: XML error: Invalid bridge mac address '52:54:00:aa:bb:ccc' in network 'm'
>>>= 1

=== net-define: a DHCP host MAC of one digit a byte
$ printf "<network><name>m</name><ip address='10.0.0.1' prefix='24'><dhcp><host mac='0:16:3e:7:e2:ed' ip='10.0.0.5'/></dhcp></ip></network>\n" > n.xml && hvsh -c test:///default 'net-define n.xml; net-dumpxml m' | grep 'host '
>>>
      <host mac='0:16:3e:7:e2:ed' ip='10.0.0.5'/>
>>>= 0
