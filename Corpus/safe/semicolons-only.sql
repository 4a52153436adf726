-- rules: none
;;
;
