-- The student register: who a student id is. Names and e-mail addresses are personal data (Law 91/2025/QH15):
-- they live here, never in process variables, so that they can be read only where needed and erased on request.
-- A row is written in the same transaction that starts the student's lifecycle (bulk enrolment).

create table practicum_student (
    student_id          varchar(64)  not null primary key,
    school_code         varchar(64)  not null,
    student_code        varchar(64)  not null,
    full_name           varchar(200) not null,
    email               varchar(254) not null,
    -- the school marks the student as priority for placement rounds (hosts that rank nobody take them first)
    placement_priority  boolean      not null default false,
    created_at          timestamp    not null,
    constraint practicum_student_school_code unique (school_code, student_code)
);
