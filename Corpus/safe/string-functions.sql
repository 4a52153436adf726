-- rules: none
SELECT lower(email), upper(name), initcap(city), trim(both ' ' from code), substring(phone from 1 for 3), length(bio), replace(slug, '-', '_'), split_part(path, '/', 2), concat_ws(' ', first, last), left(sku, 4), regexp_replace(note, '\s+', ' ', 'g') FROM customers;
