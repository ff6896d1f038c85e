# 3100-output-domain: the domain information commands in the machine
# formats (-o json, json-pretty, csv, value; man/hvsh-json.7).  CSV lines
# end in CRLF, shown as <CR>.  Errors are JSON objects on stderr.

# --- domstate, domid, domname, domuuid
=== domstate in json, with and without --reason
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domstate test; domstate test --reason; destroy test; domstate --reason test'
>>>
{"state":"running"}
{"state":"running","reason":"unknown"}
{"action":"destroy","domain":"test","message":"Domain 'test' destroyed"}
{"state":"shutoff","reason":"destroyed"}
>>>= 0

=== domstate --reason of the node file's states in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'domstate --reason beta; domstate --reason eps; domstate --reason pm; domstate --reason nostate; domstate --reason blocked; domstate --reason inshutdown; domstate --reason Alpha'
>>>
{"state":"paused","reason":"unknown"}
{"state":"crashed","reason":"unknown"}
{"state":"pmsuspended","reason":"unknown"}
{"state":"nostate","reason":"unknown"}
{"state":"blocked","reason":"unknown"}
{"state":"shutdown","reason":"unknown"}
{"state":"shutoff","reason":"unknown"}
>>>= 0

=== domstate in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'domstate test --reason' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'domstate test; domstate test --reason'
>>>
state,reason<CR>
running,unknown<CR>
running
running
unknown
>>>= 0

=== domstate in json-pretty
# hvsh-only: virsh has no -o
$ hvsh -o json-pretty -c test:///default 'domstate --reason test'
>>>
{
  "state": "running",
  "reason": "unknown"
}
>>>= 0

=== domstate nosuch in json: the error on stderr, nothing on stdout
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domstate nosuch --reason'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== HVSH_OUTPUT chooses the format without -o
# hvsh-only: virsh has no -o
$ HVSH_OUTPUT=json hvsh -c test:///default 'domstate test'
>>>
{"state":"running"}
>>>= 0

=== domid, domname, domuuid in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domid test; domname 1; domuuid test; domid 6695eb01-f6a4-8304-79aa-97f2502e193f; domuuid 1'
>>>
{"id":1}
{"name":"test"}
{"uuid":"6695eb01-f6a4-8304-79aa-97f2502e193f"}
{"id":1}
{"uuid":"6695eb01-f6a4-8304-79aa-97f2502e193f"}
>>>= 0

=== domid of a domain that is not running is null
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'destroy test; domid test'
>>>
{"action":"destroy","domain":"test","message":"Domain 'test' destroyed"}
{"id":null}
>>>= 0

=== domid, domname, domuuid in value
# hvsh-only: virsh has no -o
$ hvsh -o value -c test:///default 'domid test; domname 1; domuuid test'
>>>
1
test
6695eb01-f6a4-8304-79aa-97f2502e193f
>>>= 0

=== domid refuses an id in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domid 1'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain '1'"}}
>>>= 1

=== domname refuses a name in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domname test'
>>>2
{"error":{"message":"failed to get domain 'test'","code":null,"domain":null}}
>>>= 1

=== domuuid of a domain that does not exist in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domuuid nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

# --- dumpxml
=== dumpxml prints the same XML in every format, without text's blank line after it
# hvsh-only: virsh has no -o
$ hvsh -q -c test:///default 'dumpxml test' >text.xml && for f in json json-pretty csv value; do hvsh -o $f -c test:///default 'dumpxml test' | cmp - text.xml && echo "$f same"; done
>>>
json same
json-pretty same
csv same
value same
>>>= 0

=== dumpxml --xpath in json is the XML
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dumpxml test --xpath //name'
>>>
<name>test</name>
>>>= 0

=== dumpxml nosuch in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dumpxml nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== dumpxml --update-cpu in json: the driver's error
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dumpxml test --update-cpu'
>>>2
{"error":{"message":"unsupported flags (0x4) in function testDomainGetXMLDesc","code":8,"domain":12}}
>>>= 1

# --- vcpucount
=== vcpucount in json: the four counts
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'vcpucount test'
>>>
{"maximum_config":2,"maximum_live":2,"current_config":2,"current_live":2}
>>>= 0

=== vcpucount of an inactive domain: the live counts are null
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'destroy test; vcpucount test'
>>>
{"action":"destroy","domain":"test","message":"Domain 'test' destroyed"}
{"maximum_config":2,"maximum_live":null,"current_config":2,"current_live":null}
>>>= 0

