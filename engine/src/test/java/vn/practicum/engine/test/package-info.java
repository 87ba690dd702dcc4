/** Test support shared with the processes and plugin modules through this module's test-jar. */
package vn.practicum.engine.test;
