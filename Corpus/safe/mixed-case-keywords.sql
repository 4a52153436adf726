-- rules: none
SeLeCt Id FrOm UsErS wHeRe Id = 1 OrDeR bY iD;
