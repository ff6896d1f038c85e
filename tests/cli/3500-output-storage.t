# 3500-output-storage: the machine formats (-o json, json-pretty, csv,
# value) of the storage pool and volume commands; man/hvsh-json.7 has
# their keys.  Text is the other files' (2600-pool.t, 2700-volume.t).

=== pool-list in json, json-pretty, csv and value
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json pool-list; hvsh -c test:///default -o json-pretty pool-list; hvsh -c test:///default -o csv pool-list; hvsh -c test:///default -o value pool-list
>>>
[{"name":"default-pool","active":true,"autostart":false}]
[
  {
    "name": "default-pool",
    "active": true,
    "autostart": false
  }
]
name,active,autostart
default-pool,true,false
default-pool	true	false
>>>= 0

=== pool-list --details: sizes in bytes, null where text says "-"
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'pool-define pool-new.xml; pool-list --all --details'; hvsh -c test:///default -o csv 'pool-list --details'; hvsh -c test:///default -o value 'pool-list --details'
>>>
{"action":"define","pool":"pool2","message":"Pool pool2 defined from pool-new.xml"}
[{"name":"default-pool","state":"running","autostart":false,"persistent":true,"capacity_bytes":107374182400,"allocation_bytes":0,"available_bytes":107374182400},{"name":"pool2","state":"inactive","autostart":false,"persistent":true,"capacity_bytes":null,"allocation_bytes":null,"available_bytes":null}]
name,state,autostart,persistent,capacity_bytes,allocation_bytes,available_bytes
default-pool,running,false,true,107374182400,0,107374182400
default-pool	running	false	true	107374182400	0	107374182400
>>>= 0

=== a transient pool: persistent false
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'pool-create pool-new.xml; pool-list --transient; pool-list --details --transient'
>>>
{"action":"create","pool":"pool2","message":"Pool pool2 created from pool-new.xml"}
[{"name":"pool2","active":true,"autostart":false}]
[{"name":"pool2","state":"running","autostart":false,"persistent":false,"capacity_bytes":107374182400,"allocation_bytes":0,"available_bytes":107374182400}]
>>>= 0

=== pool-list --uuid, --name and both: their columns alone
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-list --uuid; pool-list --name; pool-list --uuid --name'; hvsh -c test:///default -o csv 'pool-list --uuid --name'; hvsh -c test:///default -o value 'pool-list --uuid --name'
>>>
[{"uuid":"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"}]
[{"name":"default-pool"}]
[{"uuid":"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566","name":"default-pool"}]
uuid,name
dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566,default-pool
dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566	default-pool
>>>= 0

=== pool-list with nothing to list: an empty array, a header alone, nothing
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-list --inactive'; hvsh -c test:///default -o csv 'pool-list --inactive --details'; hvsh -c test:///default -o value 'pool-list --inactive'
>>>
[]
name,state,autostart,persistent,capacity_bytes,allocation_bytes,available_bytes
>>>= 0

=== pool-list errors in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-list --type foo'; hvsh -c test:///default -o json 'pool-list --uuid --details'
>>>2
{"error":{"message":"Invalid pool type 'foo'","code":null,"domain":null}}
{"error":{"message":"Options --details and --uuid are mutually exclusive","code":null,"domain":null}}
>>>= 1

=== pool-info: the same record with and without --bytes
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-info default-pool; pool-info --bytes default-pool'; hvsh -c test:///default -o csv 'pool-info default-pool'; hvsh -c test:///default -o value 'pool-info default-pool'
>>>
{"name":"default-pool","uuid":"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566","state":"running","persistent":true,"autostart":false,"capacity_bytes":107374182400,"allocation_bytes":0,"available_bytes":107374182400}
{"name":"default-pool","uuid":"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566","state":"running","persistent":true,"autostart":false,"capacity_bytes":107374182400,"allocation_bytes":0,"available_bytes":107374182400}
name,uuid,state,persistent,autostart,capacity_bytes,allocation_bytes,available_bytes
default-pool,dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566,running,true,false,107374182400,0,107374182400
default-pool
dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
running
true
false
107374182400
0
107374182400
>>>= 0

