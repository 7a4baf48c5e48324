-- Distinct users per app and day, kept in analytics_totals (source 'users', kind 'active') and
-- counted on write as a user first appears on a day, so active users per day read one row a day
-- instead of every user of the window. Filled here from analytics_day_users.
insert into analytics_totals (app_id, day_utc, source, kind, events, feedback, correct,
    rating_sum, rating_count, confidence_sum, confidence_count, value_sum)
select app_id, day_utc, 'users', 'active', count(*), 0, 0, 0, 0, 0, 0, 0
from analytics_day_users
group by app_id, day_utc;
