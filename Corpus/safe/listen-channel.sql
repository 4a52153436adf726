-- rules: none
LISTEN order_events;
