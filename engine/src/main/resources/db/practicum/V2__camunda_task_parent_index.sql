-- Camunda 7 has no index on ACT_RU_TASK.PARENT_TASK_ID_, which every task completion queries.
create index practicum_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
