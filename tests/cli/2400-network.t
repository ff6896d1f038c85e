# 2400-network: virtual network commands on the test driver.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

=== net-list: running networks by default
$ hvsh -c test:///default net-list
>>>
 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>= 0

=== net-list --all, --inactive
$ hvsh -c test:///default 'net-list --all; net-list --inactive'
>>>
 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

 Name   State   Autostart   Persistent
----------------------------------------

>>>= 0

=== net-list --name and --uuid
$ hvsh -c test:///default 'net-list --name; net-list --uuid'
>>>
default

dd8fe884-6c02-601e-7551-cca97df1c5df

>>>= 0

=== net-list: --table, --name and --uuid exclude each other
$ hvsh -c test:///default 'net-list --table --name'
>>>

>>>2
error: Only one argument from --table, --name and --uuid may be specified.
>>>= 1

=== net-list: --name with --uuid
$ hvsh -c test:///default 'net-list --uuid --name; echo after'
>>>

after
>>>2
error: Only one argument from --table, --name and --uuid may be specified.
>>>= 0

=== net-list: every filter at once
$ hvsh -c test:///default 'net-list --all --inactive --autostart --no-autostart --persistent --transient'
>>>
 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>= 0

=== net-list: filters that match nothing
$ hvsh -c test:///default 'net-list --transient; net-list --autostart --all'
>>>
 Name   State   Autostart   Persistent
----------------------------------------

 Name   State   Autostart   Persistent
----------------------------------------

>>>= 0

=== net-list -q leaves out the header
$ hvsh -q -c test:///default 'net-list --all; net-list --inactive'
>>>
 default   active   no   yes
>>>= 0

=== net-info by name and by uuid
$ hvsh -c test:///default 'net-info default; net-info dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>
Name:           default
UUID:           dd8fe884-6c02-601e-7551-cca97df1c5df
Active:         yes
Persistent:     yes
Autostart:      no
Bridge:         virbr0

Name:           default
UUID:           dd8fe884-6c02-601e-7551-cca97df1c5df
Active:         yes
Persistent:     yes
Autostart:      no
Bridge:         virbr0

>>>= 0

=== net-info: unknown network
$ hvsh -c test:///default 'net-info nosuch'
>>>

>>>2
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
>>>= 1

=== net-info: unknown uuid falls back to the name
$ hvsh -c test:///default 'net-info dd8fe884-6c02-601e-7551-cca97df1c5d0'
>>>

>>>2
error: failed to get network 'dd8fe884-6c02-601e-7551-cca97df1c5d0'
error: Network not found: no network with matching name 'dd8fe884-6c02-601e-7551-cca97df1c5d0'
>>>= 1

=== net-uuid and net-name
$ hvsh -c test:///default 'net-uuid default; net-name dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>
dd8fe884-6c02-601e-7551-cca97df1c5df

default

>>>= 0

=== net-name looks up by uuid only
$ hvsh -c test:///default 'net-name default'
>>>

>>>2
error: failed to get network 'default'
>>>= 1

=== net-name: unknown uuid
$ hvsh -c test:///default 'net-name dd8fe884-6c02-601e-7551-cca97df1c5d0'
>>>

>>>2
error: failed to get network 'dd8fe884-6c02-601e-7551-cca97df1c5d0'
error: Network not found: no network with matching uuid 'dd8fe884-6c02-601e-7551-cca97df1c5d0'
>>>= 1

=== net-name: 36 characters that are not a uuid
$ hvsh -c test:///default 'net-name xd8fe884-6c02-601e-7551-cca97df1c5d0'
>>>

>>>2
error: failed to get network 'xd8fe884-6c02-601e-7551-cca97df1c5d0'
error: uuidstr in virNetworkLookupByUUIDString must be a valid UUID
>>>= 1

=== net-uuid looks up by name only
$ hvsh -c test:///default 'net-uuid dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>

>>>2
error: failed to get network 'dd8fe884-6c02-601e-7551-cca97df1c5df'
error: Network not found: no network with matching name 'dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>= 1

=== net-dumpxml of the built-in network
$ hvsh -c test:///default 'net-dumpxml default'
>>>
<network>
  <name>default</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
  <forward mode='nat'/>
  <bridge name='virbr0' stp='on' delay='0'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>

