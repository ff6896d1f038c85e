# 2700-volume: storage volume commands on the test driver.
# Expectations are virsh 9.0's (tests/run-cli --virsh checks them).

=== vol-list of the empty built-in pool
$ hvsh -c test:///default 'vol-list default-pool; vol-list --details default-pool'
>>>
 Name   Path
--------------

 Name   Path   Type   Capacity   Allocation
---------------------------------------------

>>>= 0

=== vol-create, then every way to look at the volume
$ printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'vol-create default-pool vol1.xml; vol-list default-pool; vol-list --details default-pool; vol-info --pool default-pool vol1.img; vol-info --bytes --pool default-pool vol1.img; vol-info vol1.img default-pool; vol-path --pool default-pool vol1.img; vol-key --pool default-pool vol1.img; vol-name /default-pool/vol1.img; vol-pool /default-pool/vol1.img; vol-pool --uuid /default-pool/vol1.img; vol-dumpxml --pool default-pool vol1.img; pool-info default-pool'
>>>
Vol vol1.img created from vol1.xml

 Name       Path
------------------------------------
 vol1.img   /default-pool/vol1.img

 Name       Path                     Type   Capacity   Allocation
-------------------------------------------------------------------
 vol1.img   /default-pool/vol1.img   file   5.00 GiB   100.00 MiB

Name:           vol1.img
Type:           file
Capacity:       5.00 GiB
Allocation:     100.00 MiB

Name:           vol1.img
Type:           file
Capacity:       5368709120 bytes
Allocation:     104857600 bytes

Name:           vol1.img
Type:           file
Capacity:       5.00 GiB
Allocation:     100.00 MiB

/default-pool/vol1.img

/default-pool/vol1.img

vol1.img

default-pool

dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566

<volume type='file'>
  <name>vol1.img</name>
  <key>/default-pool/vol1.img</key>
  <capacity unit='bytes'>5368709120</capacity>
  <allocation unit='bytes'>104857600</allocation>
  <target>
    <path>/default-pool/vol1.img</path>
    <format type='raw'/>
  </target>
</volume>

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     100.00 MiB
Available:      99.90 GiB

>>>= 0

=== vol-create-as and the pool's allocation
$ printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'vol-create default-pool vol1.xml; vol-create-as default-pool v3 10M --allocation 1M; vol-list default-pool; vol-list --details default-pool; pool-info default-pool; pool-list --details'
>>>
Vol vol1.img created from vol1.xml

Vol v3 created

 Name       Path
------------------------------------
 v3         /default-pool/v3
 vol1.img   /default-pool/vol1.img

 Name       Path                     Type   Capacity    Allocation
--------------------------------------------------------------------
 v3         /default-pool/v3         file   10.00 MiB   1.00 MiB
 vol1.img   /default-pool/vol1.img   file   5.00 GiB    100.00 MiB

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     101.00 MiB
Available:      99.90 GiB

 Name           State     Autostart   Persistent   Capacity     Allocation   Available
----------------------------------------------------------------------------------------
 default-pool   running   no          yes          100.00 GiB   101.00 MiB   99.90 GiB

>>>= 0

=== vol-delete gives the space back
$ hvsh -c test:///default 'vol-create-as default-pool v1 1G; vol-delete v1 --pool default-pool; vol-list default-pool; pool-info --bytes default-pool'
>>>
Vol v1 created

Vol v1 deleted

 Name   Path
--------------

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       107374182400
Allocation:     0
Available:      107374182400

>>>= 0

=== vol-delete by path
$ hvsh -c test:///default 'vol-create-as default-pool v1 1G; vol-delete /default-pool/v1; vol-list default-pool'
>>>
Vol v1 created

Vol /default-pool/v1 deleted

 Name   Path
--------------

>>>= 0

=== volume lookups without a pool
$ hvsh -c test:///default 'vol-create-as default-pool v1 1G; vol-info v1'
>>>
Vol v1 created


>>>2
error: failed to get vol 'v1', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'v1'
>>>= 1

=== volume lookups with a pool
$ hvsh -c test:///default 'vol-info nosuch default-pool'
>>>

>>>2
error: failed to get vol 'nosuch'
error: Storage volume not found: no storage vol with matching path 'nosuch'
>>>= 1

=== volume lookups in an unknown pool
$ hvsh -c test:///default 'vol-info --pool nosuch x'
>>>

>>>2
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

=== volume lookups in a stopped pool
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2</path></target></pool>\\n" > pool2.xml && printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'pool-define pool2.xml; vol-info x pool2; vol-list pool2; vol-create pool2 vol1.xml; vol-create-as pool2 a 1'
>>>
Pool pool2 defined from pool2.xml





>>>2
error: pool 'pool2' is not active
error: Failed to list volumes
error: Requested operation is not valid: storage pool is not active
error: Failed to create vol from vol1.xml
error: Requested operation is not valid: storage pool 'pool2' is not active
error: Failed to create vol a
error: Requested operation is not valid: storage pool 'pool2' is not active
>>>= 1

