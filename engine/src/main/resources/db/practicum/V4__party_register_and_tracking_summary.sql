-- Issue 4: what the tracking pages need.

-- The party register: schools and host organisations with their names in Vietnamese and English and the province
-- they are in (the programme office counts per province). Not personal data.
create table practicum_party (
    party_code          varchar(64)  not null,
    kind                varchar(8)   not null,
    name_vi             varchar(255) not null,
    name_en             varchar(255) not null,
    province            varchar(64)  not null,
    constraint practicum_party_pk primary key (kind, party_code)
);
create index practicum_party_province on practicum_party (province);

-- A student's name as search and sort keys, computed in Java when the student is registered (StudentNames):
-- search_key without diacritics in lower case ("nguyen van an hust-001"), sort_key the Vietnamese collation key of
-- the given name and then the rest, hex-encoded, so that an index gives the schools' lists in Vietnamese name order.
alter table practicum_student add column search_key varchar(300);
alter table practicum_student add column sort_key varchar(1000);
create index practicum_student_sort on practicum_student (school_code, sort_key);
create index practicum_student_search on practicum_student (school_code, search_key);

-- When the student entered their current stage (since is when they entered their current step).
alter table practicum_student_stage add column stage_since timestamp;
update practicum_student_stage set stage_since = since;

-- Counters of the tracking model, kept by the same listeners in the same transaction as the tracking rows:
-- students now in each (school, host, field, stage, grade), and how many left that stage after how long in all.
-- host_code and grade are '' when there is none (they are part of the key). Small (schools x hosts x fields x
-- stages), so the programme summary adds up a few thousand rows whatever the number of students.
create table practicum_stage_count (
    school_code         varchar(64)  not null,
    host_code           varchar(64)  not null,
    field_key           varchar(64)  not null,
    stage               varchar(16)  not null,
    grade               varchar(16)  not null,
    students            bigint       not null,
    exits               bigint       not null,
    exit_seconds        bigint       not null,
    constraint practicum_stage_count_pk primary key (school_code, host_code, field_key, stage, grade)
);
create index practicum_stage_count_host on practicum_stage_count (host_code);
create index practicum_stage_count_field on practicum_stage_count (field_key);

insert into practicum_stage_count (school_code, host_code, field_key, stage, grade, students, exits, exit_seconds)
select school_code, coalesce(host_code, ''), field_key, stage,
       case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end, count(*), 0, 0
  from practicum_student_stage
 group by school_code, coalesce(host_code, ''), field_key, stage,
          case when stage = 'COMPLETED' then coalesce(outcome, '') else '' end;