=== vcpucount of a transient domain: the config counts are null
# hvsh-only: virsh has no -o
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'vcpucount gamma'
>>>
{"maximum_config":null,"maximum_live":1,"current_config":null,"current_live":1}
>>>= 0

=== vcpucount of one count in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'vcpucount test --maximum; vcpucount test --active --live; vcpucount test --config; vcpucount test --current'
>>>
{"vcpus":2}
{"vcpus":2}
{"vcpus":2}
{"vcpus":2}
>>>= 0

=== vcpucount in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'destroy test; vcpucount test' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'vcpucount test; vcpucount --maximum test'
>>>
action,domain,message<CR>
destroy,test,Domain 'test' destroyed<CR>
maximum_config,maximum_live,current_config,current_live<CR>
2,,2,<CR>
2
2
2
2
2
>>>= 0

=== vcpucount --guest in json: both errors
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'vcpucount test --guest'
>>>2
{"error":{"message":"unsupported flags (0x8) in function testDomainGetVcpusFlags","code":8,"domain":12,"context":"Failed to retrieve vCPU count from the guest"}}
>>>= 1

=== vcpucount --live --config in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'vcpucount test --live --config'
>>>2
{"error":{"message":"Options --live and --config are mutually exclusive","code":null,"domain":null}}
>>>= 1

# --- domblklist, domiflist
=== domblklist in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblklist test; domblklist test --details; domblklist test --inactive'
>>>
[{"target":"vda","source":"/guest/diskimage1"}]
[{"type":"file","device":"disk","target":"vda","source":"/guest/diskimage1"}]
[{"target":"vda","source":"/guest/diskimage1"}]
>>>= 0

=== domblklist --details in json-pretty
# hvsh-only: virsh has no -o
$ hvsh -o json-pretty -c test:///default 'domblklist test --details'
>>>
[
  {
    "type": "file",
    "device": "disk",
    "target": "vda",
    "source": "/guest/diskimage1"
  }
]
>>>= 0

=== domblklist in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'domblklist test --details' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'domblklist test'
>>>
type,device,target,source<CR>
file,disk,vda,/guest/diskimage1<CR>
vda	/guest/diskimage1
>>>= 0

=== domblklist: a disk without a source is null, no disks an empty array
# hvsh-only: virsh has no -o
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>net</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='network' device='disk'><source protocol='nbd' name='img'><host name='example.org' port='10809'/></source><target dev='vdb'/></disk><disk type='file' device='cdrom'><target dev='hdc'/></disk><interface type='bridge'><mac address='52:54:00:00:00:aa'/><source bridge='br0'/><model type='virtio'/></interface><interface type='user'/></devices><test:runstate>5</test:runstate></domain><domain type='test'><name>bare</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain></node>\n" > n.xml && hvsh -o json -c test:n.xml 'domblklist net --details; domblklist net; domblklist bare; domblklist bare --details'
>>>
[{"type":"network","device":"disk","target":"vdb","source":"img"},{"type":"file","device":"cdrom","target":"hdc","source":null}]
[{"target":"vdb","source":"img"},{"target":"hdc","source":null}]
[]
[]
>>>= 0

=== domblklist nosuch in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblklist nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== domiflist in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domiflist test; domiflist test --inactive'
>>>
[{"interface":"testnet0","type":"network","source":"default","model":null,"mac":"aa:bb:cc:dd:ee:ff"}]
[{"interface":"testnet0","type":"network","source":"default","model":null,"mac":"aa:bb:cc:dd:ee:ff"}]
>>>= 0

=== domiflist in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'domiflist test' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'domiflist test'
>>>
interface,type,source,model,mac<CR>
testnet0,network,default,,aa:bb:cc:dd:ee:ff<CR>
testnet0	network	default		aa:bb:cc:dd:ee:ff
>>>= 0

=== domiflist: what an interface lacks is null, no interfaces an empty array
# hvsh-only: virsh has no -o
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>net</name><memory>1024</memory><os><type>hvm</type></os><devices><interface type='bridge'><mac address='52:54:00:00:00:aa'/><source bridge='br0'/><model type='virtio'/></interface></devices><test:runstate>5</test:runstate></domain><domain type='test'><name>bare</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain></node>\n" > n.xml && hvsh -o json -c test:n.xml 'domiflist net; domiflist bare'
>>>
[{"interface":"testnet0","type":"bridge","source":"br0","model":"virtio","mac":"52:54:00:00:00:aa"}]
[]
>>>= 0

