# 3400-output-network: networks, host interfaces and node devices in the
# machine formats (-o json, json-pretty, csv, value; man/hvsh-json.7).
# virsh has no such formats: every case is hvsh's own.

# --- net-list

=== net-list: an array of networks
# hvsh-only: machine output
$ hvsh -c test:///default -o json net-list
>>>
[{"name":"default","state":"active","autostart":false,"persistent":true}]
>>>= 0

=== net-list, pretty
# hvsh-only: machine output
$ hvsh -c test:///default -o json-pretty 'net-list --all'
>>>
[
  {
    "name": "default",
    "state": "active",
    "autostart": false,
    "persistent": true
  }
]
>>>= 0

=== net-list in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv net-list | tr -d '\r'; hvsh -c test:///default -o value net-list
>>>
name,state,autostart,persistent
default,active,false,true
default	active	false	true
>>>= 0

=== net-list: no network is an empty array
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-list --inactive'; hvsh -c test:///default -o value 'net-list --inactive'; echo end
>>>
[]
end
>>>= 0

=== net-list --name and --uuid: that key alone
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-list --name'; hvsh -c test:///default -o json 'net-list --uuid'; hvsh -c test:///default -o value 'net-list --uuid'
>>>
[{"name":"default"}]
[{"uuid":"dd8fe884-6c02-601e-7551-cca97df1c5df"}]
dd8fe884-6c02-601e-7551-cca97df1c5df
>>>= 0

=== net-list of a node file, sorted by name
# hvsh-only: machine output
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'net-list --all'
>>>
[{"name":"extnet","state":"active","autostart":false,"persistent":true},{"name":"inlinenet","state":"active","autostart":false,"persistent":true}]
>>>= 0

=== net-list: a transient network, an inactive one
# hvsh-only: machine output
$ cat > net2.xml && hvsh -c test:///default -o json 'net-create net2.xml; net-list; net-destroy net2; net-define net2.xml; net-list --all'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
</network>
>>>
{"action":"create","network":"net2","file":"net2.xml","message":"Network net2 created from net2.xml"}
[{"name":"default","state":"active","autostart":false,"persistent":true},{"name":"net2","state":"active","autostart":false,"persistent":false}]
{"action":"destroy","network":"net2","message":"Network net2 destroyed"}
{"action":"define","network":"net2","file":"net2.xml","message":"Network net2 defined from net2.xml"}
[{"name":"default","state":"active","autostart":false,"persistent":true},{"name":"net2","state":"inactive","autostart":false,"persistent":true}]
>>>= 0

=== net-list: --name and --uuid together
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-list --name --uuid'
>>>2
{"error":{"message":"Only one argument from --table, --name and --uuid may be specified.","code":null,"domain":null}}
>>>= 1

# --- net-info, net-name, net-uuid

=== net-info: a record
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-info default'
>>>
{"name":"default","uuid":"dd8fe884-6c02-601e-7551-cca97df1c5df","active":true,"persistent":true,"autostart":false,"bridge":"virbr0"}
>>>= 0

=== net-info by uuid, pretty
# hvsh-only: machine output
$ hvsh -c test:///default -o json-pretty 'net-info dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>
{
  "name": "default",
  "uuid": "dd8fe884-6c02-601e-7551-cca97df1c5df",
  "active": true,
  "persistent": true,
  "autostart": false,
  "bridge": "virbr0"
}
>>>= 0

=== net-info in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv 'net-info default' | tr -d '\r'; hvsh -c test:///default -o value 'net-info default'
>>>
name,uuid,active,persistent,autostart,bridge
default,dd8fe884-6c02-601e-7551-cca97df1c5df,true,true,false,virbr0
default
dd8fe884-6c02-601e-7551-cca97df1c5df
true
true
false
virbr0
>>>= 0

=== net-info: an inactive network without a bridge: null, no text line
# hvsh-only: machine output
$ cat > nobr.xml && hvsh -c test:///default -o json 'net-define nobr.xml; net-info nobr'; hvsh -c test:///default 'net-define nobr.xml; net-info nobr'
<<<
<network>
  <name>nobr</name>
  <uuid>11111111-2222-3333-4444-666666666666</uuid>
</network>
>>>
{"action":"define","network":"nobr","file":"nobr.xml","message":"Network nobr defined from nobr.xml"}
{"name":"nobr","uuid":"11111111-2222-3333-4444-666666666666","active":false,"persistent":true,"autostart":false,"bridge":null}
Network nobr defined from nobr.xml

Name:           nobr
UUID:           11111111-2222-3333-4444-666666666666
Active:         no
Persistent:     yes
Autostart:      no

>>>= 0

=== net-info: a network that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-info nosuch'
>>>2
{"error":{"message":"Network not found: no network with matching name 'nosuch'","code":43,"domain":12,"context":"failed to get network 'nosuch'"}}
>>>= 1

=== net-name and net-uuid
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-name dd8fe884-6c02-601e-7551-cca97df1c5df; net-uuid default'; hvsh -c test:///default -o value 'net-uuid default'
>>>
{"name":"default"}
{"uuid":"dd8fe884-6c02-601e-7551-cca97df1c5df"}
dd8fe884-6c02-601e-7551-cca97df1c5df
>>>= 0

