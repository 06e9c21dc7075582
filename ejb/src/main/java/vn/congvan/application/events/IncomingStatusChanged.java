package vn.congvan.application.events;

import java.time.Instant;

/**
 * An incoming document moved through routing in a way the sending agency is told about (edXML status
 * messages, QCVN 102: 01 arrived, 02 refused, 03 accepted, 04 assigned, 05 in progress, 06 done). Fired
 * by registration and routing for every incoming document; exchange sends a status message only for
 * those that came in an edXML package.
 *
 * @param incomingDocumentId the incoming document
 * @param statusCode         "01" … "06"
 * @param staffName          who did it (edXML StaffInfo)
 * @param departmentName     their department
 * @param comment            a reason or note; may be null
 * @param at                 when
 */
public record IncomingStatusChanged(long incomingDocumentId, String statusCode, String staffName,
                                    String departmentName, String comment, Instant at) {
}
