-- rules: truncate
TrUnCaTe/**/"Orders";
