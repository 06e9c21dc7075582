/**
 * Statistics of the handling of incoming documents (issue 6): per department and per person, per period —
 * received, done early / on time / late, open, overdue ({@link vn.congvan.application.statistics.StatisticsService}).
 */
package vn.congvan.application.statistics;
