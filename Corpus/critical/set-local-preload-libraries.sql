-- rules: guard-setting
SET local_preload_libraries = '$libdir/plugins/evil';