>>>= 0

=== net-dumpxml --inactive is refused by the test driver
$ hvsh -c test:///default 'net-dumpxml --inactive default'
>>>

>>>2
error: unsupported flags (0x1) in function testNetworkGetXMLDesc
>>>= 1

=== net-dumpxml --xpath
$ hvsh -c test:///default 'net-dumpxml default --xpath //bridge; net-dumpxml default --xpath //range/@start --wrap'
>>>
<bridge name="virbr0" stp="on" delay="0"/>

<nodes start="192.168.122.2"/>

>>>= 0

=== net-destroy, then again, then net-start twice
$ hvsh -c test:///default 'net-destroy default; net-list --all; net-destroy default; net-start default; net-start default'
>>>
Network default destroyed

 Name      State      Autostart   Persistent
----------------------------------------------
 default   inactive   no          yes

Network default destroyed

Network default started


>>>2
error: Failed to start network default
error: Requested operation is not valid: Network 'default' is already running
>>>= 1

=== net-undefine refuses a running network
$ hvsh -c test:///default 'net-undefine default; net-list --all --name'
>>>

default

>>>2
error: Failed to undefine network default
error: Requested operation is not valid: Network 'default' is still running
>>>= 0

=== net-undefine of a stopped network
$ hvsh -c test:///default 'net-destroy default; net-undefine default; net-list --all'
>>>
Network default destroyed

Network default has been undefined

 Name   State   Autostart   Persistent
----------------------------------------

>>>= 0

=== net-autostart and --disable
$ hvsh -c test:///default 'net-autostart default; net-list --autostart; net-info default; net-autostart --disable default; net-list --no-autostart'
>>>
Network default marked as autostarted

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   yes         yes

Name:           default
UUID:           dd8fe884-6c02-601e-7551-cca97df1c5df
Active:         yes
Persistent:     yes
Autostart:      yes
Bridge:         virbr0

Network default unmarked as autostarted

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>= 0

=== net-define gives a persistent inactive network
$ cat > net2.xml && hvsh -c test:///default 'net-define net2.xml; net-list --all; net-info net2; net-dumpxml net2; net-start net2; net-list; net-destroy net2; net-undefine net2; net-list --all'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
  <ip address='10.1.1.1' prefix='24'/>
</network>
>>>
Network net2 defined from net2.xml

 Name      State      Autostart   Persistent
----------------------------------------------
 default   active     no          yes
 net2      inactive   no          yes

Name:           net2
UUID:           11111111-2222-3333-4444-555555555555
Active:         no
Persistent:     yes
Autostart:      no
Bridge:         virbr9

<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9' stp='on' delay='0'/>
  <ip address='10.1.1.1' prefix='24'>
  </ip>
</network>

Network net2 started

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes
 net2      active   no          yes

Network net2 destroyed

Network net2 has been undefined

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>= 0

=== net-create gives a transient running network
$ cat > net2.xml && hvsh -c test:///default 'net-create net2.xml; net-list --transient; net-info net2; net-create net2.xml; net-destroy net2; net-list --all'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
  <ip address='10.1.1.1' prefix='24'/>
</network>
>>>
Network net2 created from net2.xml

 Name   State    Autostart   Persistent
-----------------------------------------
 net2   active   no          no

Name:           net2
UUID:           11111111-2222-3333-4444-555555555555
Active:         yes
Persistent:     no
Autostart:      no
Bridge:         virbr9


Network net2 destroyed

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>2
error: Failed to create network from net2.xml
error: Requested operation is not valid: network is already active as 'net2'
>>>= 0

=== net-define over a running transient network makes it persistent
$ cat > net2.xml && hvsh -c test:///default 'net-create net2.xml; net-define net2.xml; net-list --all; net-destroy net2; net-list --all'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
  <ip address='10.1.1.1' prefix='24'/>
</network>
>>>
Network net2 created from net2.xml

Network net2 defined from net2.xml

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes
 net2      active   no          yes

Network net2 destroyed

 Name      State      Autostart   Persistent
----------------------------------------------
 default   active     no          yes
 net2      inactive   no          yes

>>>= 0