=== vol-name and vol-pool take no pool
$ hvsh -c test:///default 'vol-name x; vol-pool x'
>>>


>>>2
error: failed to get vol 'x'
error: Storage volume not found: no storage vol with matching path 'x'
error: failed to get vol 'x'
error: Storage volume not found: no storage vol with matching path 'x'
>>>= 1

=== vol-path, vol-key, vol-dumpxml, vol-delete of an unknown volume
$ hvsh -c test:///default 'vol-path x; vol-key x; vol-dumpxml x; vol-delete x'
>>>




>>>2
error: failed to get vol 'x', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'x'
error: failed to get vol 'x', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'x'
error: failed to get vol 'x', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'x'
error: failed to get vol 'x', specifying --pool might help
error: Storage volume not found: no storage vol with matching path 'x'
>>>= 1

=== vol-list of an unknown pool
$ hvsh -c test:///default 'vol-list nosuch'
>>>

>>>2
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

=== vol-create in an unknown pool
$ printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'vol-create nosuch vol1.xml'
>>>

>>>2
error: failed to get pool 'nosuch'
error: Storage pool not found: no storage pool with matching name 'nosuch'
>>>= 1

=== vol-create twice
$ printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'vol-create default-pool vol1.xml; vol-create default-pool vol1.xml'
>>>
Vol vol1.img created from vol1.xml


>>>2
error: Failed to create vol from vol1.xml
error: operation failed: storage vol already exists
>>>= 1

=== volumes survive a pool restart
$ printf "<pool type='dir'><name>pool2</name><uuid>11111111-2222-3333-4444-555555555555</uuid><target><path>/pool2</path></target></pool>\\n" > pool2.xml && printf "<volume><name>vol1.img</name><capacity unit='G'>5</capacity><allocation unit='M'>100</allocation></volume>\\n" > vol1.xml && hvsh -c test:///default 'pool-define pool2.xml; pool-start pool2; vol-create pool2 vol1.xml; pool-destroy pool2; pool-start pool2; vol-list pool2; pool-dumpxml pool2'
>>>
Pool pool2 defined from pool2.xml

Pool pool2 started

Vol vol1.img created from vol1.xml

Pool pool2 destroyed

Pool pool2 started

 Name       Path
-----------------------------
 vol1.img   /pool2/vol1.img

<pool type='dir'>
  <name>pool2</name>
  <uuid>11111111-2222-3333-4444-555555555555</uuid>
  <capacity unit='bytes'>107374182400</capacity>
  <allocation unit='bytes'>104857600</allocation>
  <available unit='bytes'>107269324800</available>
  <source>
  </source>
  <target>
    <path>/pool2</path>
  </target>
</pool>

>>>= 0

=== vol-create: the driver picks key and path; type and permissions kept
$ printf "<volume type='block'><name>x</name><key>k</key><capacity>1000</capacity><target><path>/p</path><format type='qcow2'/><permissions><mode>0644</mode><owner>5</owner><label>l</label></permissions></target></volume>\\n" > v.xml && printf "<volume><name>y</name><capacity>1000</capacity><allocation>2000</allocation></volume>\\n" > w.xml && hvsh -c test:///default 'vol-create default-pool v.xml; vol-dumpxml x --pool default-pool; vol-info x default-pool; vol-create default-pool w.xml; vol-dumpxml y default-pool; vol-list --details default-pool; pool-info default-pool'
>>>
Vol x created from v.xml

<volume type='block'>
  <name>x</name>
  <key>/default-pool/x</key>
  <capacity unit='bytes'>1000</capacity>
  <allocation unit='bytes'>1000</allocation>
  <target>
    <path>/default-pool/x</path>
    <format type='qcow2'/>
    <permissions>
      <mode>0644</mode>
      <owner>5</owner>
      <label>l</label>
    </permissions>
  </target>
</volume>

Name:           x
Type:           file
Capacity:       1000.00 B
Allocation:     1000.00 B

Vol y created from w.xml

<volume type='file'>
  <name>y</name>
  <key>/default-pool/y</key>
  <capacity unit='bytes'>1000</capacity>
  <allocation unit='bytes'>2000</allocation>
  <target>
    <path>/default-pool/y</path>
    <format type='raw'/>
  </target>
</volume>

 Name   Path              Type   Capacity    Allocation
---------------------------------------------------------
 x      /default-pool/x   file   1000.00 B   1000.00 B
 y      /default-pool/y   file   1000.00 B   1.95 KiB

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     2.93 KiB
Available:      100.00 GiB

>>>= 0