=== pool-info of a stopped pool has no sizes
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json-pretty 'pool-define pool-new.xml; pool-info 11111111-2222-3333-4444-555555555555'
>>>
{
  "action": "define",
  "pool": "pool2",
  "message": "Pool pool2 defined from pool-new.xml"
}
{
  "name": "pool2",
  "uuid": "11111111-2222-3333-4444-555555555555",
  "state": "inactive",
  "persistent": true,
  "autostart": false
}
>>>= 0

=== pool-info of an unknown pool in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-info nosuch'
>>>2
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
>>>= 1

=== pool life cycle in json: every changing command says what it did
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'pool-define pool-new.xml; pool-build pool2; pool-start 11111111-2222-3333-4444-555555555555; pool-refresh pool2; pool-autostart pool2; pool-autostart --disable pool2; pool-destroy pool2; pool-undefine pool2; pool-create pool-new.xml'
>>>
{"action":"define","pool":"pool2","message":"Pool pool2 defined from pool-new.xml"}
{"action":"build","pool":"pool2","message":"Pool pool2 built"}
{"action":"start","pool":"pool2","message":"Pool 11111111-2222-3333-4444-555555555555 started"}
{"action":"refresh","pool":"pool2","message":"Pool pool2 refreshed"}
{"action":"autostart","pool":"pool2","autostart":true,"message":"Pool pool2 marked as autostarted"}
{"action":"autostart","pool":"pool2","autostart":false,"message":"Pool pool2 unmarked as autostarted"}
{"action":"destroy","pool":"pool2","message":"Pool pool2 destroyed"}
{"action":"undefine","pool":"pool2","message":"Pool pool2 has been undefined"}
{"action":"create","pool":"pool2","message":"Pool pool2 created from pool-new.xml"}
>>>= 0

=== changing commands under -q: the same records; text says nothing
# hvsh-only: virsh has no -o
$ hvsh -q -c test:///default -o json 'pool-destroy default-pool; pool-start default-pool'; hvsh -q -c test:///default 'pool-destroy default-pool; pool-start default-pool'
>>>
{"action":"destroy","pool":"default-pool","message":"Pool default-pool destroyed"}
{"action":"start","pool":"default-pool","message":"Pool default-pool started"}
>>>= 0

=== a changing command in csv and value
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o csv 'pool-autostart default-pool'; hvsh -c test:///default -o value 'pool-destroy default-pool'
>>>
action,pool,autostart,message
autostart,default-pool,true,Pool default-pool marked as autostarted
destroy
default-pool
Pool default-pool destroyed
>>>= 0

=== changing commands that fail, in json
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'pool-start default-pool; pool-undefine default-pool; pool-build default-pool; pool-autostart --disable nosuch; pool-define nosuch.xml'
>>>2
{"error":{"message":"Requested operation is not valid: storage pool 'default-pool' is active","code":55,"domain":12,"context":"Failed to start pool default-pool"}}
{"error":{"message":"Requested operation is not valid: storage pool 'default-pool' is active","code":55,"domain":12,"context":"Failed to undefine pool default-pool"}}
{"error":{"message":"Requested operation is not valid: storage pool 'default-pool' is active","code":55,"domain":12,"context":"Failed to build pool default-pool"}}
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
{"error":{"message":"Failed to open file 'nosuch.xml': No such file or directory","code":38,"domain":0}}
>>>= 1

=== pool-name and pool-uuid: one value
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-name dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566; pool-uuid default-pool'; hvsh -c test:///default -o value 'pool-uuid default-pool'; hvsh -c test:///default -o csv 'pool-name dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566'
>>>
{"name":"default-pool"}
{"uuid":"dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"}
dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
name
default-pool
>>>= 0

=== pool-name takes a UUID alone
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-name default-pool'
>>>2
{"error":{"message":"failed to get pool 'default-pool'","code":null,"domain":null}}
>>>= 1

