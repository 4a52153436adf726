-- rules: drop-table
dRoP tAbLe OrDeRs;
