-- rules: none
SELECT 'héllo wörld 🙂', 'Ελληνικά', '日本語のテキスト' AS "列";