=== domiflist of the node file's external domain in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'domiflist external'
>>>
[{"interface":"testnet0","type":"network","source":"default","model":null,"mac":"52:54:00:00:00:01"},{"interface":"mine0","type":"network","source":"default","model":null,"mac":"52:54:00:00:00:02"},{"interface":"testnet1","type":"network","source":"default","model":null,"mac":"52:54:00:00:00:03"}]
>>>= 0

=== domiflist nosuch in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domiflist nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

# --- domhostname
=== domhostname in json, csv and value
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domhostname test'; hvsh -o csv -c test:///default 'domhostname test' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'domhostname test'
>>>
{"hostname":"testhost"}
hostname<CR>
testhost<CR>
testhost
>>>= 0

=== domhostname --source lease in json: the driver's error
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domhostname test --source lease'
>>>2
{"error":{"message":"unsupported flags (0x1) in function testDomainGetHostname","code":8,"domain":12,"context":"failed to get hostname"}}
>>>= 1

=== domhostname --source nosuch in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domhostname test --source nosuch'
>>>2
{"error":{"message":"Unknown data source 'nosuch'","code":null,"domain":null}}
>>>= 1

=== domhostname --source '' in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default "domhostname test --source ''"
>>>2
{"error":{"message":"Failed to get option 'source': Option argument is empty","code":null,"domain":null}}
>>>= 1

# --- dommemstat
=== dommemstat in json: sizes in bytes
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dommemstat test'
>>>
{"actual_bytes":2147483648,"swap_in_bytes":0,"swap_out_bytes":0,"major_fault":0,"minor_fault":0,"unused_bytes":1073741824,"available_bytes":2147483648,"usable_bytes":1073741824,"last_update_seconds":627319920,"disk_caches_bytes":268435456,"hugetlb_pgalloc":0,"hugetlb_pgfail":0,"rss_bytes":1073741824}
>>>= 0

=== dommemstat in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'dommemstat test' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'dommemstat test'
>>>
actual_bytes,swap_in_bytes,swap_out_bytes,major_fault,minor_fault,unused_bytes,available_bytes,usable_bytes,last_update_seconds,disk_caches_bytes,hugetlb_pgalloc,hugetlb_pgfail,rss_bytes<CR>
2147483648,0,0,0,0,1073741824,2147483648,1073741824,627319920,268435456,0,0,1073741824<CR>
2147483648
0
0
0
0
1073741824
2147483648
1073741824
627319920
268435456
0
0
1073741824
>>>= 0

=== dommemstat --period in json says what it did
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dommemstat test --period 5; dommemstat test --period 0 --live'
>>>
{"action":"set_period","domain":"test","period_seconds":5}
{"action":"set_period","domain":"test","period_seconds":0}
>>>= 0

=== dommemstat --period -1 in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dommemstat test --period -1'
>>>2
{"error":{"message":"Invalid collection period value '-1'","code":null,"domain":null}}
>>>= 1

=== dommemstat of an inactive domain in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'destroy test; dommemstat test'
>>>
{"action":"destroy","domain":"test","message":"Domain 'test' destroyed"}
>>>2
{"error":{"message":"Requested operation is not valid: domain is not running","code":55,"domain":20,"context":"Failed to get memory statistics for domain test"}}
>>>= 1

=== dommemstat --current --live in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'dommemstat test --current --live'
>>>2
{"error":{"message":"Options --current and --live are mutually exclusive","code":null,"domain":null}}
>>>= 1

