namespace portolan {}
