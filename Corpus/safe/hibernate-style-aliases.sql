-- rules: none
select o1_0.id, o1_0.order_date, c1_0.name from purchase_order o1_0 left join customer c1_0 on c1_0.id = o1_0.customer_id where o1_0.order_date between $1 and $2;
