-- E-mail of the forum (issue 5): what each person wants by e-mail. No row = the defaults
-- (a message for each notification, no daily digest).
CREATE TABLE forum_mail_setting (
    person_id         BIGINT  NOT NULL PRIMARY KEY REFERENCES person (id),
    each_notification BOOLEAN NOT NULL,
    daily_digest      BOOLEAN NOT NULL,
    -- The zone's date (Asia/Shanghai) of the last digest sent: one a day, whatever the retries.
    digest_sent_on    DATE
);
