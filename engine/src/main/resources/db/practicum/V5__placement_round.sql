-- Placement rounds (issue 5): the programme office opens and closes a round per cohort; hosts publish offers;
-- students rank up to five offers of their field; hosts rank or decline applicants; closing the round runs the
-- matching (vn.practicum.engine.matching) with the round's published seed and stores each student's result.
-- Personal data stays in practicum_student: these tables hold student ids only.

create table practicum_placement_round (
    round_id        varchar(64)  not null primary key,
    cohort          varchar(64)  not null,
    status          varchar(16)  not null,   -- OPEN, CLOSED
    lottery_seed    bigint       not null,
    opened_by       varchar(64)  not null,
    opened_at       timestamp    not null,
    closed_by       varchar(64),
    closed_at       timestamp,
    placed_count    integer,
    unplaced_count  integer
);
create index practicum_placement_round_cohort on practicum_placement_round (cohort, status);

create table practicum_placement_offer (
    offer_id      varchar(64)   not null primary key,
    round_id      varchar(64)   not null references practicum_placement_round (round_id),
    host_code     varchar(64)   not null,
    field_key     varchar(64)   not null,
    capacity      integer       not null,
    -- what every student placed here must hold, comma-separated, sorted
    requirements  varchar(1000) not null,
    title_vi      varchar(200)  not null,
    title_en      varchar(200)  not null,
    published_by  varchar(64)   not null,
    published_at  timestamp     not null
);
create index practicum_placement_offer_round on practicum_placement_offer (round_id, field_key);
create index practicum_placement_offer_host on practicum_placement_offer (host_code);

-- a student taking part in a round: joined by ranking offers; the school marks priority and qualifications
create table practicum_placement_applicant (
    round_id        varchar(64)   not null references practicum_placement_round (round_id),
    student_id      varchar(64)   not null,
    school_code     varchar(64)   not null,
    field_key       varchar(64)   not null,
    priority        boolean       not null default false,
    qualifications  varchar(1000) not null default '',
    ranked_at       timestamp     not null,
    primary key (round_id, student_id)
);
create index practicum_placement_applicant_school on practicum_placement_applicant (school_code, round_id);

-- the student's choices, best first (choice_rank 1..5)
create table practicum_placement_choice (
    round_id     varchar(64) not null,
    student_id   varchar(64) not null,
    choice_rank  integer     not null,
    offer_id     varchar(64) not null references practicum_placement_offer (offer_id),
    primary key (round_id, student_id, choice_rank),
    foreign key (round_id, student_id) references practicum_placement_applicant (round_id, student_id)
);
create index practicum_placement_choice_offer on practicum_placement_choice (offer_id);

-- what a host said about an applicant of one of its offers: a position in its ranking, or declined
create table practicum_placement_host_choice (
    offer_id    varchar(64) not null references practicum_placement_offer (offer_id),
    student_id  varchar(64) not null,
    position    integer,
    declined    boolean     not null,
    primary key (offer_id, student_id)
);

-- the closed round's result per student, in words (Vietnamese, English)
create table practicum_placement_result (
    round_id     varchar(64)   not null references practicum_placement_round (round_id),
    student_id   varchar(64)   not null,
    offer_id     varchar(64),
    host_code    varchar(64),
    choice_rank  integer       not null,
    outcome_vi   varchar(2000) not null,
    outcome_en   varchar(2000) not null,
    primary key (round_id, student_id)
);
