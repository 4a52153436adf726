-- rules: write-statement
DeLeTe FrOm "Sessions" WhErE "UserId" = 3;