# --- domblkinfo
=== domblkinfo in json: bytes, with or without --human
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblkinfo test vda; domblkinfo test vda --human; domblkinfo test /guest/diskimage1'
>>>
{"capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776}
{"capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776}
{"capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776}
>>>= 0

=== domblkinfo in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'domblkinfo test vda' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'domblkinfo test vda --human'
>>>
capacity_bytes,allocation_bytes,physical_bytes<CR>
1099506450432,1099511627776,1099511627776<CR>
1099506450432
1099511627776
1099511627776
>>>= 0

=== domblkinfo --all in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblkinfo test --all; domblkinfo test --all --human'
>>>
[{"target":"vda","capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776}]
[{"target":"vda","capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776}]
>>>= 0

=== domblkinfo --all: what cannot be measured is null
# hvsh-only: virsh has no -o
$ printf "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><domain type='test'><name>net</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='network' device='disk'><source protocol='nbd' name='img'><host name='example.org' port='10809'/></source><target dev='vdb'/></disk><disk type='file' device='cdrom'><target dev='hdc'/></disk></devices><test:runstate>5</test:runstate></domain></node>\n" > n.xml && hvsh -o json -c test:n.xml 'domblkinfo net --all'; hvsh -o csv -c test:n.xml 'domblkinfo net --all' | sed 's/\r$/<CR>/'
>>>
[{"target":"vdb","capacity_bytes":1099506450432,"allocation_bytes":1099511627776,"physical_bytes":1099511627776},{"target":"hdc","capacity_bytes":null,"allocation_bytes":null,"physical_bytes":null}]
target,capacity_bytes,allocation_bytes,physical_bytes<CR>
vdb,1099506450432,1099511627776,1099511627776<CR>
hdc,,,<CR>
>>>= 0

=== domblkinfo without a device in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblkinfo test'
>>>2
{"error":{"message":"command 'domblkinfo' requires <device> option","code":null,"domain":null}}
>>>= 1

=== domblkinfo of a device the domain lacks in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblkinfo test vdz'
>>>2
{"error":{"message":"invalid argument: invalid path vdz not assigned to domain","code":8,"domain":12}}
>>>= 1

=== domblkinfo --all with a device in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'domblkinfo test vda --all'
>>>2
{"error":{"message":"Options --all and --device are mutually exclusive","code":null,"domain":null}}
>>>= 1

# --- desc
=== desc in json: reading, setting, reading again
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'desc test; desc test --title; desc test new words; desc test --title --config "A title"; desc test; desc test --title --config'
>>>
{"description":""}
{"title":""}
{"action":"set_description","domain":"test","message":"Domain description updated successfully"}
{"action":"set_title","domain":"test","message":"Domain title updated successfully"}
{"description":"new words"}
{"title":"A title"}
>>>= 0

=== desc in json does not change with -q
# hvsh-only: virsh has no -o
$ hvsh -q -o json -c test:///default 'desc test; desc test words'
>>>
{"description":""}
{"action":"set_description","domain":"test","message":"Domain description updated successfully"}
>>>= 0

=== desc of the node file's titled domain in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'desc gamma --title; desc gamma'
>>>
{"title":"Gamma title"}
{"description":""}
>>>= 0

=== desc in csv and value
# hvsh-only: virsh has no -o
$ hvsh -o csv -c test:///default 'desc test two words; desc test' | sed 's/\r$/<CR>/'; hvsh -o value -c test:///default 'desc test two words; desc test'
>>>
action,domain,message<CR>
set_description,test,Domain description updated successfully<CR>
description<CR>
two words<CR>
set_description
test
Domain description updated successfully
two words
>>>= 0

=== desc --edit that changes nothing in json
# hvsh-only: virsh has no -o
$ EDITOR=true hvsh -o json -c test:///default 'desc test --edit; desc test --title --edit'
>>>
{"action":"unchanged","domain":"test","message":"Domain description not changed"}
{"action":"unchanged","domain":"test","message":"Domain title not changed"}
>>>= 0

=== desc --edit that changes the text in json
# hvsh-only: virsh has no -o
$ EDITOR="sed -i s/^/edited/" hvsh -o json -c test:///default 'desc test old --edit; desc test'
>>>
{"action":"set_description","domain":"test","message":"Domain description updated successfully"}
{"description":"editedold"}
>>>= 0

=== desc --live --current in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'desc test --live --current'
>>>2
{"error":{"message":"Options --current and --live are mutually exclusive","code":null,"domain":null}}
>>>= 1

=== desc nosuch in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c test:///default 'desc nosuch'
>>>2
{"error":{"message":"Domain not found","code":42,"domain":12,"context":"failed to get domain 'nosuch'"}}
>>>= 1

=== desc of a transient domain's config in json
# hvsh-only: virsh has no -o
$ hvsh -o json -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'desc gamma --config new'
>>>2
{"error":{"message":"Requested operation is not valid: transient domains do not have any persistent config","code":55,"domain":20,"context":"Failed to set new domain description"}}
>>>= 1