=== pool-dumpxml prints its XML in every format
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-dumpxml default-pool --xpath //path'; hvsh -c test:///default -o csv 'pool-dumpxml default-pool --xpath //capacity'
>>>
<path>/default-pool</path>
<capacity unit="bytes">107374182400</capacity>
>>>= 0

=== pool-dumpxml of an unknown pool in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'pool-dumpxml nosuch'
>>>2
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
>>>= 1

=== vol-list: an empty pool, then one with volumes
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-list default-pool'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'vol-list inlinepool'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o csv 'vol-list inlinepool'
>>>
[]
[{"name":"a.img","path":"/inline-pool/a.img"},{"name":"b.img","path":"/inline-pool/b.img"},{"name":"c.img","path":"/elsewhere/c.img"}]
name,path
a.img,/inline-pool/a.img
b.img,/inline-pool/b.img
c.img,/elsewhere/c.img
>>>= 0

=== vol-list --details: type and sizes in bytes
# hvsh-only: virsh has no -o
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json-pretty 'vol-list --details extpool'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o csv 'vol-list --details inlinepool'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o value 'vol-list --details inlinepool'
>>>
[
  {
    "name": "kept.img",
    "path": "/ext-pool/kept.img",
    "type": "file",
    "capacity_bytes": 102400,
    "allocation_bytes": 10240
  }
]
name,path,type,capacity_bytes,allocation_bytes
a.img,/inline-pool/a.img,file,1048576,4096
b.img,/inline-pool/b.img,file,2048,2048
c.img,/elsewhere/c.img,file,8192,0
a.img	/inline-pool/a.img	file	1048576	4096
b.img	/inline-pool/b.img	file	2048	2048
c.img	/elsewhere/c.img	file	8192	0
>>>= 0

=== vol-list of an unknown pool in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-list nosuch'
>>>2
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
>>>= 1

=== vol-info: the same record with and without --bytes
# hvsh-only: virsh has no -o
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'vol-info kept.img --pool extpool; vol-info --bytes /ext-pool/kept.img'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o csv 'vol-info /ext-pool/kept.img'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o value 'vol-info /ext-pool/kept.img'
>>>
{"name":"kept.img","type":"file","capacity_bytes":102400,"allocation_bytes":10240}
{"name":"kept.img","type":"file","capacity_bytes":102400,"allocation_bytes":10240}
name,type,capacity_bytes,allocation_bytes
kept.img,file,102400,10240
kept.img
file
102400
10240
>>>= 0

=== vol-info --physical is refused by the test driver: the name, then the error
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-create-as default-pool x 1M; vol-info --physical x default-pool'
>>>
{"action":"create","volume":"x","key":"/default-pool/x","message":"Vol x created"}
{"name":"x"}
>>>2
{"error":{"message":"this function is not supported by the connection driver: virStorageVolGetInfoFlags","code":3,"domain":18}}
>>>= 1

=== vol-info of unknown volumes in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-info nosuch; vol-info nosuch default-pool'
>>>2
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch', specifying --pool might help"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch'"}}
>>>= 1

=== vol-create, vol-create-as, vol-delete in json
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'vol-create default-pool vol-new.xml; vol-create-as default-pool v2 10M --allocation 1M; vol-list --details default-pool; vol-delete v2 --pool default-pool; vol-delete /default-pool/vol1.img; vol-list default-pool'
>>>
{"action":"create","volume":"vol1.img","key":"/default-pool/vol1.img","message":"Vol vol1.img created from vol-new.xml"}
{"action":"create","volume":"v2","key":"/default-pool/v2","message":"Vol v2 created"}
[{"name":"v2","path":"/default-pool/v2","type":"file","capacity_bytes":10485760,"allocation_bytes":1048576},{"name":"vol1.img","path":"/default-pool/vol1.img","type":"file","capacity_bytes":5368709120,"allocation_bytes":104857600}]
{"action":"delete","volume":"v2","key":"/default-pool/v2","message":"Vol v2 deleted"}
{"action":"delete","volume":"vol1.img","key":"/default-pool/vol1.img","message":"Vol /default-pool/vol1.img deleted"}
[]
>>>= 0

