-- Daily totals per app, source and kind (dimension, agent and engine summed away): what the
-- dashboard, trends and reports of a whole app read, about a tenth of the rows of analytics_daily
-- (which stays for drill-down by domain, category, agent and engine). Maintained on write in the
-- same transaction as analytics_daily; filled here from it for data recorded before.
create table analytics_totals (
    app_id           varchar(64)  not null,
    day_utc          date         not null,
    source           varchar(16)  not null,
    kind             varchar(64)  not null,
    events           bigint       not null,
    feedback         bigint       not null,
    correct          bigint       not null,
    rating_sum       bigint       not null,
    rating_count     bigint       not null,
    confidence_sum   double precision not null,
    confidence_count bigint       not null,
    value_sum        double precision not null,
    constraint pk_analytics_totals primary key (app_id, day_utc, source, kind)
);

insert into analytics_totals (app_id, day_utc, source, kind, events, feedback, correct,
    rating_sum, rating_count, confidence_sum, confidence_count, value_sum)
select app_id, day_utc, source, kind, sum(events), sum(feedback), sum(correct), sum(rating_sum),
    sum(rating_count), sum(confidence_sum), sum(confidence_count), sum(value_sum)
from analytics_daily
group by app_id, day_utc, source, kind;