=== net-name wants a UUID
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-name default'
>>>2
{"error":{"message":"failed to get network 'default'","code":null,"domain":null}}
>>>= 1

# --- changing commands: what they did, to what

=== net-define, net-start, net-autostart, net-destroy, net-undefine
# hvsh-only: machine output
$ cat > net2.xml && hvsh -c test:///default -o json 'net-define net2.xml; net-start net2; net-autostart net2; net-autostart --disable net2; net-destroy net2; net-undefine net2'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
</network>
>>>
{"action":"define","network":"net2","file":"net2.xml","message":"Network net2 defined from net2.xml"}
{"action":"start","network":"net2","message":"Network net2 started"}
{"action":"autostart","network":"net2","autostart":true,"message":"Network net2 marked as autostarted"}
{"action":"autostart","network":"net2","autostart":false,"message":"Network net2 unmarked as autostarted"}
{"action":"destroy","network":"net2","message":"Network net2 destroyed"}
{"action":"undefine","network":"net2","message":"Network net2 has been undefined"}
>>>= 0

=== changing commands in csv and value
# hvsh-only: machine output
$ cat > net2.xml && hvsh -c test:///default -o csv 'net-create net2.xml' | tr -d '\r'; hvsh -c test:///default -o value 'net-destroy default'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
</network>
>>>
action,network,file,message
create,net2,net2.xml,Network net2 created from net2.xml
destroy
default
Network default destroyed
>>>= 0

=== a network named by its UUID is named by its name
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-destroy dd8fe884-6c02-601e-7551-cca97df1c5df'
>>>
{"action":"destroy","network":"default","message":"Network dd8fe884-6c02-601e-7551-cca97df1c5df destroyed"}
>>>= 0

=== -q leaves the machine record as it is
# hvsh-only: machine output
$ hvsh -q -c test:///default -o json 'net-destroy default'
>>>
{"action":"destroy","network":"default","message":"Network default destroyed"}
>>>= 0

=== net-create: the transient network
# hvsh-only: machine output
$ cat > net2.xml && hvsh -c test:///default -o json-pretty 'net-create net2.xml'
<<<
<network>
  <name>net2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <bridge name='virbr9'/>
</network>
>>>
{
  "action": "create",
  "network": "net2",
  "file": "net2.xml",
  "message": "Network net2 created from net2.xml"
}
>>>= 0

=== net-start of a running network
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-start default'
>>>2
{"error":{"message":"Requested operation is not valid: Network 'default' is already running","code":55,"domain":12,"context":"Failed to start network default"}}
>>>= 1

=== net-undefine of a running network
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-undefine default'
>>>2
{"error":{"message":"Requested operation is not valid: Network 'default' is still running","code":55,"domain":12,"context":"Failed to undefine network default"}}
>>>= 1

=== net-autostart of a network that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-autostart nosuch'
>>>2
{"error":{"message":"Network not found: no network with matching name 'nosuch'","code":43,"domain":12,"context":"failed to get network 'nosuch'"}}
>>>= 1

=== net-define of a file that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'net-define nosuch.xml'
>>>2
{"error":{"message":"Failed to open file 'nosuch.xml': No such file or directory","code":38,"domain":0}}
>>>= 1

=== net-define of XML that is no network
# hvsh-only: machine output
$ cat > bad.xml && hvsh -c test:///default -o json 'net-define bad.xml'
<<<
<pool/>
>>>2
{"error":{"message":"XML error: expecting root element of 'network', not 'pool'","code":27,"domain":5,"context":"Failed to define network from bad.xml"}}
>>>= 1

=== net-dumpxml prints its XML
# hvsh-only: machine output
$ hvsh -q -c test:///default net-dumpxml default >text; hvsh -c test:///default -o json net-dumpxml default >json; hvsh -c test:///default -o value 'net-dumpxml --xpath //bridge default' >value; cmp text json && echo same; cat value
>>>
same
<bridge name="virbr0" stp="on" delay="0"/>
>>>= 0

# --- host interfaces

=== iface-list: an array of interfaces
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-list --all'
>>>
[{"name":"eth1","state":"active","mac_address":"aa:bb:cc:dd:ee:ff"}]
>>>= 0

=== iface-list in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv iface-list | tr -d '\r'; hvsh -c test:///default -o value iface-list
>>>
name,state,mac_address
eth1,active,aa:bb:cc:dd:ee:ff
eth1	active	aa:bb:cc:dd:ee:ff
>>>= 0

=== iface-list --inactive: none
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-list --inactive'
>>>
[]
>>>= 0

=== iface-list of a node file
# hvsh-only: machine output
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json-pretty 'iface-list --all'
>>>
[
  {
    "name": "eth7",
    "state": "active",
    "mac_address": "aa:bb:cc:dd:ee:01"
  }
]
>>>= 0