=== volume changes in csv and value, and under -q
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o csv 'vol-create-as default-pool v2 1M'; hvsh -c test:///default -o value 'vol-create default-pool vol-block.xml'; hvsh -q -c test:///default -o json 'vol-create-as default-pool v2 1M; vol-delete v2 default-pool'
>>>
action,volume,key,message
create,v2,/default-pool/v2,Vol v2 created
create
x
/default-pool/x
Vol x created from vol-block.xml
{"action":"create","volume":"v2","key":"/default-pool/v2","message":"Vol v2 created"}
{"action":"delete","volume":"v2","key":"/default-pool/v2","message":"Vol v2 deleted"}
>>>= 0

=== volume changes that fail, in json
# hvsh-only: virsh has no -o
$ cp "$HVSH_SRCDIR"/tests/interop/remote-cases/*.xml . && hvsh -c test:///default -o json 'vol-create default-pool vol-big.xml; vol-create-as default-pool v1 1Q; vol-create-as nosuch v1 1M; vol-delete nosuch; vol-delete nosuch --pool default-pool'
>>>2
{"error":{"message":"internal error: Not enough free space in pool for volume 'x'","code":1,"domain":12,"context":"Failed to create vol from vol-big.xml"}}
{"error":{"message":"invalid argument: unknown suffix 'Q'","code":8,"domain":0,"context":"Malformed size 1Q"}}
{"error":{"message":"Storage pool not found: no storage pool with matching name 'nosuch'","code":49,"domain":12,"context":"failed to get pool 'nosuch'"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch', specifying --pool might help"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch'"}}
>>>= 1

=== vol-create-as --print-xml prints its XML in every format
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-create-as default-pool x 1K --print-xml --allocation 10 --format qcow2; vol-list default-pool'
>>>
<volume>
  <name>x</name>
  <capacity>1024</capacity>
  <allocation>10</allocation>
  <target>
    <format type='qcow2'/>
  </target>
</volume>
[]
>>>= 0

=== vol-path, vol-key, vol-name, vol-pool: one value
# hvsh-only: virsh has no -o
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'vol-path kept.img --pool extpool; vol-key kept.img --pool extpool; vol-name /ext-pool/kept.img; vol-pool /ext-pool/kept.img; vol-pool --uuid /ext-pool/kept.img'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o value 'vol-path /elsewhere/c.img; vol-pool --uuid /elsewhere/c.img'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o csv 'vol-pool /ext-pool/kept.img'
>>>
{"path":"/ext-pool/kept.img"}
{"key":"/ext-pool/kept.img"}
{"name":"kept.img"}
{"pool":"extpool"}
{"pool_uuid":"a1c1e2b3-0000-4000-8000-0000000000c1"}
/elsewhere/c.img
a1c1e2b3-0000-4000-8000-0000000000c2
pool
extpool
>>>= 0

=== volume lookups that fail, in json
# hvsh-only: virsh has no -o
$ hvsh -c test:///default -o json 'vol-path nosuch; vol-key nosuch --pool default-pool; vol-name nosuch; vol-pool nosuch'
>>>2
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch', specifying --pool might help"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch'"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch'"}}
{"error":{"message":"Storage volume not found: no storage vol with matching path 'nosuch'","code":50,"domain":12,"context":"failed to get vol 'nosuch'"}}
>>>= 1

=== vol-dumpxml prints its XML in every format
# hvsh-only: virsh has no -o
$ hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o json 'vol-dumpxml /ext-pool/kept.img --xpath //capacity'; hvsh -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" -o value 'vol-dumpxml kept.img extpool --xpath //key'
>>>
<capacity unit="bytes">102400</capacity>
<key>/ext-pool/kept.img</key>
>>>= 0