=== vol-create: XML errors
$ printf "<volume><capacity>1</capacity></volume>\\n" > 1.xml && printf "<volume><name>x</name></volume>\\n" > 2.xml && printf "<volume><name>x</name><capacity unit='zz'>1</capacity></volume>\\n" > 3.xml && printf "<volume><name>x</name><capacity>abc</capacity></volume>\\n" > 4.xml && printf "<volume type='foo'><name>x</name><capacity>1</capacity></volume>\\n" > 5.xml && printf "<volume><name>x</name><capacity>1</capacity><target><format type='foo'/></target></volume>\\n" > 6.xml && printf "<volum/>\\n" > 7.xml && hvsh -c test:///default 'vol-create default-pool 1.xml; vol-create default-pool 2.xml; vol-create default-pool 3.xml; vol-create default-pool 4.xml; vol-create default-pool 5.xml; vol-create default-pool 6.xml; vol-create default-pool 7.xml'
>>>







>>>2
error: Failed to create vol from 1.xml
error: XML error: missing volume name element
error: Failed to create vol from 2.xml
error: XML error: missing capacity element
error: Failed to create vol from 3.xml
error: invalid argument: unknown suffix 'zz'
error: Failed to create vol from 4.xml
error: XML error: malformed capacity element
error: Failed to create vol from 5.xml
error: unsupported configuration: unknown volume type 'foo'
error: Failed to create vol from 6.xml
error: unsupported configuration: unknown volume format type foo
error: Failed to create vol from 7.xml
error: XML error: expecting root element of 'volume', not 'volum'
>>>= 1

=== vol-create: too big for the pool
$ printf "<volume><name>x</name><capacity unit='T'>2</capacity><allocation unit='G'>200</allocation></volume>\\n" > 1.xml && hvsh -c test:///default 'vol-create default-pool 1.xml'
>>>

>>>2
error: Failed to create vol from 1.xml
error: internal error: Not enough free space in pool for volume 'x'
>>>= 1

=== vol-create-as --print-xml
$ hvsh -c test:///default 'vol-create-as default-pool x 1K --print-xml --allocation 10 --format qcow2; vol-create-as default-pool x 1kib --allocation 1Kb --print-xml; vol-create-as default-pool x 1mb --print-xml; vol-create-as default-pool x 1byte --print-xml'
>>>
<volume>
  <name>x</name>
  <capacity>1024</capacity>
  <allocation>10</allocation>
  <target>
    <format type='qcow2'/>
  </target>
</volume>

<volume>
  <name>x</name>
  <capacity>1024</capacity>
  <allocation>1000</allocation>
</volume>

<volume>
  <name>x</name>
  <capacity>1000000</capacity>
</volume>

<volume>
  <name>x</name>
  <capacity>1</capacity>
</volume>

>>>= 0

=== vol-create-as with a backing volume
$ hvsh -c test:///default 'vol-create-as default-pool a 1M; vol-create-as default-pool b 1M --backing-vol a --backing-vol-format raw --print-xml'
>>>
Vol a created

<volume>
  <name>b</name>
  <capacity>1048576</capacity>
  <backingStore>
    <path>/default-pool/a</path>
    <format type='raw'/>
  </backingStore>
</volume>

>>>= 0

=== vol-create-as with an unknown backing volume
$ hvsh -c test:///default 'vol-create-as default-pool x 1M --backing-vol y'
>>>

>>>2
error: failed to get vol 'y'
error: Storage volume not found: no storage vol with matching path 'y'
>>>= 1

=== vol-create-as: malformed sizes
$ hvsh -c test:///default 'vol-create-as default-pool x abc; vol-create-as default-pool x -1; vol-create-as default-pool x 1M --allocation abc'
>>>



>>>2
error: Malformed size abc
error: Malformed size -1
error: Malformed size abc
>>>= 1

=== vol-create-as: unknown suffix
$ hvsh -c test:///default 'vol-create-as default-pool x 1Q'
>>>

>>>2
error: Malformed size 1Q
error: invalid argument: unknown suffix 'Q'
>>>= 1

=== vol-create-as: unknown format
$ hvsh -c test:///default 'vol-create-as default-pool z 1M --format foo'
>>>

>>>2
error: Failed to create vol z
error: unsupported configuration: unknown volume format type foo
>>>= 1

=== vol-info --physical is not supported by the test driver
$ hvsh -c test:///default 'vol-create-as default-pool x 1M; vol-info --physical x default-pool'
>>>
Vol x created

Name:           x

>>>2
error: this function is not supported by the connection driver: virStorageVolGetInfoFlags
>>>= 1

=== vol-delete --delete-snapshots is refused by the test driver
$ hvsh -c test:///default 'vol-create-as default-pool x 1M; vol-delete --pool default-pool x --delete-snapshots'
>>>
Vol x created


>>>2
error: Failed to delete vol x
error: unsupported flags (0x2) in function testStorageVolDelete
>>>= 1

=== read-only connection
$ hvsh -r -c test:///default 'vol-create-as default-pool x 1M'
>>>

>>>2
error: Failed to create vol x
error: operation forbidden: read only access prevents virStorageVolCreateXML
>>>= 1

=== quiet mode
$ hvsh -q -c test:///default 'vol-create-as default-pool x 1M; vol-list default-pool; vol-delete x default-pool'
>>>
 x   /default-pool/x
>>>= 0

