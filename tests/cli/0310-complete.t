# 0310-complete: the hidden 'complete' command, the engine behind TAB.
# What is offered follows virsh 9.0: the word under the cursor is an
# option's value (completed, or nothing when the option has no
# completer, file names being left to the line editor), else option
# names not given yet.  Names are filtered by state as virsh's completers
# filter them.  Each command ends with the blank line every command
# prints; nothing to offer is exit status 1.  Several names are sorted:
# virsh lists them in hash order.

=== options of a command, in table order
$ hvsh -c test:///default complete -- dominfo ''
>>>
--domain

=== an empty word after the command gives options, not names
# hvsh-only (--wait and --timeout are hvsh's own)
$ hvsh -c test:///default complete -- start ''
>>>
--domain
--console
--paused
--autodestroy
--bypass-cache
--force-boot
--pass-fds
--reset-nvram
--wait
--timeout

=== a typed character completes the positional domain
$ hvsh -c test:///default complete -- dominfo t
>>>
test

=== the value after --domain is completed even when empty
$ hvsh -c test:///default complete -- dominfo --domain ''
>>>
test

=== words after '--' are data
$ hvsh -c test:///default complete -- dominfo -- t
>>>
test

=== an option given already is not offered again
$ hvsh -c test:///default complete -- domstate test ''
>>>
--reason

=== nor after a parse error (the option twice)
$ hvsh -c test:///default complete -- domstate test --domain ''
>>>
--reason

=== a bool option under the cursor is complete: nothing to offer
$ hvsh -c test:///default complete -- list --all
>>>

>>>= 1

=== options already given are left out of '--'
$ hvsh -c test:///default complete -- list --all --inactive --
>>>
--transient
--persistent
--with-snapshot
--without-snapshot
--with-checkpoint
--without-checkpoint
--state-running
--state-paused
--state-shutoff
--state-other
--autostart
--no-autostart
--with-managed-save
--without-managed-save
--uuid
--name
--id
--table
--managed-save
--title

=== option names by prefix
$ hvsh -c test:///default complete -- list --st
>>>
--state-running
--state-paused
--state-shutoff
--state-other

=== an option name under the cursor is complete
$ hvsh -c test:///default complete -- dominfo --domain
>>>

>>>= 1

=== argv options stay on offer
$ hvsh -c test:///default complete -- echo a b ''
>>>
--shell
--xml
--split
--err
--string

=== an option without completer offers nothing
$ hvsh -c test:///default complete -- echo --string ''
>>>

>>>= 1

=== nor does a free value
$ hvsh -c test:///default complete -- setmem test --size ''
>>>

>>>= 1

=== a required positional still offered after a bool
$ hvsh -c test:///default complete -- domstate --reason ''
>>>
--domain

=== --help turns the line into help: nothing to add
$ hvsh -c test:///default complete -- dominfo --help ''
>>>

>>>= 1

=== unless the line does not parse
$ hvsh -c test:///default complete -- dominfo --help --domain ''
>>>
test

=== unknown command: nothing matches
$ hvsh -c test:///default complete -- nosuch x
>>>

>>>= 1

=== a full command name under the cursor is a command
$ hvsh -c test:///default complete -- dominfo
>>>
dominfo

=== the command after ';' is completed
$ hvsh -c test:///default complete -- 'dominfo test;' dominf
>>>
dominfo

=== help completes command names
$ hvsh -c test:///default complete -- help li
>>>
list

=== no words: nothing
$ hvsh -c test:///default complete --
>>>

>>>= 1

=== --name=value is not split by the complete command
$ hvsh -c test:///default complete -- dominfo --domain=t
>>>

>>>= 1

=== names with spaces are escaped
$ printf "<domain type='test'><name>my dom</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > sp.xml && hvsh -q -c test:///default 'define sp.xml; complete -- dominfo my'
>>>
my\ dom
=== file options: option names for an empty word
$ touch a.xml && hvsh -c test:///default complete -- define ''
>>>
--file
--validate

=== file options: the file names are the line editor's
$ touch a.xml && hvsh -c test:///default complete -- define a
>>>

>>>= 1

=== file options: nothing after --file either
$ touch a.xml && hvsh -c test:///default complete -- define --file ''
>>>

>>>= 1

=== net-define --file
$ touch a.xml && hvsh -c test:///default complete -- net-define a
>>>

>>>= 1

=== pool-create --file
$ touch a.xml && hvsh -c test:///default complete -- pool-create --file ''
>>>

>>>= 1

=== vol-create's file after its pool
$ touch a.xml && hvsh -c test:///default complete -- vol-create default-pool a
>>>

>>>= 1

