/**
 * Administration of the administrator's own agency (quản trị): departments, users (roles, clearance,
 * positions, passwords), the positions catalogue and document types. Every change is recorded in the
 * action log; an administrator never sees or changes another agency's data (it is "not found").
 */
package vn.congvan.application.admin;
