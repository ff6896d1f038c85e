# Read-only connections (-r): every command that changes state is refused
# with the API name virsh's call names, options choosing the Flags variant
# where virsh does; reading stays allowed.

=== -r destroy test
$ hvsh -r -c test:///default 'destroy test'
>>>

>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroy
>>>= 1

=== -r destroy test --graceful
$ hvsh -r -c test:///default 'destroy test --graceful'
>>>

>>>2
error: Failed to destroy domain 'test'
error: operation forbidden: read only access prevents virDomainDestroyFlags
>>>= 1

=== -r undefine test
$ hvsh -r -c test:///default 'undefine test'
>>>

>>>2
error: Failed to undefine domain 'test'
error: operation forbidden: read only access prevents virDomainUndefineFlags
>>>= 1

=== -r undefine test --managed-save
$ hvsh -r -c test:///default 'undefine test --managed-save'
>>>

>>>2
error: Failed to undefine domain 'test'
error: operation forbidden: read only access prevents virDomainUndefineFlags
>>>= 1

=== -r shutdown test
$ hvsh -r -c test:///default 'shutdown test'
>>>

>>>2
error: Failed to shutdown domain 'test'
error: operation forbidden: read only access prevents virDomainShutdown
>>>= 1

=== -r shutdown test --mode acpi
$ hvsh -r -c test:///default 'shutdown test --mode acpi'
>>>

>>>2
error: Failed to shutdown domain 'test'
error: operation forbidden: read only access prevents virDomainShutdownFlags
>>>= 1

=== -r reboot test
$ hvsh -r -c test:///default 'reboot test'
>>>

>>>2
error: Failed to reboot domain 'test'
error: operation forbidden: read only access prevents virDomainReboot
>>>= 1

=== -r reset test
$ hvsh -r -c test:///default 'reset test'
>>>

>>>2
error: Failed to reset domain 'test'
error: operation forbidden: read only access prevents virDomainReset
>>>= 1

=== -r suspend test
$ hvsh -r -c test:///default 'suspend test'
>>>

>>>2
error: Failed to suspend domain 'test'
error: operation forbidden: read only access prevents virDomainSuspend
>>>= 1

=== -r resume test
$ hvsh -r -c test:///default 'resume test'
>>>

>>>2
error: Failed to resume domain 'test'
error: operation forbidden: read only access prevents virDomainResume
>>>= 1

=== -r save test s.img
$ hvsh -r -c test:///default 'save test s.img'
>>>

>>>2
error: Failed to save domain 'test' to s.img
error: operation forbidden: read only access prevents virDomainSave
>>>= 1

=== -r save test s.img --paused
# hvsh-only (virsh 9.0 often hangs here after its first line, waiting on the save job it watches)
$ hvsh -r -c test:///default 'save test s.img --paused'
>>>

>>>2
error: Failed to save domain 'test' to s.img
error: operation forbidden: read only access prevents virDomainSaveFlags
>>>= 1

=== -r restore s.img
$ hvsh -r -c test:///default 'restore s.img'
>>>

>>>2
error: Failed to restore domain from s.img
error: operation forbidden: read only access prevents virDomainRestore
>>>= 1

=== -r restore s.img --running
$ hvsh -r -c test:///default 'restore s.img --running'
>>>

>>>2
error: Failed to restore domain from s.img
error: operation forbidden: read only access prevents virDomainRestoreFlags
>>>= 1

=== -r managedsave test
$ hvsh -r -c test:///default 'managedsave test'
>>>

>>>2
error: Failed to save domain 'test' state
error: operation forbidden: read only access prevents virDomainManagedSave
>>>= 1

=== -r autostart test
$ hvsh -r -c test:///default 'autostart test'
>>>

>>>2
error: Failed to mark domain 'test' as autostarted
error: operation forbidden: read only access prevents virDomainSetAutostart
>>>= 1

=== -r autostart test --disable
$ hvsh -r -c test:///default 'autostart test --disable'
>>>

>>>2
error: Failed to unmark domain 'test' as autostarted
error: operation forbidden: read only access prevents virDomainSetAutostart
>>>= 1

=== -r setmem test 1000
$ hvsh -r -c test:///default 'setmem test 1000'
>>>

>>>2
error: operation forbidden: read only access prevents virDomainSetMemoryFlags
>>>= 1

=== -r setvcpus test 1
$ hvsh -r -c test:///default 'setvcpus test 1'
>>>

>>>2
error: operation forbidden: read only access prevents virDomainSetVcpus
>>>= 1

=== -r setvcpus test 1 --live
$ hvsh -r -c test:///default 'setvcpus test 1 --live'
>>>

>>>2
error: operation forbidden: read only access prevents virDomainSetVcpusFlags
>>>= 1