=== save's file and --xml
$ touch a.xml && hvsh -c test:///default complete -- save test a; hvsh -c test:///default complete -- save test a.xml --xml ''
>>>


>>>= 1

=== restore --file
$ touch a.xml && hvsh -c test:///default complete -- restore --file ''
>>>

>>>= 1

=== cd: its option, then nothing but files
$ mkdir sub && hvsh -c test:///default complete -- cd ''; hvsh -c test:///default complete -- cd s
>>>
--dir


>>>= 1

=== shutdown --mode: a comma-separated list
$ hvsh -c test:///default complete -- shutdown test --mode ''
>>>
acpi
agent
initctl
signal
paravirt

=== reboot --mode: words not given yet follow the comma
$ hvsh -c test:///default complete -- reboot test --mode acpi,
>>>
acpi,agent
acpi,initctl
acpi,signal
acpi,paravirt

=== shutdown --mode: by prefix after the comma
$ hvsh -c test:///default complete -- shutdown test --mode acpi,ag
>>>
acpi,agent

=== domhostname --source
$ hvsh -c test:///default complete -- domhostname test --source ''
>>>
agent
lease

=== nodedev-list --cap
$ hvsh -c test:///default complete -- nodedev-list --cap ''
>>>
system
pci
usb_device
usb
net
scsi_host
scsi_target
scsi
storage
fc_host
vports
scsi_generic
drm
mdev_types
mdev
ccw
css
vdpa
ap_card
ap_queue
ap_matrix
vpd

=== nodedev-list --cap after a comma
$ hvsh -c test:///default complete -- nodedev-list --cap pci,
>>>
pci,system
pci,usb_device
pci,usb
pci,net
pci,scsi_host
pci,scsi_target
pci,scsi
pci,storage
pci,fc_host
pci,vports
pci,scsi_generic
pci,drm
pci,mdev_types
pci,mdev
pci,ccw
pci,css
pci,vdpa
pci,ap_card
pci,ap_queue
pci,ap_matrix
pci,vpd

=== pool-list --type
$ hvsh -c test:///default complete -- pool-list --type ''
>>>
dir
fs
netfs
logical
disk
iscsi
iscsi-direct
scsi
mpath
rbd
sheepdog
gluster
zfs
vstorage

=== pool-list --type after a comma
$ hvsh -c test:///default complete -- pool-list --type dir,
>>>
dir,fs
dir,netfs
dir,logical
dir,disk
dir,iscsi
dir,iscsi-direct
dir,scsi
dir,mpath
dir,rbd
dir,sheepdog
dir,gluster
dir,zfs
dir,vstorage

=== maxvcpus --type: the virtualization types
$ hvsh -c test:///default complete -- maxvcpus --type k
>>>
kqemu
kvm

=== freecell: the NUMA cells of the host
$ hvsh -c test:///default complete -- freecell --cellno ''; hvsh -c test:///default complete -- freecell 1
>>>
0
1

1

=== domblkinfo --device: the domain's disk targets
$ printf "<domain type='test'><name>d1</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk><disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk></devices></domain>\n" > d1.xml && hvsh -q -c test:///default 'define d1.xml; complete -- domblkinfo d1 --device ""'
>>>
vda
hdc
=== undefine --storage: a comma-separated list of disk targets
$ printf "<domain type='test'><name>d1</name><memory>1024</memory><os><type>hvm</type></os><devices><disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk><disk type='file' device='cdrom'><target dev='hdc' bus='ide'/></disk></devices></domain>\n" > d1.xml && hvsh -q -c test:///default 'define d1.xml; complete -- undefine d1 --storage ""'; hvsh -q -c test:///default 'define d1.xml; complete -- undefine d1 --storage vda,'
>>>
vda
hdc
vda,hdc
=== dominfo offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- dominfo --domain ""' | sort
>>>
off
paus
test
trans
=== start offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- start --domain ""' | sort
>>>
off
=== resume offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- resume --domain ""' | sort
>>>
paus
=== suspend offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- suspend --domain ""' | sort
>>>
test
trans
=== destroy offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- destroy --domain ""' | sort
>>>
paus
test
trans
=== shutdown offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- shutdown --domain ""' | sort
>>>
paus
test
trans
=== reboot offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- reboot --domain ""' | sort
>>>
paus
test
trans
=== reset offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- reset --domain ""' | sort
>>>
paus
test
trans
=== undefine offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- undefine --domain ""' | sort
>>>
off
paus
test
=== autostart offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- autostart --domain ""' | sort
>>>
off
paus
test
=== save offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- save --domain ""' | sort
>>>
paus
test
trans
=== managedsave offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- managedsave --domain ""' | sort
>>>
paus
test
trans
=== domid offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- domid --domain ""' | sort
>>>
paus
test
trans
=== domhostname offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- domhostname --domain ""' | sort
>>>
paus
test
trans
=== dommemstat offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- dommemstat --domain ""' | sort
>>>
paus
test
trans
=== setmem offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- setmem --domain ""' | sort
>>>
off
paus
test
trans
=== edit offers the domains it applies to
$ for n in off paus trans; do printf "<domain type='test'><name>%s</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" $n > $n.xml; done && hvsh -q -c test:///default 'define off.xml; define paus.xml; start paus; suspend paus; create trans.xml; complete -- edit --domain ""' | sort
>>>
off
paus
test
trans
=== managedsave-remove offers the domains with a saved state
$ printf "<domain type='test'><name>off</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > off.xml && printf "<domain type='test'><name>msave</name><memory>1024</memory><os><type>hvm</type></os></domain>\n" > msave.xml && hvsh -q -c test:///default 'define off.xml; define msave.xml; start msave; managedsave msave; complete -- managedsave-remove --domain ""'
>>>
msave
=== domname offers UUIDs
$ hvsh -c test:///default complete -- domname ''; hvsh -c test:///default complete -- domname 6
>>>
--domain

