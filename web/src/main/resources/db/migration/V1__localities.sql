-- The localities of the zone: Qingpu, Wujiang, Jiashan, and the zone as a whole for the bodies
-- the three share (the expert committee, the Grand Classroom). Display names live in the
-- resource bundles under locality.<CODE>; the table gives every other table a key to point at.
CREATE TABLE locality (
    code       VARCHAR(16) PRIMARY KEY,
    sort_order INTEGER     NOT NULL UNIQUE,
    shared     BOOLEAN     NOT NULL
);

INSERT INTO locality (code, sort_order, shared) VALUES ('QINGPU', 1, FALSE);
INSERT INTO locality (code, sort_order, shared) VALUES ('WUJIANG', 2, FALSE);
INSERT INTO locality (code, sort_order, shared) VALUES ('JIASHAN', 3, FALSE);
INSERT INTO locality (code, sort_order, shared) VALUES ('ZONE', 4, TRUE);