=== net-define then net-create of the same network
$ cat > net2.xml && hvsh -c test:///default 'net-define net2.xml; net-create net2.xml; net-list --all'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
  <ip address='10.1.1.1' prefix='24'/>
</network>
>>>
Network net2 defined from net2.xml

Network net2 created from net2.xml

 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes
 net2      active   no          yes

>>>= 0

=== net-define: name taken by another uuid
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><name>default</name></network>
>>>

>>>2
error: Failed to define network from d.xml
error: operation failed: network 'default' already exists with uuid dd8fe884-6c02-601e-7551-cca97df1c5df
>>>= 1

=== net-define: uuid taken by another name
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><name>other</name><uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid></network>
>>>

>>>2
error: Failed to define network from d.xml
error: operation failed: network 'default' is already defined with uuid dd8fe884-6c02-601e-7551-cca97df1c5df
>>>= 1

=== net-define round-trips libvirt's whole network schema
$ cat > big.xml && hvsh -c test:///default 'net-define big.xml; net-dumpxml n2'
<<<
<network ipv6='yes' trustGuestRxFilters='no'>
  <name>n2</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5aa</uuid>
  <metadata><app1:foo xmlns:app1="http://app1.org/app1/">fooish</app1:foo></metadata>
  <forward mode='nat' dev='eth0'><nat><address start='1.2.3.4' end='1.2.3.10'/><port start='500' end='1000'/></nat><interface dev='eth0'/></forward>
  <bridge name='br9' stp='off' delay='3' macTableManager='libvirt' zone='trusted'/>
  <mtu size='9000'/>
  <mac address='52:54:00:AB:cd:01'/>
  <domain name='example.com' localOnly='yes'/>
  <dns enable='yes' forwardPlainNames='no'><forwarder addr='8.8.8.8'/><txt name='example' value='example value'/><host ip='192.168.122.2'><hostname>myhost</hostname></host><srv service='name' protocol='tcp' domain='test-domain-name' target='.' port='1024' priority='10' weight='10'/></dns>
  <bandwidth><inbound average='1000' peak='5000' burst='1024'/></bandwidth>
  <vlan trunk='yes'><tag id='42'/></vlan>
  <port isolated='yes'/>
  <ip address='192.168.122.1' prefix='24' localPtr='yes'>
    <tftp root='/srv/tftp'/>
    <dhcp><range start='192.168.122.2' end='192.168.122.254'><lease expiry='1' unit='hours'/></range>
    <host mac='00:16:3e:77:e2:ed' name='foo.example.com' ip='192.168.122.10'/>
    <bootp file='pxelinux.0' server='1.1.1.1'/></dhcp>
  </ip>
  <ip family='ipv6' address='2001:db8:ca2:2::1' prefix='64'/>
  <route address='192.168.222.0' prefix='24' gateway='192.168.122.2'/>
  <portgroup name='engineering' default='yes'><bandwidth><inbound average='1000'/></bandwidth></portgroup>
  <unknownelem foo='bar'/>
</network>
>>>
Network n2 defined from big.xml

<network ipv6='yes' trustGuestRxFilters='no'>
  <name>n2</name>
  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5aa</uuid>
  <metadata>
    <app1:foo xmlns:app1="http://app1.org/app1/">fooish</app1:foo>
  </metadata>
  <forward dev='eth0' mode='nat'>
    <nat>
      <address start='1.2.3.4' end='1.2.3.10'/>
      <port start='500' end='1000'/>
    </nat>
    <interface dev='eth0'/>
  </forward>
  <bridge name='br9' zone='trusted' stp='off' delay='3' macTableManager='libvirt'/>
  <mtu size='9000'/>
  <mac address='52:54:00:ab:cd:01'/>
  <domain name='example.com' localOnly='yes'/>
  <dns enable='yes' forwardPlainNames='no'>
    <forwarder addr='8.8.8.8'/>
    <txt name='example' value='example value'/>
    <srv service='name' protocol='tcp' domain='test-domain-name' target='.' port='1024' priority='10' weight='10'/>
    <host ip='192.168.122.2'>
      <hostname>myhost</hostname>
    </host>
  </dns>
  <vlan trunk='yes'>
    <tag id='42'/>
  </vlan>
  <bandwidth>
    <inbound average='1000' peak='5000' burst='1024'/>
  </bandwidth>
  <port isolated='yes'/>
  <ip address='192.168.122.1' prefix='24' localPtr='yes'>
    <tftp root='/srv/tftp'/>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'>
        <lease expiry='1' unit='hours'/>
      </range>
      <host mac='00:16:3e:77:e2:ed' name='foo.example.com' ip='192.168.122.10'/>
      <bootp file='pxelinux.0' server='1.1.1.1'/>
    </dhcp>
  </ip>
  <ip family='ipv6' address='2001:db8:ca2:2::1' prefix='64'>
  </ip>
  <route address='192.168.222.0' prefix='24' gateway='192.168.122.2'/>
  <portgroup name='engineering' default='yes'>
    <bandwidth>
      <inbound average='1000'/>
    </bandwidth>
  </portgroup>