6695eb01-f6a4-8304-79aa-97f2502e193f

=== net-info offers the networks it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- net-info --network ""' | sort
>>>
default
net1
net2
=== net-start offers the networks it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- net-start --network ""' | sort
>>>
net1
=== net-destroy offers the networks it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- net-destroy --network ""' | sort
>>>
default
net2
=== net-undefine offers the networks it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- net-undefine --network ""' | sort
>>>
default
net1
=== net-autostart offers the networks it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- net-autostart --network ""' | sort
>>>
default
net1
=== net-name offers UUIDs
$ hvsh -c test:///default complete -- net-name d
>>>
dd8fe884-6c02-601e-7551-cca97df1c5df

=== pool-info offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-info --pool ""' | sort
>>>
default-pool
pool1
pool2
=== pool-start offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-start --pool ""' | sort
>>>
pool1
=== pool-destroy offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-destroy --pool ""' | sort
>>>
default-pool
pool2
=== pool-refresh offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-refresh --pool ""' | sort
>>>
default-pool
pool2
=== pool-undefine offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-undefine --pool ""' | sort
>>>
default-pool
pool1
=== pool-autostart offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-autostart --pool ""' | sort
>>>
default-pool
pool1
=== pool-build offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- pool-build --pool ""' | sort
>>>
default-pool
pool1
pool2
=== vol-list offers the pools it applies to
$ for n in 1 2; do printf "<network><name>net%s</name><bridge name='vbr%s'/></network>\n" $n $n > net$n.xml; printf "<pool type='dir'><name>pool%s</name><target><path>/p%s</path></target></pool>\n" $n $n > pool$n.xml; done && hvsh -q -c test:///default 'net-define net1.xml; net-create net2.xml; pool-define pool1.xml; pool-create pool2.xml; complete -- vol-list --pool ""' | sort
>>>
default-pool
pool2
=== volumes of the pool given
$ hvsh -q -c test:///default 'vol-create-as default-pool v1 1M; vol-create-as default-pool v2 1M; complete -- vol-info --pool default-pool --vol ""' | sort
>>>
v1
v2
=== no volumes without a pool
$ hvsh -q -c test:///default 'vol-create-as default-pool v1 1M; complete -- vol-info --vol ""'
>>>= 1

=== a pool named after the volume
$ hvsh -c test:///default complete -- vol-info v1 d
>>>
default-pool

=== interface names and MACs
$ hvsh -c test:///default complete -- iface-mac ''; hvsh -c test:///default complete -- iface-mac e; hvsh -c test:///default complete -- iface-name a
>>>
--interface

eth1

aa:bb:cc:dd:ee:ff

=== node devices
# local-only: through libvirtd the test driver refuses virsh's listing flags
$ hvsh -c test:///default complete -- nodedev-dumpxml s | sort
>>>

scsi_host1
scsi_host11
scsi_host2
=== connect: the forms of URI, then the parameters after '?' and '&'
# hvsh-only: virsh offers nothing for a URI
$ hvsh -c test:///default 'complete -- connect q; complete -- connect "qemu+ssh://h/system?k"; complete -- connect "test+unix:///default?socket=/s&pro"'
>>>
qemu:///system
qemu:///session
qemu+ssh://
qemu+libssh://
qemu+libssh2://
qemu+tls://
qemu+tcp://
qemu+unix:///system?socket=
qemu+ext:///system?command=

qemu+ssh://h/system?keyfile=
qemu+ssh://h/system?known_hosts=
qemu+ssh://h/system?known_hosts_verify=

test+unix:///default?socket=/s&proxy=

>>>= 0
