-- rules: schema-change, untrusted-language
CREATE FUNCTION read_file(path text) RETURNS text LANGUAGE plperlu AS $$
  open(my $fh, '<', $_[0]) or die; local $/; return <$fh>;
$$;