</network>

>>>= 0

=== net-define: missing name
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><bridge name='x'/></network>
>>>

>>>2
error: Failed to define network from d.xml
error: missing name information
>>>= 1

=== net-define: malformed XML
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><name>x</name>
>>>

>>>2
error: Failed to define network from d.xml
error: (network_definition):2: Premature end of data in tag network line 1
(null)
^
>>>= 1

=== net-define: wrong root element
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<domain><name>x</name></domain>
>>>

>>>2
error: Failed to define network from d.xml
error: XML error: expecting root element of 'network', not 'domain'
>>>= 1

=== net-define: unknown forward mode
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><name>x</name><forward mode='foo'/></network>
>>>

>>>2
error: Failed to define network from d.xml
error: unsupported configuration: unknown forwarding type 'foo'
>>>= 1

=== net-define: routed network without an address
$ cat > d.xml && hvsh -c test:///default 'net-define d.xml'
<<<
<network><name>x</name><forward mode='route'/></network>
>>>

>>>2
error: Failed to define network from d.xml
error: XML error: route forwarding requested, but no IP address provided for network 'x'
>>>= 1

=== net-define --validate against the schema
$ cat > d.xml && hvsh -c test:///default 'net-define --validate d.xml'
<<<
<network><name>x</name><foo/></network>
>>>

>>>2
error: Failed to define network from d.xml
error: XML document failed to validate against schema: Unable to validate doc against /usr/share/libvirt/schemas/network.rng
Element network has extra content: foo

>>>= 1

=== net-define: missing file
$ hvsh -c test:///default 'net-define nonexist.xml'
>>>

>>>2
error: Failed to open file 'nonexist.xml': No such file or directory
>>>= 1

=== read-only connection refuses changes
$ cat > net2.xml && hvsh -r -c test:///default 'net-define net2.xml; net-create --validate net2.xml; net-undefine default; net-start default; net-destroy default; net-autostart default; net-autostart --disable default; net-list'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
  <ip address='10.1.1.1' prefix='24'/>
</network>
>>>







 Name      State    Autostart   Persistent
--------------------------------------------
 default   active   no          yes

>>>2
error: Failed to define network from net2.xml
error: operation forbidden: read only access prevents virNetworkDefineXML
error: Failed to create network from net2.xml
error: operation forbidden: read only access prevents virNetworkCreateXMLFlags
error: Failed to undefine network default
error: operation forbidden: read only access prevents virNetworkUndefine
error: Failed to start network default
error: operation forbidden: read only access prevents virNetworkCreate
error: Failed to destroy network default
error: operation forbidden: read only access prevents virNetworkDestroy
error: failed to mark network default as autostarted
error: operation forbidden: read only access prevents virNetworkSetAutostart
error: failed to unmark network default as autostarted
error: operation forbidden: read only access prevents virNetworkSetAutostart
>>>= 0

=== net-info without a network
$ hvsh -c test:///default 'net-info'
>>>2
error: command 'net-info' requires <network> option
>>>= 1

=== net-start: unknown network
$ hvsh -c test:///default 'net-start nosuch; net-destroy nosuch; net-undefine nosuch; net-autostart nosuch; net-dumpxml nosuch'
>>>





>>>2
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
error: failed to get network 'nosuch'
error: Network not found: no network with matching name 'nosuch'
>>>= 1
