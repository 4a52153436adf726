-- rules: none
SELECT extname, extversion FROM pg_extension;
SELECT name, default_version FROM pg_available_extensions;
SELECT lanname, lanpltrusted FROM pg_language;