=== -r setvcpus test 1 --config
$ hvsh -r -c test:///default 'setvcpus test 1 --config'
>>>

>>>2
error: operation forbidden: read only access prevents virDomainSetVcpusFlags
>>>= 1

=== -r define f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'define f.xml'
>>>

>>>2
error: Failed to define domain from f.xml
error: operation forbidden: read only access prevents virDomainDefineXML
>>>= 1

=== -r define f.xml --validate
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'define f.xml --validate'
>>>

>>>2
error: Failed to define domain from f.xml
error: operation forbidden: read only access prevents virDomainDefineXMLFlags
>>>= 1

=== -r create f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'create f.xml'
>>>

>>>2
error: Failed to create domain from f.xml
error: operation forbidden: read only access prevents virDomainCreateXML
>>>= 1

=== -r domhostname test
$ hvsh -r -c test:///default 'domhostname test'
>>>

>>>2
error: failed to get hostname
error: operation forbidden: read only access prevents virDomainGetHostname
>>>= 1

=== -r desc test x
$ hvsh -r -c test:///default 'desc test x'
>>>

>>>2
error: Failed to set new domain description
error: operation forbidden: read only access prevents virDomainSetMetadata
>>>= 1

=== -r dommemstat test --period 2
$ hvsh -r -c test:///default 'dommemstat test --period 2'
>>>

>>>2
error: Unable to change balloon collection period.
error: operation forbidden: read only access prevents virDomainSetMemoryStatsPeriod
>>>= 1

=== -r dumpxml test --security-info
$ hvsh -r -c test:///default 'dumpxml test --security-info'
>>>

>>>2
error: operation forbidden: virDomainGetXMLDesc with secure flag
>>>= 1

=== -r net-destroy default
$ hvsh -r -c test:///default 'net-destroy default'
>>>

>>>2
error: Failed to destroy network default
error: operation forbidden: read only access prevents virNetworkDestroy
>>>= 1

=== -r net-start default
$ hvsh -r -c test:///default 'net-start default'
>>>

>>>2
error: Failed to start network default
error: operation forbidden: read only access prevents virNetworkCreate
>>>= 1

=== -r net-undefine default
$ hvsh -r -c test:///default 'net-undefine default'
>>>

>>>2
error: Failed to undefine network default
error: operation forbidden: read only access prevents virNetworkUndefine
>>>= 1

=== -r net-autostart default
$ hvsh -r -c test:///default 'net-autostart default'
>>>

>>>2
error: failed to mark network default as autostarted
error: operation forbidden: read only access prevents virNetworkSetAutostart
>>>= 1

=== -r net-autostart default --disable
$ hvsh -r -c test:///default 'net-autostart default --disable'
>>>

>>>2
error: failed to unmark network default as autostarted
error: operation forbidden: read only access prevents virNetworkSetAutostart
>>>= 1

=== -r net-define f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'net-define f.xml'
>>>

>>>2
error: Failed to define network from f.xml
error: operation forbidden: read only access prevents virNetworkDefineXML
>>>= 1

=== -r net-define f.xml --validate
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'net-define f.xml --validate'
>>>

>>>2
error: Failed to define network from f.xml
error: operation forbidden: read only access prevents virNetworkDefineXMLFlags
>>>= 1

=== -r net-create f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'net-create f.xml'
>>>

>>>2
error: Failed to create network from f.xml
error: operation forbidden: read only access prevents virNetworkCreateXML
>>>= 1

=== -r pool-destroy default-pool
$ hvsh -r -c test:///default 'pool-destroy default-pool'
>>>

>>>2
error: Failed to destroy pool default-pool
error: operation forbidden: read only access prevents virStoragePoolDestroy
>>>= 1

=== -r pool-start default-pool
$ hvsh -r -c test:///default 'pool-start default-pool'
>>>

>>>2
error: Failed to start pool default-pool
error: operation forbidden: read only access prevents virStoragePoolCreate
>>>= 1

=== -r pool-undefine default-pool
$ hvsh -r -c test:///default 'pool-undefine default-pool'
>>>

>>>2
error: Failed to undefine pool default-pool
error: operation forbidden: read only access prevents virStoragePoolUndefine
>>>= 1

=== -r pool-build default-pool
$ hvsh -r -c test:///default 'pool-build default-pool'
>>>

>>>2
error: Failed to build pool default-pool
error: operation forbidden: read only access prevents virStoragePoolBuild
>>>= 1

=== -r pool-refresh default-pool
$ hvsh -r -c test:///default 'pool-refresh default-pool'
>>>

>>>2
error: Failed to refresh pool default-pool
error: operation forbidden: read only access prevents virStoragePoolRefresh
>>>= 1

