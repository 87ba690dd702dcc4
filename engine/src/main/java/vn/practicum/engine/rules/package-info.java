/**
 * Small helpers for a field plugin's rules and check delegates: reading what users entered leniently
 * ({@link vn.practicum.engine.rules.Inputs}, {@link vn.practicum.engine.rules.Numbers}), reading calendar days
 * ({@link vn.practicum.engine.rules.CalendarDays}) and wording the problems found
 * ({@link vn.practicum.engine.rules.Problems}). Part of the engine's public API for plugins.
 */
package vn.practicum.engine.rules;