=== iface-list: --all and --inactive
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-list --all --inactive'
>>>2
{"error":{"message":"Options --all and --inactive are mutually exclusive","code":null,"domain":null}}
>>>= 1

=== iface-mac and iface-name
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-mac eth1; iface-name aa:bb:cc:dd:ee:ff'; hvsh -c test:///default -o value 'iface-mac eth1'
>>>
{"mac_address":"aa:bb:cc:dd:ee:ff"}
{"name":"eth1"}
aa:bb:cc:dd:ee:ff
>>>= 0

=== iface-mac of an interface that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-mac nosuch'
>>>2
{"error":{"message":"Interface not found: no interface with matching name 'nosuch'","code":57,"domain":12,"context":"failed to get interface 'nosuch'"}}
>>>= 1

=== iface-name wants a MAC address
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'iface-name eth1'
>>>2
{"error":{"message":"failed to get interface 'eth1'","code":null,"domain":null}}
>>>= 1

=== iface-dumpxml prints its XML
# hvsh-only: machine output
$ hvsh -q -c test:///default iface-dumpxml eth1 >text; hvsh -c test:///default -o json iface-dumpxml eth1 >json; cmp text json && grep -c '<interface' json
>>>
1
>>>= 0

# --- node devices

=== nodedev-list: an array of names
# hvsh-only: machine output
# local-only: through libvirtd the test driver refuses virsh's listing flags
$ hvsh -c test:///default -o json nodedev-list; hvsh -c test:///default -o value nodedev-list
>>>
[{"name":"computer"},{"name":"scsi_host1"},{"name":"scsi_host11"},{"name":"scsi_host2"}]
computer
scsi_host1
scsi_host11
scsi_host2
>>>= 0

=== nodedev-list --tree: each device's parent
# hvsh-only: machine output
# local-only: through libvirtd the test driver refuses virsh's listing flags
$ hvsh -c test:///default -o json-pretty 'nodedev-list --tree'
>>>
[
  {
    "name": "computer",
    "parent": null
  },
  {
    "name": "scsi_host1",
    "parent": "computer"
  },
  {
    "name": "scsi_host11",
    "parent": "scsi_host1"
  },
  {
    "name": "scsi_host2",
    "parent": "computer"
  }
]
>>>= 0

=== nodedev-list --tree in csv: a root has an empty parent
# hvsh-only: machine output
# local-only: through libvirtd the test driver refuses virsh's listing flags
$ hvsh -c test:///default -o csv 'nodedev-list --tree' | tr -d '\r'
>>>
name,parent
computer,
scsi_host1,computer
scsi_host11,scsi_host1
scsi_host2,computer
>>>= 0

=== nodedev-list --cap
# hvsh-only: machine output
# local-only: through libvirtd the test driver refuses virsh's listing flags
$ hvsh -c test:///default -o json 'nodedev-list --cap scsi_host'; hvsh -c test:///default -o json 'nodedev-list --cap net'
>>>
[{"name":"scsi_host1"},{"name":"scsi_host11"},{"name":"scsi_host2"}]
[]
>>>= 0

=== nodedev-list of a node file
# hvsh-only: machine output
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'nodedev-list --tree'
>>>
[{"name":"mydev","parent":null}]
>>>= 0

=== nodedev-list: a capability that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'nodedev-list --cap nosuch'
>>>2
{"error":{"message":"Invalid capability type","code":null,"domain":null}}
>>>= 1

=== nodedev-list: --tree with --cap
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'nodedev-list --tree --cap system'
>>>2
{"error":{"message":"Option --tree is incompatible with --cap and --inactive","code":null,"domain":null}}
>>>= 1

=== nodedev-info: what the driver cannot tell is null
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'nodedev-info computer; nodedev-info scsi_host1'
>>>
{"name":"computer","parent":null,"active":null,"persistent":null,"autostart":null}
{"name":"scsi_host1","parent":"computer","active":null,"persistent":null,"autostart":null}
>>>= 0

=== nodedev-info in csv and value
# hvsh-only: machine output
$ hvsh -c test:///default -o csv 'nodedev-info scsi_host1' | tr -d '\r'; hvsh -c test:///default -o value 'nodedev-info scsi_host1'
>>>
name,parent,active,persistent,autostart
scsi_host1,computer,,,
scsi_host1
computer



>>>= 0

=== nodedev-info of a device that does not exist
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'nodedev-info nosuch'
>>>2
{"error":{"message":"Node device not found: no node device with matching name 'nosuch'","code":53,"domain":12,"context":"Could not find matching device 'nosuch'"}}
>>>= 1

=== nodedev-info: a malformed WWN
# hvsh-only: machine output
$ hvsh -c test:///default -o json 'nodedev-info 1,2'
>>>2
{"error":{"message":"internal error: Malformed wwn: 1","code":1,"domain":0}}
>>>= 1

=== nodedev-dumpxml prints its XML
# hvsh-only: machine output
$ hvsh -q -c test:///default nodedev-dumpxml computer >text; hvsh -c test:///default -o json nodedev-dumpxml computer >json; cmp text json && grep -c '<device' json
>>>
1
>>>= 0