=== -r pool-autostart default-pool
$ hvsh -r -c test:///default 'pool-autostart default-pool'
>>>

>>>2
error: failed to mark pool default-pool as autostarted
error: operation forbidden: read only access prevents virStoragePoolSetAutostart
>>>= 1

=== -r pool-autostart default-pool --disable
$ hvsh -r -c test:///default 'pool-autostart default-pool --disable'
>>>

>>>2
error: failed to unmark pool default-pool as autostarted
error: operation forbidden: read only access prevents virStoragePoolSetAutostart
>>>= 1

=== -r pool-define f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'pool-define f.xml'
>>>

>>>2
error: Failed to define pool from f.xml
error: operation forbidden: read only access prevents virStoragePoolDefineXML
>>>= 1

=== -r pool-create f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'pool-create f.xml'
>>>

>>>2
error: Failed to create pool from f.xml
error: operation forbidden: read only access prevents virStoragePoolCreateXML
>>>= 1

=== -r vol-create default-pool f.xml
$ echo '<x/>' > f.xml
$ hvsh -r -c test:///default 'vol-create default-pool f.xml'
>>>

>>>2
error: Failed to create vol from f.xml
error: operation forbidden: read only access prevents virStorageVolCreateXML
>>>= 1

=== -r vol-create-as default-pool v 1
$ hvsh -r -c test:///default 'vol-create-as default-pool v 1'
>>>

>>>2
error: Failed to create vol v
error: operation forbidden: read only access prevents virStorageVolCreateXML
>>>= 1

# --- the same through a node file with inactive, saved and volume objects
=== -r start Alpha
$ hvsh -r -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'start Alpha'
>>>

>>>2
error: Failed to start domain 'Alpha'
error: operation forbidden: read only access prevents virDomainCreate
>>>= 1

=== -r start Alpha --paused
$ hvsh -r -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'start Alpha --paused'
>>>

>>>2
error: Failed to start domain 'Alpha'
error: operation forbidden: read only access prevents virDomainCreateWithFlags
>>>= 1

=== -r managedsave-remove delta
$ hvsh -r -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'managedsave-remove delta'
>>>

>>>2
error: Failed to remove managed save image for domain 'delta'
error: operation forbidden: read only access prevents virDomainManagedSaveRemove
>>>= 1

=== -r vol-delete a.img --pool inlinepool
$ hvsh -r -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'vol-delete a.img --pool inlinepool'
>>>

>>>2
error: Failed to delete vol a.img
error: operation forbidden: read only access prevents virStorageVolDelete
>>>= 1

=== -r vol-delete /inline-pool/b.img
$ hvsh -r -c "test://$HVSH_SRCDIR/tests/data/nodes/full.xml" 'vol-delete /inline-pool/b.img'
>>>

>>>2
error: Failed to delete vol /inline-pool/b.img
error: operation forbidden: read only access prevents virStorageVolDelete
>>>= 1

# --- more commands of test:///default
=== -r setmaxmem test 100000
$ hvsh -r -c test:///default 'setmaxmem test 100000'
>>>

>>>2
error: Unable to change MaxMemorySize
error: operation forbidden: read only access prevents virDomainSetMemoryFlags
>>>= 1

=== -r edit test
$ EDITOR='sed -i s/test/x/' hvsh -r -c test:///default 'edit test'
>>>

>>>2
error: operation forbidden: virDomainGetXMLDesc with secure flag
>>>= 1

=== -r net-edit default: the definition refused
# hvsh-only (virsh goes on to print "Network (null) XML configuration edited." and exits 0)
$ EDITOR='sed -i s/default/x/' hvsh -r -c test:///default 'net-edit default'
>>>

>>>2
error: Failed.
error: operation forbidden: read only access prevents virNetworkDefineXML
>>>= 1

=== -r pool-edit default-pool: the definition refused
# hvsh-only (virsh goes on to print "Pool (null) XML configuration edited." and exits 0)
$ EDITOR='sed -i s/default/x/' hvsh -r -c test:///default 'pool-edit default-pool'
>>>

>>>2
error: Failed.
error: operation forbidden: read only access prevents virStoragePoolDefineXML
>>>= 1

=== -r still reads everything those commands touch
$ hvsh -r -c test:///default 'domstate test; net-info default; pool-info default-pool; vol-list default-pool'
>>>
running

Name:           default
UUID:           dd8fe884-6c02-601e-7551-cca97df1c5df
Active:         yes
Persistent:     yes
Autostart:      no
Bridge:         virbr0

Name:           default-pool
UUID:           dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566
State:          running
Persistent:     yes
Autostart:      no
Capacity:       100.00 GiB
Allocation:     0.00 B
Available:      100.00 GiB

 Name   Path
--------------

>>>= 0
